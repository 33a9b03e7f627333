// Account security through the real window against a real server: the dialog opened from the
// menus (and refused to a personal-access-token sign-in); a token created through NewTokenDialog
// whose one-time secret, read from TokenSecretDialog, works over HTTP until it is revoked in the
// table (Delete, then the confirmation); a name the server refuses shown in the dialog without
// losing what was typed; tokens created up to the limit, where New is off with the reason (and
// the server agrees); a second session revoked through the UI (its token fails at once); "Sign
// out all other sessions"; this device's session revoked (the app signs out with the reason);
// and the security log showing those events, filtered by kind and text, page by page.
//
// Set TASKLANE_SCREENSHOTS=<folder> to have every tab and dialog saved as PNG files.
#include "AccountSecurityDialog.h"
#include "AppContext.h"
#include "GuiTestCase.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "PersonalTokenModel.h"
#include "PersonalTokensTab.h"
#include "SecurityLogModel.h"
#include "SecurityLogTab.h"
#include "SecurityService.h"
#include "SecurityTableView.h"
#include "SessionManager.h"
#include "SessionModel.h"
#include "SessionsTab.h"
#include "TestServer.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>
#include <memory>

class tst_GuiSecurity : public GuiTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();

    void menusOpenTheDialogButNotForATokenSignIn();
    void createdTokenWorksUntilRevokedInTheTable();
    void refusedNameIsShownInTheDialogWithoutLosingInput();
    void newIsOffAtTheTokenLimitAndTheServerAgrees();
    void otherSessionRevokedInTheUiFailsAtOnce();
    void signOutAllOtherSessionsSaysHowMany();
    void revokingThisDeviceSignsTheAppOut();
    void securityLogShowsTheEventsFilteredAndPaged();

private:
    // Account security, opened from the menu on its Tokens tab; null (with a kit problem) if not.
    AccountSecurityDialog *openOnTokens();
    // Waits until the services have nothing in flight.
    bool settle() { return m_gui->screens().settle(); }
    // The steps given to ModalAnswerer ran, or the test fails saying which did not.
    QString modalProblem() const { return m_gui->modals().problem(); }
    // New token -> NewTokenDialog (name, scopes, expiry) -> TokenSecretDialog; the secret.
    QString createTokenThroughUi(const QString &name, bool write = false,
                                 const QString &expiry = {}, const QString &shots = {});
    // Selects the row of `table` whose column 0 shows `text`; false if none.
    bool selectRow(SecurityTableView *table, const QString &text);
    // Another device of the account, signed in over HTTP; its access token.
    QString signInElsewhere(const QString &device);
    int statusWith(const QString &token, const QString &path = QStringLiteral("/v1/tasks"));
};

void tst_GuiSecurity::initTestCase()
{
    GuiTestCase::initTestCase();
    // As main() does: the app names its version in its User-Agent, which the sessions show.
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    qRegisterMetaType<PersonalToken>();
    qRegisterMetaType<SignedInSession>();
}

AccountSecurityDialog *tst_GuiSecurity::openOnTokens()
{
    // The security models are under QAbstractItemModelTester for as long as the app lives
    // (AppFixture).
    return m_gui->open("personalTokensTab") ? m_gui->window->accountSecurityDialog() : nullptr;
}

QString tst_GuiSecurity::createTokenThroughUi(const QString &name, bool write,
                                              const QString &expiry, const QString &shots)
{
    Ui &ui = m_gui->ui();
    QString secret;
    m_gui->modals().run({
        {QStringLiteral("newTokenDialog"),
         [&](QWidget *dialog) {
             ui.type("tokenNameEdit", name);
             if (write)
                 ui.tick("scopeTasksWriteCheck");
             if (!expiry.isEmpty())
                 ui.choose("tokenExpiryCombo", expiry);
             if (!shots.isEmpty())
                 GuiSession::snap(shots + QStringLiteral("-new-token-dialog"), dialog);
             ui.click("createTokenButton");
         }},
        ModalAnswerer::press("tokenSecretDialog", "closeTokenSecretButton",
                             [&](QWidget *dialog) {
                                 secret = ui.findIn<QLineEdit>(dialog, "tokenSecretEdit")->text();
                                 ui.click("copyTokenSecretButton");
                                 if (!shots.isEmpty())
                                     GuiSession::snap(
                                         shots + QStringLiteral("-token-secret-dialog"), dialog);
                             }),
    });
    // New token is off at the limit (the kit says so); returns once both dialogs are closed.
    if (!m_gui->click("newTokenButton"))
        return {};
    if (!m_gui->modals().finished())
        qWarning("creating %s: %s", qPrintable(name), qPrintable(modalProblem()));
    return secret;
}

