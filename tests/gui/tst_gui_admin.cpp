// Administration through the real window against a real server, signed in as the administrator
// "alice" with a second, ordinary user "bob" (created with the server's CLI) who is signed in
// elsewhere over HTTP (an access token and a refresh token) and holds a personal access token:
// actionAdministration in the menus opens the window; bob is found by a server-side search, his
// session and token are listed; "Revoke everything for this user…" asks (saying what happens)
// and then bob's access token, refresh token and personal access token all fail on their next
// request, and the audit log names alice; two-factor reset for a user who had it on (set up
// over HTTP with oathtool's codes) shows it off; disabling the only administrator (alice
// herself) shows the server's LAST_ADMIN sentence; a user who is not an administrator never
// sees actionAdministration; and the window goes with the sign-out. alice has two-factor
// authentication on, which the admin scope needs (--require-2fa-for-admins, on by default);
// without it, actionAdministrationNeedsTwoFactor is in Administration's place and opens the
// setup wizard, after which actionSignInForAdministration signs in again to get administration.
//
// Set TASKLANE_SCREENSHOTS=<folder> to have the window and each confirmation saved as PNG files.
#include "AccountSecurityDialog.h"
#include "AdminService.h"
#include "AdminSetUp.h"
#include "AdminUserModel.h"
#include "AdminUserPanel.h"
#include "AdminUsersTab.h"
#include "AdminWindow.h"
#include "AppContext.h"
#include "AuditLogModel.h"
#include "AuditLogTab.h"
#include "GuiSession.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "OathTool.h"
#include "PersonalTokenModel.h"
#include "SecurityTableView.h"
#include "SessionManager.h"
#include "SessionModel.h"
#include "TestServer.h"
#include "TwoFactorAccount.h"
#include "TwoFactorSetupWizard.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {

const QString &Bob = AdminSetUp::Bob;
const QString &BobPassword = AdminSetUp::BobPassword;
using BobsCredentials = AdminSetUp::BobsCredentials;

} // namespace

class tst_GuiAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aUserNeverSeesAdministration();
    void revokingEverythingForBobEndsAllHisCredentials();
    void twoFactorIsResetForAUserWhoHadItOn();
    void disablingTheOnlyAdministratorShowsTheServersReason();
    void administrationGoesWithTheSignOut();
    void anAdministratorWithoutTwoFactorIsOfferedTheSetup();

private:
    // alice (administrator, two-factor authentication on) signed in through the window, bob
    // created with the CLI.
    bool setUpAdministrator();
    int statusWith(const QString &token, const QString &path = QStringLiteral("/v1/tasks"));
    QString labelText(const char *name) const;
    // Clicks `button`, answers the question `dialog` it asks with `answer` (saved as `shot` when
    // given) and returns what it asked (text and informative text); empty when nothing asked.
    QString askedBy(const char *button, const char *dialog, const char *answer,
                    const QString &shot = {});

    std::unique_ptr<GuiSession> m_gui;
    std::unique_ptr<AdminSetUp> m_admin;
    std::unique_ptr<QAbstractItemModelTester> m_userTester;
    std::unique_ptr<QAbstractItemModelTester> m_sessionTester;
    std::unique_ptr<QAbstractItemModelTester> m_tokenTester;
    std::unique_ptr<QAbstractItemModelTester> m_auditTester;
};

