#pragma once

#include <QUrl>
#include <QWidget>

class ApiError;
class ErrorPanel;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// First start: where the tasks live. Either a server this app starts on this computer (with a
// form for the first, administrator, account when that server is new) or a server somewhere
// else, by URL. The page only collects input and shows progress; MainWindow acts on its signals.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setServerUrl(const QUrl &url);
    QString serverUrlText() const;
    // A server URL as typed, made absolute: https:// unless the host is this computer.
    static QUrl normalizedServerUrl(const QString &text);

    // Progress: controls disabled, a busy bar and what is happening.
    void setBusy(const QString &what);
    void setIdle();
    void showError(const ApiError &error);
    void showError(const QString &message);
    void clearError();
    void showFirstAccountForm();
    void hideFirstAccountForm();
    bool isFirstAccountFormVisible() const;

signals:
    void useLocalServerRequested();
    void connectRequested(const QUrl &url);
    void createFirstAccountRequested(const QString &username, const QString &email,
                                     const QString &password);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void submitConnect();
    void submitFirstAccount();
    void updateButtons();

    QPushButton *m_useLocalButton;
    QLineEdit *m_serverUrlEdit;
    QPushButton *m_connectButton;
    QGroupBox *m_localGroup;
    QGroupBox *m_remoteGroup;
    QGroupBox *m_firstAccountGroup;
    QLineEdit *m_usernameEdit;
    QLineEdit *m_emailEdit;
    QLineEdit *m_passwordEdit;
    QLineEdit *m_confirmEdit;
    QPushButton *m_createAccountButton;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    ErrorPanel *m_error;
    bool m_busy = false;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_localText = nullptr;
    QLabel *m_remoteText = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLabel *m_firstText = nullptr;
    QLabel *m_usernameLabel = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_confirmLabel = nullptr;
};