bool tst_GuiSecurity::selectRow(SecurityTableView *table, const QString &text)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data().toString() == text) {
            table->setFocus();
            table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
            return true;
        }
    }
    qWarning("no row %s", qPrintable(text));
    return false;
}

QString tst_GuiSecurity::signInElsewhere(const QString &device)
{
    OAuthTestClient other(*m_gui->server);
    other.deviceName = device;
    other.http.userAgent = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, "
                           "like Gecko) Chrome/120.0.6099.43 Mobile Safari/537.36";
    return other.signIn(GuiSession::Username, GuiSession::Password)
        .value(QStringLiteral("access_token"))
        .toString();
}

int tst_GuiSecurity::statusWith(const QString &token, const QString &path)
{
    HttpClient http;
    return http.get(m_gui->server->url(path), HttpClient::bearer(token)).status;
}

void tst_GuiSecurity::menusOpenTheDialogButNotForATokenSignIn()
{
    KIT_VERIFY(m_gui->signInThroughUi());
    auto *action = m_gui->find<QAction>("actionSecuritySettings");
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QVERIFY(!action->shortcut().isEmpty());
    // In the File menu and in the status bar's account menu.
    QVERIFY(m_gui->find<QMenu>("fileMenu")->actions().contains(action));
    auto *accountButton = m_gui->find<QToolButton>("accountButton");
    QVERIFY(accountButton->menu()->actions().contains(action));

    accountButton->menu()->popup(accountButton->mapToGlobal(QPoint(0, 0)));
    QVERIFY(QTest::qWaitForWindowExposed(accountButton->menu()));
    GuiSession::snap(QStringLiteral("30-account-menu"), accountButton->menu());
    accountButton->menu()->close();

    auto *dialog = m_gui->open<AccountSecurityDialog>("accountSecurityDialog");
    KIT_VERIFY(dialog);
    QVERIFY(!dialog->isModal());
    auto *tabs = m_gui->find<QTabWidget>("accountSecurityTabs");
    QCOMPARE(tabs->count(), 6);
    // Two-factor first, and what the dialog opens on; the password next to it.
    QCOMPARE(tabs->widget(0)->objectName(), QStringLiteral("twoFactorTab"));
    QCOMPARE(tabs->widget(1)->objectName(), QStringLiteral("passwordTab"));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("twoFactorTab"));
    QTRY_COMPARE(m_gui->find<QLabel>("twoFactorStateLabel")->text(),
                 QStringLiteral("Two-factor authentication is off."));
    tabs->setCurrentWidget(m_gui->find<QWidget>("personalTokensTab"));
    QCOMPARE(m_gui->find<QLabel>("tokenLimitLabel")->text(),
             QStringLiteral("0 of 5 tokens in use."));
    QVERIFY(m_gui->find<QLabel>("tokenEmptyLabel")->isVisible());
    GuiSession::snap(QStringLiteral("31-security-tokens-empty"), dialog);

    // Escape closes it; the menu brings it back.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    action->trigger();
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(settle());

    // Signed in with a personal access token: the server would refuse, so the app does not offer.
    const QString tokenSecret = createTokenThroughUi(QStringLiteral("Kiosk"), true);
    QVERIFY(tokenSecret.startsWith(QStringLiteral("tlp_")));
    KIT_VERIFY(m_gui->signOut());                     // to the sign-in page
    QVERIFY(!m_gui->window->accountSecurityDialog()); // gone with the session
    QVERIFY(!action->isEnabled());
    QVERIFY(action->toolTip().contains(QStringLiteral("Sign in")));
    KIT_VERIFY(m_gui->signInWithToken(m_gui->user(), tokenSecret)); // to the tasks page
    QVERIFY(m_gui->context->session()->account().personalAccessToken);
    QVERIFY(!action->isEnabled());
    QVERIFY2(action->toolTip().contains(QStringLiteral("personal access token")),
             qPrintable(action->toolTip()));
    action->trigger();
    QVERIFY(!m_gui->window->accountSecurityDialog());
    // The server agrees: the token is refused on the security settings.
    QCOMPARE(statusWith(tokenSecret, QStringLiteral("/v1/me/tokens")), 403);
}

