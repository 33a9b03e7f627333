#pragma once

#include <QDialog>

class AppContext;
class QComboBox;
class QEvent;
class QLabel;
class QLineEdit;
class QPushButton;

// What a user may change: the browser used for signing in and the language. The server is
// shown, not edited: changing it means signing out (changeServerRequested), which is the main
// window's business.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppContext &context, QWidget *parent = nullptr);

    // Writes the settings (OK).
    void accept() override;

signals:
    void changeServerRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AppContext &m_context;
    QLineEdit *m_serverEdit;
    QPushButton *m_changeServerButton;
    QLineEdit *m_browserEdit;
    QComboBox *m_languageCombo;
    QLabel *m_browserHint;
    QLabel *m_languageHint;
    QLabel *m_themeLabel;
    QLabel *m_serverLabel;
    QLabel *m_browserLabel;
    QLabel *m_languageLabel;
    QLabel *m_themeFieldLabel;
    QPushButton *m_okButton;
    QPushButton *m_cancelButton;
};
