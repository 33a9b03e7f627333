// Accounts made by administrators, through the real Administration window against a real
// server, signed in as the administrator alice: "New user…" checks the fields before sending,
// creates carol, and shows her one-time password once with a copy button; carol then signs in
// with it through the kit's browser, which must choose a new password on the server's page
// before consent. "Reset password…" asks first (saying bob is signed out everywhere and must
// choose a new password), shows the new one-time password, and bob's access token fails at once.
// "Make administrator" / "Remove administrator" follow bob's role, each asking first.
//
// Set TASKLANE_SCREENSHOTS=<folder> to have the dialogs saved as PNG files.
#include "AdminService.h"
#include "AdminSetUp.h"
#include "AdminUserModel.h"
#include "AdminWindow.h"
#include "AppContext.h"
#include "GuiSession.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "SecurityTableView.h"
#include "SessionManager.h"
#include "TestServer.h"
#include "Totp.h"
#include "TwoFactorAccount.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

#include <memory>

class tst_GuiAdminAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newUserSignsInWithTheOneTimePasswordAndChangesIt();
    void resetPasswordAndRoleOfBob();

private:
    QString labelText(const char *name) const;

    std::unique_ptr<GuiSession> m_gui;
    std::unique_ptr<AdminSetUp> m_admin;
};