void tst_GuiSecurity::createdTokenWorksUntilRevokedInTheTable()
{
    KIT_VERIFY(m_gui->signInThroughUi());
    AccountSecurityDialog *dialog = openOnTokens();
    KIT_VERIFY(dialog);
    const QString secret = createTokenThroughUi(QStringLiteral("Backup script"), true,
                                                QStringLiteral("7 days"), QStringLiteral("32"));
    QVERIFY2(secret.startsWith(QStringLiteral("tlp_")) && secret.size() == 50, qPrintable(secret));
    QCOMPARE(QApplication::clipboard()->text(), secret); // Copy worked

    PersonalTokenModel *tokens = m_gui->context->personalTokenModel();
    QCOMPARE(tokens->rowCount(), 1);
    const PersonalToken token = tokens->tokenAt(0);
    QCOMPARE(token.name, QStringLiteral("Backup script"));
    QCOMPARE(token.scopes,
             QStringList({QStringLiteral("tasks:read"), QStringLiteral("tasks:write")}));
    QCOMPARE(token.createdAt.daysTo(token.expiresAt), 7);
    auto *table = m_gui->find<SecurityTableView>("tokenTable");
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->index(0, PersonalTokenModel::Expires).data().toString(),
             QStringLiteral("in 7 days"));
    QCOMPARE(table->model()->index(0, PersonalTokenModel::LastUsed).data().toString(),
             QStringLiteral("Never used"));
    QCOMPARE(m_gui->find<QLabel>("tokenLimitLabel")->text(),
             QStringLiteral("1 of 5 tokens in use."));

    // The secret works over HTTP with its scopes.
    HttpClient http;
    const auto created = http.postJson(m_gui->server->url(QStringLiteral("/v1/tasks")),
                                       {{QStringLiteral("title"), QStringLiteral("From a script")}},
                                       HttpClient::bearer(secret));
    QCOMPARE(created.status, 201);
    QCOMPARE(statusWith(secret), 200);
    KIT_VERIFY(m_gui->click("refreshTokensButton"));
    QVERIFY(settle());
    QVERIFY2(table->model()
                 ->index(0, PersonalTokenModel::LastUsed)
                 .data()
                 .toString()
                 .contains(QStringLiteral("127.0.0.1")),
             qPrintable(table->model()->index(0, PersonalTokenModel::LastUsed).data().toString()));
    GuiSession::snap(QStringLiteral("33-security-tokens"), dialog);

    // Enter opens the row's details.
    QVERIFY(selectRow(table, QStringLiteral("Backup script")));
    m_gui->modals().answer("rowDetailsDialog", "rowDetailsCloseButton", [](QWidget *details) {
        GuiSession::snap(QStringLiteral("34-token-details"), details);
    });
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY2(m_gui->modals().finished(), qPrintable(modalProblem()));
    QVERIFY(dialog->isVisible()); // Enter did not reach a default button

    // Delete, the confirmation naming the token (Cancel first: nothing happens), then Revoke.
    QString question;
    m_gui->modals().answer(
        "revokeTokenConfirmDialog", "cancelRevokeTokenButton",
        [&](QWidget *box) { question = qobject_cast<QMessageBox *>(box)->text(); });
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY2(m_gui->modals().finished(), qPrintable(modalProblem()));
    QVERIFY2(question.contains(QStringLiteral("\u201cBackup script\u201d")), qPrintable(question));
    QCOMPARE(tokens->rowCount(), 1);
    QCOMPARE(statusWith(secret), 200);

    m_gui->modals().answer(
        "revokeTokenConfirmDialog", "confirmRevokeTokenButton",
        [](QWidget *box) { GuiSession::snap(QStringLiteral("35-revoke-token-confirm"), box); });
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY2(m_gui->modals().finished(), qPrintable(modalProblem()));
    QTRY_COMPARE_WITH_TIMEOUT(tokens->rowCount(), 0, GuiSession::SlowMs);
    QCOMPARE(statusWith(secret), 401); // at once
    QCOMPARE(m_gui->find<QLabel>("tokenLimitLabel")->text(),
             QStringLiteral("0 of 5 tokens in use."));
    QVERIFY(m_gui->find<QLabel>("tokenEmptyLabel")->isVisible());
    // The tab says which token stopped working, until the next action.
    auto *result = m_gui->find<QLabel>("tokensResultLabel");
    QTRY_VERIFY(result->isVisible());
    QCOMPARE(result->text(), QStringLiteral("The token \u201cBackup script\u201d was revoked: "
                                            "scripts and apps that use it no longer work."));
    QCOMPARE(result->accessibleName(), result->text());
    GuiSession::snap(QStringLiteral("35-security-token-revoked"), dialog);
    KIT_VERIFY(m_gui->click("refreshTokensButton"));
    QVERIFY(!result->isVisible());
}