void tst_GuiAdmin::initTestCase()
{
    GuiSession::prepareTestCase(QStringLiteral("tst_gui_admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    qRegisterMetaType<AdminUser>();
    qRegisterMetaType<AuditLogEntry>();
    qRegisterMetaType<PersonalToken>();
    qRegisterMetaType<SignedInSession>();
}

void tst_GuiAdmin::init()
{
    m_gui = std::make_unique<GuiSession>();
    m_admin = std::make_unique<AdminSetUp>(*m_gui);
}

void tst_GuiAdmin::cleanup()
{
    m_gui->window.reset();
    m_auditTester.reset();
    m_tokenTester.reset();
    m_sessionTester.reset();
    m_userTester.reset();
    m_admin.reset();
    m_gui.reset();
}

bool tst_GuiAdmin::setUpAdministrator()
{
    if (!m_admin->start())
        return false;
    // The administration models live as long as the app's context; so do their testers.
    const auto tester = [](QAbstractItemModel *model) {
        return std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    };
    m_userTester = tester(m_gui->context->adminUserModel());
    m_sessionTester = tester(m_gui->context->adminSessionModel());
    m_tokenTester = tester(m_gui->context->adminTokenModel());
    m_auditTester = tester(m_gui->context->auditLogModel());
    return m_admin->createBob() && m_admin->signInAdministrator();
}

int tst_GuiAdmin::statusWith(const QString &token, const QString &path)
{
    HttpClient http;
    return http.get(m_gui->server->url(path), HttpClient::bearer(token)).status;
}

QString tst_GuiAdmin::labelText(const char *name) const
{
    auto *label = m_gui->find<QLabel>(name);
    return label ? label->text() : QString();
}

QString tst_GuiAdmin::askedBy(const char *button, const char *dialog, const char *answer,
                              const QString &shot)
{
    QString question;
    m_gui->answerModal(QLatin1String(dialog), QLatin1String(answer), [&](QWidget *shown) {
        auto *box = qobject_cast<QMessageBox *>(shown);
        question = box->text() + QLatin1Char('\n') + box->informativeText();
        if (!shot.isEmpty())
            GuiSession::snap(shot, shown);
    });
    QTest::mouseClick(m_gui->find<QPushButton>(button), Qt::LeftButton);
    return m_gui->answered() ? question : QString();
}

void tst_GuiAdmin::aUserNeverSeesAdministration()
{
    QVERIFY(m_gui->setUp()); // alice is an ordinary user here
    QVERIFY(m_gui->signInThroughUi());
    const Account account = m_gui->context->session()->account();
    // The app asked for `admin` and the server dropped it: the rest was granted.
    QVERIFY(OAuthEndpoints().scope.split(QLatin1Char(' ')).contains(QStringLiteral("admin")));
    QVERIFY(!account.isAdmin);
    QCOMPARE(account.scopes,
             QStringList({QStringLiteral("tasks:read"), QStringLiteral("tasks:write"),
                          QStringLiteral("account")}));

    auto *action = m_gui->find<QAction>("actionAdministration");
    QVERIFY(action);
    QVERIFY(!action->isVisible()); // not merely off: not there
    auto *accountButton = m_gui->find<QToolButton>("accountButton");
    for (QMenu *menu : {m_gui->find<QMenu>("fileMenu"), accountButton->menu()}) {
        for (QAction *entry : menu->actions())
            QVERIFY2(!entry->isVisible() || entry->objectName() != action->objectName(),
                     qPrintable(menu->objectName()));
    }
    accountButton->menu()->popup(accountButton->mapToGlobal(QPoint(0, 0)));
    QVERIFY(QTest::qWaitForWindowExposed(accountButton->menu()));
    GuiSession::snap(QStringLiteral("01-user-account-menu"), accountButton->menu());
    QVERIFY(!accountButton->menu()->actionGeometry(action).isValid() ||
            accountButton->menu()->actionGeometry(action).isEmpty());
    accountButton->menu()->close();

    // Its shortcut does nothing either.
    QTest::keySequence(m_gui->window.get(), action->shortcut());
    QVERIFY(!m_gui->find<AdminWindow>("adminWindow"));
    // Nor is a user ever told what administration would need.
    for (const char *name : {"actionAdministrationNeedsTwoFactor", "actionSignInForAdministration"})
        QVERIFY2(!m_gui->find<QAction>(name)->isVisible(), name);
}

void tst_GuiAdmin::revokingEverythingForBobEndsAllHisCredentials()
{
    QVERIFY(setUpAdministrator());
    const Account account = m_gui->context->session()->account();
    QVERIFY(account.isAdmin);
    QVERIFY(account.canAdminister());
    const BobsCredentials bob = m_admin->signInBob();
    QVERIFY(!bob.accessToken.isEmpty() && !bob.refreshToken.isEmpty());
    QVERIFY(!bob.personalToken.isEmpty());
    QCOMPARE(statusWith(bob.accessToken), 200);
    QCOMPARE(statusWith(bob.personalToken), 200);

    // In the File menu and the account menu, visible.
    auto *action = m_gui->find<QAction>("actionAdministration");
    QVERIFY(action && action->isVisible() && action->isEnabled());
    QVERIFY(m_gui->find<QMenu>("fileMenu")->actions().contains(action));
    auto *accountButton = m_gui->find<QToolButton>("accountButton");
    QVERIFY(accountButton->menu()->actions().contains(action));
    accountButton->menu()->popup(accountButton->mapToGlobal(QPoint(0, 0)));
    QVERIFY(QTest::qWaitForWindowExposed(accountButton->menu()));
    GuiSession::snap(QStringLiteral("02-admin-account-menu"), accountButton->menu());
    accountButton->menu()->close();

    AdminWindow *window = m_admin->openAdministration();
    QVERIFY(window);
    QVERIFY(window->isWindow());
    QVERIFY(!window->isModal());
    QCOMPARE(m_gui->find<QTabWidget>("adminTabs")->currentWidget()->objectName(),
             QStringLiteral("adminUsersTab"));
    QVERIFY(m_gui->find<QLabel>("userDetailsEmptyLabel")->isVisible());
    QCOMPARE(labelText("userListStatusLabel"), QStringLiteral("2 users."));
    GuiSession::snap(QStringLiteral("03-administration"), window);

    // Ctrl+F finds; the search runs on the server.
    QTest::keySequence(window, QKeySequence::Find);
    QTRY_VERIFY(m_gui->find<QLineEdit>("userSearchEdit")->hasFocus());
    QVERIFY(m_admin->findAndOpen(QStringLiteral("BO"), Bob));
    QCOMPARE(m_gui->context->adminUserModel()->rowCount(), 1);
    QCOMPARE(labelText("userListStatusLabel"), QStringLiteral("1 user matches \u201cBO\u201d."));
    QCOMPARE(labelText("userStatusLabel"), QStringLiteral("Active"));
    QCOMPARE(labelText("userEmailLabel"), QStringLiteral("bob@example.org"));

    // His session and his token.
    auto *sessions = m_gui->find<SecurityTableView>("userSessionTable");
    auto *tokens = m_gui->find<SecurityTableView>("userTokenTable");
    QCOMPARE(sessions->model()->rowCount(), 1);
    QCOMPARE(sessions->model()->index(0, SessionModel::Device).data().toString(),
             QStringLiteral("Bob's laptop"));
    QCOMPARE(tokens->model()->rowCount(), 1);
    QCOMPARE(tokens->model()->index(0, PersonalTokenModel::Name).data().toString(),
             QStringLiteral("Bob's backup script"));
    QVERIFY(m_gui->find<QPushButton>("revokeAllForUserButton")->isEnabled());
    QVERIFY(!m_gui->find<QPushButton>("resetTwoFactorButton")->isEnabled());
    GuiSession::snap(QStringLiteral("04-bob"), window);

    // Disabling would sign him out of the same session and token: its question says so in the
    // same lines as Revoke everything's (Cancel: bob stays enabled).
    QString question =
        askedBy("disableUserButton", "disableUserConfirmDialog", "cancelDisableUserButton");
    QVERIFY2(question.contains(QStringLiteral("1 session is signed out on its device at once")),
             qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("1 personal access token stops working at once")),
             qPrintable(question));
    QCOMPARE(labelText("userStatusLabel"), QStringLiteral("Active"));

    // The question says exactly what will happen; Cancel is the default.
    m_gui->answerModal(QStringLiteral("revokeAllForUserConfirmDialog"),
                       QStringLiteral("confirmRevokeAllForUserButton"), [&](QWidget *dialog) {
                           auto *box = qobject_cast<QMessageBox *>(dialog);
                           question = box->text() + QLatin1Char('\n') + box->informativeText();
                           QCOMPARE(box->defaultButton()->objectName(),
                                    QStringLiteral("cancelRevokeAllForUserButton"));
                           GuiSession::snap(QStringLiteral("05-revoke-all-confirmation"), dialog);
                       });
    QTest::mouseClick(m_gui->find<QPushButton>("revokeAllForUserButton"), Qt::LeftButton);
    QVERIFY(m_gui->answered());
    QVERIFY2(question.contains(QStringLiteral("1 session is signed out on its device at once")),
             qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("1 personal access token stops working at once")),
             qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("must sign in again")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("bob can sign in again with their password")),
             qPrintable(question));
    QVERIFY(m_admin->settle());
    QTRY_VERIFY(m_gui->find<QLabel>("adminResultLabel")->isVisible());
    QCOMPARE(labelText("adminResultLabel"),
             QStringLiteral("bob: 1 session was signed out and 1 token was revoked. They can "
                            "sign in again with their password."));
    QCOMPARE(sessions->model()->rowCount(), 0);
    QCOMPARE(tokens->model()->rowCount(), 0);
    QVERIFY(m_gui->find<QLabel>("userNoSessionsLabel")->isVisible());
    GuiSession::snap(QStringLiteral("06-bob-revoked"), window);

    // On their next request, every one of bob's credentials fails.
    QCOMPARE(statusWith(bob.accessToken), 401);
    QCOMPARE(statusWith(bob.personalToken), 401);
    OAuthTestClient client(*m_gui->server);
    const auto refreshed = client.refresh(bob.refreshToken);
    QCOMPARE(refreshed.status, 400);
    QCOMPARE(refreshed.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    // The administrator's own session goes on.
    QCOMPARE(m_gui->context->session()->state(), SessionManager::State::SignedIn);

    // The audit log names alice.
    auto *tabs = m_gui->find<QTabWidget>("adminTabs");
    tabs->setCurrentWidget(m_gui->find<AuditLogTab>("auditLogTab"));
    QVERIFY(m_admin->settle());
    auto *audit = m_gui->find<SecurityTableView>("auditLogTable");
    QTRY_COMPARE(audit->model()->rowCount(), 1);
    QCOMPARE(audit->model()->index(0, AuditLogModel::Admin).data().toString(),
             GuiSession::Username);
    QCOMPARE(audit->model()->index(0, AuditLogModel::Action).data().toString(),
             QStringLiteral("Revoked everything"));
    QCOMPARE(audit->model()->index(0, AuditLogModel::Target).data().toString(), Bob);
    QCOMPARE(audit->model()->index(0, AuditLogModel::Details).data().toString(),
             QStringLiteral("1 session and 1 token revoked"));
    QCOMPARE(labelText("auditLogStatusLabel"), QStringLiteral("1 entry."));
    GuiSession::snap(QStringLiteral("07-audit-log"), window);
}

