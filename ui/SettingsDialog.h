#pragma once

#include <QDialog>

class AppContext;
class QComboBox;
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

private:
    AppContext &m_context;
    QLineEdit *m_serverEdit;
    QPushButton *m_changeServerButton;
    QLineEdit *m_browserEdit;
    QComboBox *m_languageCombo;
};