void tst_GuiSecurity::refusedNameIsShownInTheDialogWithoutLosingInput()
{
    KIT_VERIFY(m_gui->signInThroughUi());
    KIT_VERIFY(openOnTokens());
    // A name the dialog already knows is said at once, before anything is sent.
    QVERIFY(!createTokenThroughUi(QStringLiteral("CI")).isEmpty());
    // Another device takes a name behind the dialog's back: only the server knows.
    const QString taken = m_gui->users().createPersonalToken(
        m_gui->user(), QStringLiteral("Deploy"), {QStringLiteral("tasks:read")});
    KIT_VERIFY(!taken.isEmpty()); // 201

    Ui &ui = m_gui->ui();
    QString localProblem;
    QString serverError;
    QString keptName;
    bool writeKept = false;
    QString secret;
    m_gui->modals().run({
        {QStringLiteral("newTokenDialog"),
         [&](QWidget *dialog) {
             KIT_VERIFY(ui.type("tokenNameEdit", QStringLiteral("CI")));
             localProblem = ui.find<QLabel>("tokenNameProblemLabel")->text();
             QVERIFY(!ui.find<QPushButton>("createTokenButton")->isEnabled());
             GuiSession::snap(QStringLiteral("36-new-token-name-in-use"), dialog);
             KIT_VERIFY(ui.type("tokenNameEdit", QStringLiteral("Deploy")));
             KIT_VERIFY(ui.tick("scopeTasksWriteCheck"));
             KIT_VERIFY(ui.click("createTokenButton"));
         }},
        {QStringLiteral("newTokenDialog"),
         [&](QWidget *dialog) {
             serverError = ui.find<QLabel>("newTokenErrorMessageLabel")->text();
             auto *name = ui.find<QLineEdit>("tokenNameEdit");
             keptName = name->text();
             writeKept = ui.find<QCheckBox>("scopeTasksWriteCheck")->isChecked();
             GuiSession::snap(QStringLiteral("37-new-token-refused-by-server"), dialog);
             // The refused name is selected, ready to be typed over; this keeps it and adds.
             QCOMPARE(name->selectedText(), QStringLiteral("Deploy"));
             QTest::keyClick(name, Qt::Key_End);
             QTest::keyClicks(name, QStringLiteral(" 2"));
             KIT_VERIFY(ui.click("createTokenButton"));
         },
         [&](QWidget *dialog) {
             return ui.findIn<QWidget>(dialog, "newTokenErrorPanel")->isVisible();
         }},
        ModalAnswerer::press("tokenSecretDialog", "closeTokenSecretButton",
                             [&](QWidget *dialog) {
                                 secret = ui.findIn<QLineEdit>(dialog, "tokenSecretEdit")->text();
                             }),
    });
    KIT_VERIFY(m_gui->click("newTokenButton"));
    QVERIFY2(m_gui->modals().finished(), qPrintable(modalProblem()));
    QVERIFY2(localProblem.contains(QStringLiteral("already have a token called")),
             qPrintable(localProblem));
    QVERIFY2(serverError.contains(QStringLiteral("already have a token with this name")),
             qPrintable(serverError));
    QVERIFY2(serverError.contains(QStringLiteral("Request id: req-")), qPrintable(serverError));
    QCOMPARE(keptName, QStringLiteral("Deploy"));
    QVERIFY(writeKept);
    QVERIFY(secret.startsWith(QStringLiteral("tlp_")));
    QStringList names;
    for (const PersonalToken &token : m_gui->context->personalTokenModel()->tokens())
        names.append(token.name);
    QVERIFY2(names.contains(QStringLiteral("Deploy 2")), qPrintable(names.join(u'|')));
}