void tst_GuiAdmin::twoFactorIsResetForAUserWhoHadItOn()
{
    QVERIFY(setUpAdministrator());
    // Bob turns two-factor on over HTTP (docs/api.md 12.6).
    const BobsCredentials bob = m_admin->signInBob();
    HttpClient http;
    const auto setup = http.postJson(m_gui->server->url(QStringLiteral("/v1/me/2fa/setup")), {},
                                     HttpClient::bearer(bob.accessToken));
    QCOMPARE(setup.status, 200);
    const QString code = OathTool::totpNow(setup.json().value(QStringLiteral("secret")).toString());
    QCOMPARE(code.size(), 6);
    const auto confirm =
        http.postJson(m_gui->server->url(QStringLiteral("/v1/me/2fa/confirm")),
                      {{QStringLiteral("code"), code}}, HttpClient::bearer(bob.accessToken));
    QCOMPARE(confirm.status, 200);

    AdminWindow *window = m_admin->openAdministration();
    QVERIFY(window);
    QVERIFY(m_admin->findAndOpen(QStringLiteral("bob@"), Bob));
    QVERIFY(labelText("userTwoFactorLabel").startsWith(QStringLiteral("On")));
    auto *reset = m_gui->find<QPushButton>("resetTwoFactorButton");
    QVERIFY(reset->isEnabled());

    QString question;
    m_gui->answerModal(QStringLiteral("resetTwoFactorConfirmDialog"),
                       QStringLiteral("confirmResetTwoFactorButton"), [&](QWidget *dialog) {
                           auto *box = qobject_cast<QMessageBox *>(dialog);
                           question = box->text() + QLatin1Char('\n') + box->informativeText();
                           GuiSession::snap(QStringLiteral("10-reset-two-factor-confirmation"),
                                            dialog);
                       });
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(m_gui->answered());
    QVERIFY2(question.contains(QStringLiteral("sign in with their password only")),
             qPrintable(question));
    QVERIFY(m_admin->settle());
    QTRY_VERIFY(labelText("userTwoFactorLabel").startsWith(QStringLiteral("Off")));
    QVERIFY(!reset->isEnabled());
    QVERIFY(labelText("adminResultLabel")
                .contains(QStringLiteral("Two-factor authentication is off for bob")));
    const QAbstractItemModel *users = m_gui->find<SecurityTableView>("adminUserTable")->model();
    QCOMPARE(users->index(0, AdminUserModel::TwoFactor).data().toString(), QStringLiteral("Off"));
    GuiSession::snap(QStringLiteral("11-two-factor-reset"), window);

    // The server agrees, and bob's session was left alone.
    const auto state = http.get(m_gui->server->url(QStringLiteral("/v1/me/2fa")),
                                HttpClient::bearer(bob.accessToken));
    QCOMPARE(state.status, 200);
    QCOMPARE(state.json().value(QStringLiteral("enabled")).toBool(true), false);
}