void tst_GuiAdminAccounts::initTestCase()
{
    GuiSession::prepareTestCase(QStringLiteral("tst_gui_adminaccounts"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    qRegisterMetaType<AdminUser>();
}

void tst_GuiAdminAccounts::init()
{
    m_gui = std::make_unique<GuiSession>();
    m_admin = std::make_unique<AdminSetUp>(*m_gui);
    // The admin scope needs two-factor authentication (AdminSetUp turns it on for alice).
    QVERIFY(m_admin->start());
    QVERIFY(m_admin->signInAdministrator());
}

void tst_GuiAdminAccounts::cleanup()
{
    m_admin.reset();
    m_gui.reset();
}

QString tst_GuiAdminAccounts::labelText(const char *name) const
{
    auto *label = m_gui->find<QLabel>(name);
    return label ? label->text() : QString();
}

void tst_GuiAdminAccounts::newUserSignsInWithTheOneTimePasswordAndChangesIt()
{
    QVERIFY(m_admin->openAdministration());
    QString oneTimePassword;
    QString copied;
    bool checkedBeforeSending = false;
    QString refusal;
    QString refusedNameProblem;
    m_gui->modals().run({
        // A taken name first: the server's refusal is shown in the dialog, with its request id.
        {QStringLiteral("newUserDialog"),
         [&](QWidget *dialog) {
             KIT_VERIFY(m_gui->ui().type("newUserNameEdit", QStringLiteral("alice")));
             KIT_VERIFY(m_gui->ui().type("newUserEmailEdit", QStringLiteral("a2@example.org")));
             QTest::mouseClick(m_gui->ui().findIn<QPushButton>(dialog, "createUserButton"),
                               Qt::LeftButton);
         }},
        {QStringLiteral("newUserDialog"),
         [&](QWidget *dialog) {
             refusal = m_gui->ui().findIn<QLabel>(dialog, "newUserErrorMessageLabel")->text();
             refusedNameProblem =
                 m_gui->ui().findIn<QLabel>(dialog, "newUserNameProblemLabel")->text();
             GuiSession::snap(QStringLiteral("newUserDialogRefused"), dialog);
             auto *create = m_gui->ui().findIn<QPushButton>(dialog, "createUserButton");
             KIT_VERIFY(m_gui->ui().type("newUserNameEdit", QStringLiteral("carol")));
             KIT_VERIFY(m_gui->ui().type("newUserEmailEdit", QStringLiteral("not an address")));
             // Said before anything is sent, and Create waits for a good address.
             auto *problem = m_gui->ui().findIn<QLabel>(dialog, "newUserEmailProblemLabel");
             checkedBeforeSending = problem->isVisible() && !create->isEnabled() &&
                                    problem->text().contains(QStringLiteral("name@example.org"));
             KIT_VERIFY(m_gui->ui().type("newUserEmailEdit", QStringLiteral("carol@example.org")));
             KIT_VERIFY(m_gui->ui().type("newUserDisplayNameEdit", QStringLiteral("Carol")));
             GuiSession::snap(QStringLiteral("newUserDialog"), dialog);
             QTest::mouseClick(create, Qt::LeftButton);
         },
         [](QWidget *dialog) {
             auto *panel = dialog->findChild<QWidget *>(QStringLiteral("newUserErrorPanel"));
             return panel && panel->isVisible();
         }},
        {QStringLiteral("oneTimePasswordDialog"),
         [&](QWidget *dialog) {
             oneTimePassword = m_gui->ui().findIn<QLineEdit>(dialog, "oneTimePasswordEdit")->text();
             QTest::mouseClick(m_gui->ui().findIn<QPushButton>(dialog, "copyOneTimePasswordButton"),
                               Qt::LeftButton);
             copied = QApplication::clipboard()->text();
             GuiSession::snap(QStringLiteral("oneTimePasswordDialog"), dialog);
             QTest::mouseClick(
                 m_gui->ui().findIn<QPushButton>(dialog, "closeOneTimePasswordButton"),
                 Qt::LeftButton);
         }},
    });
    KIT_VERIFY(m_gui->click("newUserButton"));
    QTRY_VERIFY2_WITH_TIMEOUT(m_gui->modals().finished(), qPrintable(m_gui->modals().problem()),
                              GuiSession::SlowMs);
    QVERIFY(checkedBeforeSending);
    QVERIFY2(refusal.contains(QStringLiteral("A user with this username exists already.")) &&
                 refusal.contains(QStringLiteral("Request id: req-")),
             qPrintable(refusal));
    QCOMPARE(refusedNameProblem, QStringLiteral("A user with this username exists already."));
    QCOMPARE(oneTimePassword.size(), 23);
    QCOMPARE(copied, oneTimePassword);
    // The list shows her at once.
    QVERIFY(m_admin->openListed(QStringLiteral("carol")));
    QCOMPARE(labelText("userRoleLabel"), AdminUser().roleText());

    // carol signs in with it: the kit's browser must choose her own password before consent.
    m_gui->find<AdminWindow>("adminWindow")->close();
    KIT_VERIFY(m_gui->signOut());
    TestUser carol(QStringLiteral("carol"), oneTimePassword);
    carol.newPassword = QStringLiteral("carol's own password");
    KIT_VERIFY(m_gui->signIn(carol));
    QCOMPARE(m_gui->context->session()->account().username, QStringLiteral("carol"));
    // Her own password works from now on; the one-time one does not.
    OAuthTestClient other(*m_gui->server);
    QVERIFY(!other.signIn(QStringLiteral("carol"), carol.newPassword).isEmpty());
    QVERIFY(other.submitSignIn(other.openAuthorize(), QStringLiteral("carol"), oneTimePassword)
                .body.contains("Wrong username or password."));
}

void tst_GuiAdminAccounts::resetPasswordAndRoleOfBob()
{
    const TestUser bob = m_gui->createUser(QStringLiteral("bob"));
    KIT_VERIFY(bob.isValid());
    const QString bobsToken = m_gui->users().accessToken(bob);
    HttpClient http;
    QCOMPARE(http.get(m_gui->server->url(QStringLiteral("/v1/me")), HttpClient::bearer(bobsToken))
                 .status,
             200);
    AdminWindow *window = m_admin->openAdministration();
    QVERIFY(window);
    QVERIFY(m_admin->openListed(QStringLiteral("bob")));
    GuiSession::snap(QStringLiteral("administrationWithBob"), window);

    QString question;
    QString oneTimePassword;
    m_gui->modals().run({
        ModalAnswerer::press("resetPasswordConfirmDialog", "confirmResetPasswordButton",
                             [&](QWidget *box) {
                                 auto *messageBox = qobject_cast<QMessageBox *>(box);
                                 question =
                                     messageBox->text() + u'\n' + messageBox->informativeText();
                                 GuiSession::snap(QStringLiteral("resetPasswordConfirm"), box);
                             }),
        ModalAnswerer::press(
            "oneTimePasswordDialog", "closeOneTimePasswordButton",
            [&](QWidget *dialog) {
                oneTimePassword =
                    m_gui->ui().findIn<QLineEdit>(dialog, "oneTimePasswordEdit")->text();
            }),
    });
    KIT_VERIFY(m_gui->click("resetPasswordButton"));
    QTRY_VERIFY2_WITH_TIMEOUT(m_gui->modals().finished(), qPrintable(m_gui->modals().problem()),
                              GuiSession::SlowMs);
    QVERIFY2(question.contains(QStringLiteral("bob will be signed out everywhere and must choose "
                                              "a new password at next sign-in")),
             qPrintable(question));
    QCOMPARE(oneTimePassword.size(), 23);
    QCOMPARE(http.get(m_gui->server->url(QStringLiteral("/v1/me")), HttpClient::bearer(bobsToken))
                 .status,
             401);
    QTRY_VERIFY(labelText("adminResultLabel").contains(QStringLiteral("one-time password")));
    OAuthTestClient client(*m_gui->server);
    QVERIFY(OAuthTestClient::isChangePasswordPage(
        client.submitSignIn(client.openAuthorize(), QStringLiteral("bob"), oneTimePassword)));

    // Make administrator, then Remove administrator: the button follows the role.
    auto *roleButton = m_gui->find<QPushButton>("changeRoleButton");
    QVERIFY(roleButton->text().remove(u'&').contains(QStringLiteral("Make administrator")));
    m_gui->modals().answer("changeRoleConfirmDialog", "confirmChangeRoleButton", [&](QWidget *box) {
        question = qobject_cast<QMessageBox *>(box)->text();
    });
    KIT_VERIFY(m_gui->click("changeRoleButton"));
    QVERIFY2(m_gui->modals().finished(), qPrintable(m_gui->modals().problem()));
    QCOMPARE(question, QStringLiteral("Make bob an administrator?"));
    QTRY_VERIFY_WITH_TIMEOUT(roleButton->isEnabled() && roleButton->text().remove(u'&').contains(
                                                            QStringLiteral("Remove administrator")),
                             GuiSession::SlowMs);
    // The server's own list says so (bob's tokens ended with the reset).
    const auto listed = m_gui->server->runCli({QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY2(listed.out.contains(QRegularExpression(QStringLiteral("\\nbob +admin "))),
             qPrintable(listed.out));

    m_gui->modals().answer("changeRoleConfirmDialog", "confirmChangeRoleButton", [&](QWidget *box) {
        question = qobject_cast<QMessageBox *>(box)->text();
    });
    KIT_VERIFY(m_gui->click("changeRoleButton"));
    QVERIFY2(m_gui->modals().finished(), qPrintable(m_gui->modals().problem()));
    QCOMPARE(question, QStringLiteral("Remove the administrator role of bob?"));
    QTRY_VERIFY_WITH_TIMEOUT(roleButton->isEnabled() && roleButton->text().remove(u'&').contains(
                                                            QStringLiteral("Make administrator")),
                             GuiSession::SlowMs);
    QVERIFY(labelText("adminResultLabel").contains(QStringLiteral("no longer an administrator")));
}

QTEST_MAIN(tst_GuiAdminAccounts)
#include "tst_gui_adminaccounts.moc"