void tst_GuiSecurity::newIsOffAtTheTokenLimitAndTheServerAgrees()
{
    KIT_VERIFY(m_gui->signInThroughUi());
    AccountSecurityDialog *dialog = openOnTokens();
    KIT_VERIFY(dialog);
    auto *newButton = m_gui->find<QPushButton>("newTokenButton");
    auto *limit = m_gui->find<QLabel>("tokenLimitLabel");
    for (int i = 1; i <= PersonalToken::MaxActive; ++i) {
        QVERIFY(newButton->isEnabled());
        QVERIFY(!createTokenThroughUi(QStringLiteral("Script %1").arg(i)).isEmpty());
        QVERIFY(settle());
        if (i == 3)
            QCOMPARE(limit->text(), QStringLiteral("3 of 5 tokens in use."));
    }
    QCOMPARE(m_gui->context->personalTokenModel()->rowCount(), 5);
    QVERIFY(!newButton->isEnabled());
    QVERIFY2(newButton->toolTip().contains(QStringLiteral("Revoke one")),
             qPrintable(newButton->toolTip()));
    QVERIFY2(limit->text().startsWith(QStringLiteral("5 of 5 tokens in use")),
             qPrintable(limit->text()));
    QVERIFY(limit->text().contains(QStringLiteral("Revoke one before you create another")));
    GuiSession::snap(QStringLiteral("38-security-token-limit"), dialog);

    // The server says the same to anyone who tries.
    const auto refused =
        m_gui->users().api(m_gui->user(), "POST", QStringLiteral("/v1/me/tokens"),
                           {{QStringLiteral("name"), QStringLiteral("Sixth")},
                            {QStringLiteral("scopes"), QJsonArray{QStringLiteral("tasks:read")}}});
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.json().value(QStringLiteral("code")).toString(),
             QStringLiteral("TOKEN_LIMIT_REACHED"));

    // One revoked: New is back.
    QVERIFY(selectRow(m_gui->find<SecurityTableView>("tokenTable"), QStringLiteral("Script 3")));
    m_gui->modals().answer("revokeTokenConfirmDialog", "confirmRevokeTokenButton");
    KIT_VERIFY(m_gui->click("revokeTokenButton"));
    QVERIFY2(m_gui->modals().finished(), qPrintable(modalProblem()));
    QTRY_VERIFY_WITH_TIMEOUT(newButton->isEnabled(), GuiSession::SlowMs);
    QCOMPARE(limit->text(), QStringLiteral("4 of 5 tokens in use."));
}