void tst_GuiAdmin::disablingTheOnlyAdministratorShowsTheServersReason()
{
    QVERIFY(setUpAdministrator());
    AdminWindow *window = m_admin->openAdministration();
    QVERIFY(window);
    QVERIFY(m_admin->findAndOpen(GuiSession::Username, GuiSession::Username));
    QVERIFY(labelText("userNameLabel").contains(QStringLiteral("your account")));
    // The server marks the session this app uses, as the account's own Sessions tab does.
    auto *sessions = m_gui->find<SecurityTableView>("userSessionTable");
    QTRY_COMPARE(sessions->model()->rowCount(), 1);
    QVERIFY2(sessions->model()
                 ->index(0, SessionModel::Device)
                 .data()
                 .toString()
                 .endsWith(QStringLiteral("(this device)")),
             qPrintable(sessions->model()->index(0, SessionModel::Device).data().toString()));

    const QString question =
        askedBy("disableUserButton", "disableUserConfirmDialog", "confirmDisableUserButton",
                QStringLiteral("20-disable-own-account-confirmation"));
    QVERIFY2(question.contains(QStringLiteral("This is your own account")), qPrintable(question));
    QVERIFY(m_admin->settle());
    auto *panel = m_gui->find<QWidget>("adminErrorPanel");
    QTRY_VERIFY(panel->isVisible());
    const QString shown = labelText("adminErrorMessageLabel");
    QVERIFY2(shown.startsWith(QStringLiteral("This is the last administrator; make another user "
                                             "an administrator first.")),
             qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Request id: req-")), qPrintable(shown));
    GuiSession::snap(QStringLiteral("21-last-administrator"), window);

    // Nothing changed: still enabled, still signed in.
    QCOMPARE(labelText("userStatusLabel"), QStringLiteral("Active"));
    QVERIFY(m_gui->find<QPushButton>("disableUserButton")->isVisible());
    QCOMPARE(m_gui->context->session()->state(), SessionManager::State::SignedIn);
}

void tst_GuiAdmin::administrationGoesWithTheSignOut()
{
    QVERIFY(setUpAdministrator());
    QPointer<AdminWindow> window = m_admin->openAdministration();
    QVERIFY(window);
    QVERIFY(m_gui->context->adminUserModel()->rowCount() > 0);

    // Disabled bob is greyed out and says so; enabling needs no question.
    QVERIFY(m_admin->findAndOpen(Bob, Bob));
    const QString question =
        askedBy("disableUserButton", "disableUserConfirmDialog", "confirmDisableUserButton",
                QStringLiteral("30-disable-bob-confirmation"));
    // bob has no session or token here: the question says so rather than "0 sessions".
    QVERIFY2(question.contains(QStringLiteral("No device is signed in now.")),
             qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("No personal access token is in use.")),
             qPrintable(question));
    QVERIFY2(!question.contains(QStringLiteral("0 ")), qPrintable(question));
    QVERIFY(m_admin->settle());
    QTRY_COMPARE(labelText("userStatusLabel"), QStringLiteral("Disabled: cannot sign in"));
    auto *enable = m_gui->find<QPushButton>("enableUserButton");
    QVERIFY(enable->isVisible());
    QVERIFY(!m_gui->find<QPushButton>("disableUserButton")->isVisible());
    GuiSession::snap(QStringLiteral("31-bob-disabled"), window);
    QVERIFY(OAuthTestClient(*m_gui->server).signIn(Bob, BobPassword).isEmpty());
    QTest::mouseClick(enable, Qt::LeftButton);
    QVERIFY(m_admin->settle());
    QTRY_COMPARE(labelText("userStatusLabel"), QStringLiteral("Active"));
    QVERIFY(!OAuthTestClient(*m_gui->server).signIn(Bob, BobPassword).isEmpty());

    // Signing out takes the window and the action away, and empties the models.
    m_gui->find<QAction>("actionSignOut")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_gui->pageName() == QLatin1String("signInPage"), GuiSession::SlowMs);
    QTRY_VERIFY(!window);
    QVERIFY(!m_gui->find<QAction>("actionAdministration")->isVisible());
    QCOMPARE(m_gui->context->adminUserModel()->rowCount(), 0);
    QCOMPARE(m_gui->context->adminSessionModel()->rowCount(), 0);
    QCOMPARE(m_gui->context->auditLogModel()->rowCount(), 0);
}

