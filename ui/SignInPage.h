#pragma once

#include <QUrl>
#include <QWidget>

class ApiError;
class ErrorPanel;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The server is known, nobody is signed in: sign in through the browser (the usual way) or
// with a personal access token. Also says why a session ended (revoked elsewhere, expired).
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(QWidget *parent = nullptr);

    void setServer(const QUrl &url, bool local);
    // Why the user is here (a session that ended); calm, not an error.
    void showReason(const QString &reason);
    void showError(const ApiError &error);
    // Unsaved edits that come back after signing in (empty: none); beside the reason or error.
    void showDraftNotice(const QString &notice);
    void clearMessage();
    // While a token is checked: no second attempt.
    void setBusy(bool busy);
    void focusDefault();

signals:
    void browserSignInRequested();
    void tokenSignInRequested(const QString &token);
    void changeServerRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void submitToken();
    void retranslateUi();
    void showServer();

    QLabel *m_serverLabel;
    QPushButton *m_changeServerButton;
    QPushButton *m_browserButton;
    QLineEdit *m_tokenEdit;
    QPushButton *m_tokenButton;
    ErrorPanel *m_message;
    ErrorPanel *m_draftNotice;
    bool m_busy = false;
    QLabel *m_title = nullptr;
    QGroupBox *m_browserGroup = nullptr;
    QLabel *m_browserText = nullptr;
    QGroupBox *m_tokenGroup = nullptr;
    QLabel *m_tokenText = nullptr;
    QLabel *m_tokenLabel = nullptr;
    // The inputs of the server line, to render it again after a language change.
    QUrl m_serverUrl;
    bool m_serverIsLocal = false;
};