void tst_GuiSecurity::otherSessionRevokedInTheUiFailsAtOnce()
{
    KIT_VERIFY(m_gui->signInThroughUi());
    const QString phone = signInElsewhere(QStringLiteral("Carol's phone"));
    QCOMPARE(statusWith(phone), 200);
    KIT_VERIFY(m_gui->open("sessionsTab"));
    AccountSecurityDialog *dialog = m_gui->window->accountSecurityDialog();
    auto *table = m_gui->find<SecurityTableView>("sessionTable");
    QTRY_COMPARE(table->model()->rowCount(), 2);

    // This device: marked in words and in bold.
    SessionModel *sessions = m_gui->context->sessionModel();
    const int current = sessions->currentRow();
    QVERIFY(current >= 0);
    const QString thisDevice = sessions->index(current, SessionModel::Device).data().toString();
    QVERIFY2(thisDevice.endsWith(QStringLiteral("(this device)")), qPrintable(thisDevice));
    QVERIFY(thisDevice.startsWith(QStringLiteral("Tasklane on ")));
    QCOMPARE(sessions->index(1 - current, SessionModel::Device).data().toString(),
             QStringLiteral("Carol's phone"));
    // What signed in, from the User-Agent each side sent: the app names itself.
    const QString software = sessions->index(current, SessionModel::Software).data().toString();
    QVERIFY2(software.startsWith(QStringLiteral("Tasklane 0.1 on ")), qPrintable(software));
    QCOMPARE(sessions->index(1 - current, SessionModel::Software).data().toString(),
             QStringLiteral("Chrome 120 on Android"));
    // When the server will end each one: 30 days after its last refresh (docs/api.md 12.5).
    for (int row = 0; row < 2; ++row)
        QCOMPARE(sessions->index(row, SessionModel::Ends).data().toString(),
                 QStringLiteral("in 30 days"));
    QVERIFY(!m_gui->find<QPushButton>("revokeSessionButton")->isEnabled()); // nothing selected
    GuiSession::snap(QStringLiteral("40-security-sessions"), dialog);

    QVERIFY(selectRow(table, QStringLiteral("Carol's phone")));
    QString question;
    m_gui->modals().answer("revokeSessionConfirmDialog", "confirmRevokeSessionButton",
                           [&](QWidget *box) {
                               question = qobject_cast<QMessageBox *>(box)->text();
                               GuiSession::snap(QStringLiteral("41-revoke-session-confirm"), box);
                           });
    KIT_VERIFY(m_gui->click("revokeSessionButton"));
    QVERIFY2(m_gui->modals().finished(), qPrintable(modalProblem()));
    QVERIFY2(question.contains(QStringLiteral("Carol's phone")), qPrintable(question));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, GuiSession::SlowMs);
    QCOMPARE(statusWith(phone), 401);
    auto *result = m_gui->find<QLabel>("sessionsResultLabel");
    QVERIFY(result->isVisible());
    QCOMPARE(result->text(), QStringLiteral("\u201cCarol's phone\u201d was signed out."));
    // The app itself is still signed in.
    QCOMPARE(statusWith(m_gui->context->session()->accessToken()), 200);
    QCOMPARE(m_gui->pageName(), QStringLiteral("tasksPage"));
}

