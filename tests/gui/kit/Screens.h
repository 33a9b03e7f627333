#pragma once

#include <QAnyStringView>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>

class AppFixture;
class ModalAnswerer;
class Ui;

// Opens a screen by its objectName the way a user gets there (menus, tabs, buttons) and waits
// until it shows its data, so a script can start on any screen in one line:
//
//   tasksPage                     the task list (needs a signed-in app)
//   accountSecurityDialog         File > Account security (actionSecuritySettings)
//   twoFactorTab, personalTokensTab, sessionsTab, securityLogTab
//                                 that tab of Account security, loaded
//   twoFactorSetupWizard          Two-factor > Enable (2FA off): on its first page, key shown
//   regenerateBackupCodesDialog   Two-factor > New Backup Codes (2FA on): asks for a code
//   disableTwoFactorDialog        Two-factor > Disable (2FA on): asks for a code
//   rotateTokenDialog (modal)     Tokens > Rotate on the first token (one named "Deploy key"
//                                 is created first when there is none)
//
// Modal dialogs (exec()) block until answered, so they are opened after their answer is set up
// (ModalAnswerer): openAndAnswer() does both, openModal() uses the steps already set up.
//
//   settingsDialog                File > Settings (actionSettings)
//   newTokenDialog                Account security > Tokens > New token
class Screens
{
public:
    static constexpr int SlowMs = 30000;

    Screens(AppFixture &app, Ui &ui, ModalAnswerer &modals);

    // The screen, shown and loaded; nullptr (with a kit problem) if it could not be opened.
    QWidget *open(QAnyStringView name);
    template<typename T> T *open(QAnyStringView name) { return qobject_cast<T *>(open(name)); }

    // Opens a modal screen, which the ModalAnswerer's steps answer; true once they all ran.
    bool openModal(QAnyStringView name);
    // Presses `button` of the modal screen (calling `inspect` first) after opening it.
    bool openAndAnswer(QAnyStringView name, QAnyStringView button,
                       std::function<void(QWidget *)> inspect = {});

    static QStringList names();
    static QStringList modalNames();

    // Waits until the account security services and the log have nothing in flight.
    bool settle();

private:
    QWidget *openTasksPage();
    QWidget *openSecurityDialog();
    QWidget *openSecurityTab(const QString &name);
    QWidget *openFromTwoFactorTab(const QString &button, const QString &dialog);
    bool twoFactorTabReady(QWidget *tab);

    AppFixture &m_app;
    Ui &m_ui;
    ModalAnswerer &m_modals;
};