void tst_GuiAdmin::anAdministratorWithoutTwoFactorIsOfferedTheSetup()
{
    QVERIFY(m_gui->setUp({}, true)); // alice: an administrator, two-factor authentication off
    QVERIFY(m_gui->signInThroughUi());
    Account account = m_gui->context->session()->account();
    QVERIFY(account.isAdmin);
    QVERIFY(!account.canAdminister());
    QVERIFY(account.administrationNeedsTwoFactor());

    // Administration's place says what it needs, in both menus.
    auto *administration = m_gui->find<QAction>("actionAdministration");
    QVERIFY(!administration->isVisible());
    auto *needs = m_gui->find<QAction>("actionAdministrationNeedsTwoFactor");
    QVERIFY(needs && needs->isVisible() && needs->isEnabled());
    QVERIFY(needs->text().contains(QStringLiteral("two-factor authentication")));
    auto *signInAgain = m_gui->find<QAction>("actionSignInForAdministration");
    QVERIFY(!signInAgain->isVisible());
    auto *accountButton = m_gui->find<QToolButton>("accountButton");
    for (QMenu *menu : {m_gui->find<QMenu>("fileMenu"), accountButton->menu()}) {
        const QList<QAction *> entries = menu->actions();
        QCOMPARE(entries.indexOf(needs), entries.indexOf(administration) + 1);
    }
    accountButton->menu()->popup(accountButton->mapToGlobal(QPoint(0, 0)));
    QVERIFY(QTest::qWaitForWindowExposed(accountButton->menu()));
    QVERIFY(!accountButton->menu()->actionGeometry(needs).isEmpty());
    GuiSession::snap(QStringLiteral("05-admin-needs-two-factor-menu"), accountButton->menu());
    accountButton->menu()->close();
    // Administration's shortcut still opens nothing.
    QTest::keySequence(m_gui->window.get(), administration->shortcut());
    QVERIFY(!m_gui->window->findChild<AdminWindow *>());

    // An admin-scoped personal access token is refused for the same reason, and the dialog says
    // so at the scopes instead of asking for a code that cannot help.
    QString serverError, scopeProblem;
    bool codeAsked = true, createEnabled = true;
    Ui &ui = m_gui->ui();
    m_gui->modals().run({
        {QStringLiteral("newTokenDialog"),
         [&](QWidget *) {
             ui.type("tokenNameEdit", QStringLiteral("Admin script"));
             ui.tick("scopeAdminCheck");
             ui.click("createTokenButton");
         }},
        ModalAnswerer::Step{
            QStringLiteral("newTokenDialog"),
            [&](QWidget *dialog) {
                serverError = ui.find<QLabel>("newTokenErrorMessageLabel")->text();
                scopeProblem = ui.find<QLabel>("tokenScopeProblemLabel")->text();
                codeAsked = ui.findIn<QLineEdit>(dialog, "twoFactorCodeEdit")->isVisible();
                createEnabled = ui.find<QPushButton>("createTokenButton")->isEnabled();
                GuiSession::snap(QStringLiteral("05b-admin-token-refused"), dialog);
                ui.click("cancelNewTokenButton");
            },
            [&](QWidget *dialog) {
                return ui.findIn<QWidget>(dialog, "newTokenErrorPanel")->isVisible();
            }},
    });
    KIT_VERIFY(m_gui->open("personalTokensTab"));
    KIT_VERIFY(m_gui->click("newTokenButton"));
    QVERIFY(m_gui->modals().finished());
    QVERIFY2(serverError.contains(QStringLiteral("Turn on two-factor authentication")),
             qPrintable(serverError));
    QVERIFY2(scopeProblem.contains(QStringLiteral("Turn on two-factor authentication")),
             qPrintable(scopeProblem));
    QVERIFY(!codeAsked);
    QVERIFY(!createEnabled);
    m_gui->window->accountSecurityDialog()->close();

    // Choosing it opens the setup wizard; alice goes through it as on the Two-factor tab.
    needs->trigger();
    auto *wizard = m_gui->find<TwoFactorSetupWizard>("twoFactorSetupWizard");
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QCOMPARE(wizard->currentId(), int(TwoFactorSetupWizard::ScanPageId));
    auto *keyLabel = wizard->findChild<QLabel *>(QStringLiteral("twoFactorKeyLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(!keyLabel->text().isEmpty(), GuiSession::SlowMs);
    GuiSession::snap(QStringLiteral("06-admin-two-factor-wizard"), wizard);
    const QString key = keyLabel->text();
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(TwoFactorSetupWizard::VerifyPageId));
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("verifyCodeEdit")),
                     Totp::fresh(key));
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(TwoFactorSetupWizard::BackupCodesPageId),
                              GuiSession::SlowMs);
    m_gui->user().totpSecret = key;
    KIT_VERIFY(m_gui->ui().tick("backupCodesSavedCheckBox"));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_gui->window->findChild<TwoFactorSetupWizard *>());

    // Told to sign in again, and offered it in the same place.
    QVERIFY2(m_gui->window->statusBar()->currentMessage().contains(
                 QStringLiteral("Sign in again to get administration")),
             qPrintable(m_gui->window->statusBar()->currentMessage()));
    QVERIFY(!needs->isVisible());
    QVERIFY(signInAgain->isVisible() && signInAgain->isEnabled());
    QVERIFY(!administration->isVisible());
    accountButton->menu()->popup(accountButton->mapToGlobal(QPoint(0, 0)));
    QVERIFY(QTest::qWaitForWindowExposed(accountButton->menu()));
    GuiSession::snap(QStringLiteral("07-admin-sign-in-again-menu"), accountButton->menu());
    accountButton->menu()->close();
    signInAgain->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->pageName(), QStringLiteral("signInPage"), GuiSession::SlowMs);
    auto *message = m_gui->find<QLabel>("signInMessageLabel");
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Two-factor authentication is on: sign in again to "
                                             "get administration."));
    GuiSession::snap(QStringLiteral("08-admin-sign-in-again"), m_gui->window.get());

    // With the code, the new sign-in brings administration.
    QVERIFY(m_gui->signInWithBrowser());
    account = m_gui->context->session()->account();
    QVERIFY(account.canAdminister());
    QVERIFY(!account.adminRequiresTwoFactor);
    QVERIFY(!needs->isVisible());
    QVERIFY(!signInAgain->isVisible());
    QVERIFY(m_admin->openAdministration());
}

QTEST_MAIN(tst_GuiAdmin)
#include "tst_gui_admin.moc"