void tst_GuiSecurity::signOutAllOtherSessionsSaysHowMany()
{
    KIT_VERIFY(m_gui->signInThroughUi());
    const QStringList others{signInElsewhere(QStringLiteral("Phone")),
                             signInElsewhere(QStringLiteral("Tablet"))};
    KIT_VERIFY(m_gui->open("sessionsTab"));
    AccountSecurityDialog *dialog = m_gui->window->accountSecurityDialog();
    auto *revokeOthers = m_gui->find<QPushButton>("revokeOtherSessionsButton");
    QTRY_COMPARE(m_gui->context->sessionModel()->rowCount(), 3);
    QVERIFY(revokeOthers->isEnabled());

    QString question;
    m_gui->modals().answer("revokeOtherSessionsConfirmDialog", "confirmRevokeOtherSessionsButton",
                           [&](QWidget *box) {
                               question = qobject_cast<QMessageBox *>(box)->text();
                               GuiSession::snap(QStringLiteral("42-sign-out-others-confirm"), box);
                           });
    QTest::mouseClick(revokeOthers, Qt::LeftButton);
    QVERIFY2(m_gui->modals().finished(), qPrintable(modalProblem()));
    QCOMPARE(question, QStringLiteral("Sign out the 2 other signed-in devices?"));
    auto *result = m_gui->find<QLabel>("sessionsResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), GuiSession::SlowMs);
    QCOMPARE(result->text(), QStringLiteral("2 other sessions were signed out."));
    QCOMPARE(m_gui->context->sessionModel()->rowCount(), 1);
    QVERIFY(!revokeOthers->isEnabled());
    GuiSession::snap(QStringLiteral("43-security-sessions-others-signed-out"), dialog);
    for (const QString &token : others)
        QCOMPARE(statusWith(token), 401);
    QCOMPARE(statusWith(m_gui->context->session()->accessToken()), 200);
    // What the server lists now is only this device.
    KIT_VERIFY(m_gui->click("refreshSessionsButton"));
    QVERIFY(settle());
    QCOMPARE(m_gui->context->sessionModel()->rowCount(), 1);
    QVERIFY(m_gui->context->sessionModel()->sessionAt(0).current);
}

void tst_GuiSecurity::revokingThisDeviceSignsTheAppOut()
{
    KIT_VERIFY(m_gui->signInThroughUi());
    const QString accessToken = m_gui->context->session()->accessToken();
    KIT_VERIFY(m_gui->open("sessionsTab"));
    auto *table = m_gui->find<SecurityTableView>("sessionTable");
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QVERIFY(selectRow(table, table->model()->index(0, 0).data().toString()));

    QString question;
    QString details;
    m_gui->modals().answer(
        "revokeSessionConfirmDialog", "confirmRevokeSessionButton", [&](QWidget *box) {
            question = qobject_cast<QMessageBox *>(box)->text();
            details = qobject_cast<QMessageBox *>(box)->informativeText();
            GuiSession::snap(QStringLiteral("44-revoke-this-device-confirm"), box);
        });
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY2(m_gui->modals().finished(), qPrintable(modalProblem()));
    QCOMPARE(question, QStringLiteral("Sign this app out?"));
    QVERIFY2(details.contains(QStringLiteral("signs Tasklane out here")), qPrintable(details));

    QTRY_COMPARE_WITH_TIMEOUT(m_gui->pageName(), QStringLiteral("signInPage"), GuiSession::SlowMs);
    auto *message = m_gui->find<QLabel>("signInMessageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("You signed this device out")),
             qPrintable(message->text()));
    GuiSession::snap(QStringLiteral("45-signed-out-after-revoking-this-device"),
                     m_gui->window.get());
    QTRY_VERIFY(!m_gui->window->accountSecurityDialog());
    QCOMPARE(statusWith(accessToken), 401);
    QVERIFY(m_gui->context->session()->accessToken().isEmpty());
    QCOMPARE(m_gui->context->sessionModel()->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->keychainKeys(), QStringList(), GuiSession::SlowMs);
    QVERIFY(m_gui->context->lastUsername().isEmpty()); // no silent sign-in at the next start
    QVERIFY(!m_gui->find<QAction>("actionSecuritySettings")->isEnabled());
}

void tst_GuiSecurity::securityLogShowsTheEventsFilteredAndPaged()
{
    KIT_VERIFY(m_gui->signInThroughUi());
    AccountSecurityDialog *dialog = openOnTokens();
    KIT_VERIFY(dialog);
    QVERIFY(!createTokenThroughUi(QStringLiteral("Nightly export")).isEmpty());
    QVERIFY(!createTokenThroughUi(QStringLiteral("Calendar sync")).isEmpty());
    QVERIFY(
        selectRow(m_gui->find<SecurityTableView>("tokenTable"), QStringLiteral("Nightly export")));
    m_gui->modals().answer("revokeTokenConfirmDialog", "confirmRevokeTokenButton");
    KIT_VERIFY(m_gui->click("revokeTokenButton"));
    QVERIFY2(m_gui->modals().finished(), qPrintable(modalProblem()));
    QVERIFY(settle());

    // Small pages, so that paging shows with a handful of events.
    SecurityLogModel *log = m_gui->context->securityLogModel();
    log->setPageSize(3);
    auto *tabs = m_gui->find<QTabWidget>("accountSecurityTabs");
    tabs->setCurrentWidget(m_gui->find<QWidget>("securityLogTab")); // loads the log afresh
    QVERIFY(settle());
    auto *table = m_gui->find<SecurityTableView>("securityLogTable");
    auto *status = m_gui->find<QLabel>("securityLogStatusLabel");
    auto *loadMore = m_gui->find<QPushButton>("loadMoreSecurityLogButton");
    QVERIFY(log->rowCount() >= 3);
    // The newest first: the revocation, then the two creations.
    const auto cell = [table](int row, int column) {
        return table->model()->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, SecurityLogModel::Event), QStringLiteral("Token revoked"));
    QCOMPARE(cell(0, SecurityLogModel::Details), QStringLiteral("\u201cNightly export\u201d"));
    QCOMPARE(cell(1, SecurityLogModel::Event), QStringLiteral("Token created"));
    QCOMPARE(cell(1, SecurityLogModel::Details),
             QStringLiteral("\u201cCalendar sync\u201d with Read tasks"));
    QVERIFY2(cell(0, SecurityLogModel::Time).startsWith(QStringLiteral("just now (")),
             qPrintable(cell(0, SecurityLogModel::Time)));
    QCOMPARE(cell(0, SecurityLogModel::IpAddress), QStringLiteral("127.0.0.1"));

    // Older events page by page.
    while (log->hasMorePages()) {
        QVERIFY(loadMore->isVisible() && loadMore->isEnabled());
        QTest::mouseClick(loadMore, Qt::LeftButton);
        QVERIFY(settle());
    }
    QVERIFY(!loadMore->isVisible());
    QStringList events;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        events.append(cell(row, SecurityLogModel::Event));
    QVERIFY2(events.contains(QStringLiteral("Signed in")), qPrintable(events.join(u',')));
    QCOMPARE(status->text(), QStringLiteral("All %1 events.").arg(log->rowCount()));
    GuiSession::snap(QStringLiteral("46-security-log"), dialog);

    // By kind (the server's `type` filter: a fresh listing of only those), then by text.
    const int allEvents = log->rowCount();
    auto *typeCombo = m_gui->find<QComboBox>("securityLogTypeCombo");
    typeCombo->setCurrentIndex(typeCombo->findText(QStringLiteral("Tokens")));
    QVERIFY(settle());
    QCOMPARE(log->rowCount(), 3);
    QCOMPARE(table->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QVERIFY(cell(row, SecurityLogModel::Event).startsWith(QStringLiteral("Token ")));
    QCOMPARE(status->text(), QStringLiteral("All 3 events of this kind."));
    auto *search = m_gui->find<QLineEdit>("securityLogSearchEdit");
    QTest::keyClicks(search, QStringLiteral("nightly"));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(status->text(), QStringLiteral("2 of %1 loaded events match.").arg(log->rowCount()));
    GuiSession::snap(QStringLiteral("47-security-log-filtered"), dialog);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("no such thing"));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(status->text().startsWith(QStringLiteral("No events match")));
    search->clear();
    typeCombo->setCurrentIndex(typeCombo->findText(QStringLiteral("Sign-ins")));
    QVERIFY(settle());
    QVERIFY(table->model()->rowCount() >= 1);
    QCOMPARE(cell(0, SecurityLogModel::Event), QStringLiteral("Signed in"));
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(cell(row, SecurityLogModel::Event).startsWith(QStringLiteral("Sign")));

    // Every kind again, then refresh: both start again from the newest page.
    typeCombo->setCurrentIndex(0);
    QVERIFY(settle());
    QCOMPARE(log->rowCount(), 3);
    QVERIFY(allEvents > 3);
    KIT_VERIFY(m_gui->click("refreshSecurityLogButton"));
    QVERIFY(settle());
    QCOMPARE(log->rowCount(), 3);
    QVERIFY(loadMore->isVisible());
}

QTEST_MAIN(tst_GuiSecurity)
#include "tst_gui_security.moc"
