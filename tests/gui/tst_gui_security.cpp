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
#include "GuiSession.h"
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

namespace {

// Answers modal dialogs in the order they are expected, each by its objectName: `act` fills the
// dialog in and presses a button. A step with `when` waits until that holds for the dialog (a
// dialog that stays open for a second round). A dialog left unanswered for a long time is
// closed, so a broken step fails the test instead of hanging it.
class ModalScript
{
public:
    struct Step
    {
        QString dialog;
        std::function<void(QWidget *)> act;
        std::function<bool(QWidget *)> when = {};
    };

    ModalScript()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }

    void run(QList<Step> steps)
    {
        m_steps = std::move(steps);
        m_problem.clear();
        m_stuckTicks = 0;
        m_timer.start();
    }
    bool finished() const { return m_steps.isEmpty() && m_problem.isEmpty(); }
    QString problem() const
    {
        return m_problem.isEmpty() && !m_steps.isEmpty()
                   ? QStringLiteral("still waiting for ") + m_steps.first().dialog
                   : m_problem;
    }

private:
    void tick()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (m_steps.isEmpty()) {
            m_timer.stop();
            return;
        }
        if (!modal || !modal->isVisible())
            return;
        const Step &next = m_steps.first();
        if (modal->objectName() == next.dialog && (!next.when || next.when(modal))) {
            m_stuckTicks = 0;
            const Step step = m_steps.takeFirst();
            step.act(modal);
            return;
        }
        constexpr int GiveUpTicks = 30000 / 20;
        if (++m_stuckTicks < GiveUpTicks)
            return;
        m_problem = QStringLiteral("%1 stayed open while waiting for %2")
                        .arg(modal->objectName(), next.dialog);
        m_steps.clear();
        m_timer.stop();
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
    }

    QTimer m_timer;
    QList<Step> m_steps;
    QString m_problem;
    int m_stuckTicks = 0;
};

template<typename T> T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s in %s", name, qPrintable(parent->objectName()));
    return found;
}

void click(QWidget *parent, const char *buttonName)
{
    if (auto *button = child<QAbstractButton>(parent, buttonName))
        QTest::mouseClick(button, Qt::LeftButton);
}

// A check box is as wide as its row; its box is at the left end.
void tick(QWidget *parent, const char *checkName)
{
    if (auto *check = child<QCheckBox>(parent, checkName))
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(6, check->height() / 2));
}

} // namespace

class tst_GuiSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void menusOpenTheDialogButNotForATokenSignIn();
    void createdTokenWorksUntilRevokedInTheTable();
    void refusedNameIsShownInTheDialogWithoutLosingInput();
    void newIsOffAtTheTokenLimitAndTheServerAgrees();
    void otherSessionRevokedInTheUiFailsAtOnce();
    void signOutAllOtherSessionsSaysHowMany();
    void revokingThisDeviceSignsTheAppOut();
    void securityLogShowsTheEventsFilteredAndPaged();

private:
    // Opens Account security from the File menu's action; null (with a failure) if it did not.
    // Opens the dialog from the menu; on the Tokens tab unless `showTokens` is false.
    AccountSecurityDialog *openDialog(bool showTokens = true);
    // Waits until the service has nothing in flight.
    bool settle();
    // New token -> NewTokenDialog (name, scopes, expiry) -> TokenSecretDialog; the secret.
    QString createTokenThroughUi(const QString &name, bool write = false,
                                 const QString &expiry = {}, const QString &shots = {});
    // Selects the row of `table` whose column 0 shows `text`; false if none.
    bool selectRow(SecurityTableView *table, const QString &text);
    // Another device of the account, signed in over HTTP; its access token.
    QString signInElsewhere(const QString &device);
    int statusWith(const QString &token, const QString &path = QStringLiteral("/v1/tasks"));

    std::unique_ptr<GuiSession> m_gui;
    std::unique_ptr<QAbstractItemModelTester> m_tokenTester;
    std::unique_ptr<QAbstractItemModelTester> m_sessionTester;
    std::unique_ptr<QAbstractItemModelTester> m_logTester;
    ModalScript m_script;
};

void tst_GuiSecurity::initTestCase()
{
    GuiSession::prepareTestCase(QStringLiteral("tst_gui_security"));
    // As main() does: the app names its version in its User-Agent, which the sessions show.
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    qRegisterMetaType<PersonalToken>();
    qRegisterMetaType<SignedInSession>();
}

void tst_GuiSecurity::init()
{
    m_gui = std::make_unique<GuiSession>();
    QVERIFY(m_gui->setUp());
    // The security models live as long as the app's context; so do their testers.
    const auto tester = [](QAbstractItemModel *model) {
        return std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    };
    m_tokenTester = tester(m_gui->context->personalTokenModel());
    m_sessionTester = tester(m_gui->context->sessionModel());
    m_logTester = tester(m_gui->context->securityLogModel());
}

void tst_GuiSecurity::cleanup()
{
    m_gui->window.reset();
    m_logTester.reset();
    m_sessionTester.reset();
    m_tokenTester.reset();
    m_gui.reset();
}

AccountSecurityDialog *tst_GuiSecurity::openDialog(bool showTokens)
{
    auto *action = m_gui->find<QAction>("actionSecuritySettings");
    if (!action || !action->isEnabled()) {
        qWarning("actionSecuritySettings is missing or off");
        return nullptr;
    }
    action->trigger();
    auto *dialog = m_gui->find<AccountSecurityDialog>("accountSecurityDialog");
    if (!dialog || !QTest::qWaitForWindowExposed(dialog) || !settle())
        return nullptr;
    if (showTokens)
        dialog->tabs()->setCurrentWidget(m_gui->find<QWidget>("personalTokensTab"));
    return dialog;
}

bool tst_GuiSecurity::settle()
{
    SecurityService *service = m_gui->context->securityService();
    SecurityLogModel *log = m_gui->context->securityLogModel();
    return QTest::qWaitFor([&] { return !service->isBusy() && !log->isLoading(); },
                           GuiSession::SlowMs);
}

QString tst_GuiSecurity::createTokenThroughUi(const QString &name, bool write,
                                              const QString &expiry, const QString &shots)
{
    auto *newButton = m_gui->find<QPushButton>("newTokenButton");
    if (!newButton || !newButton->isEnabled()) {
        qWarning("New token is not available");
        return {};
    }
    QString secret;
    m_script.run({
        {QStringLiteral("newTokenDialog"),
         [&](QWidget *dialog) {
             QTest::keyClicks(child<QLineEdit>(dialog, "tokenNameEdit"), name);
             if (write)
                 tick(dialog, "scopeTasksWriteCheck");
             if (!expiry.isEmpty()) {
                 auto *combo = child<QComboBox>(dialog, "tokenExpiryCombo");
                 combo->setCurrentIndex(combo->findText(expiry));
             }
             if (!shots.isEmpty())
                 GuiSession::snap(shots + QStringLiteral("-new-token-dialog"), dialog);
             click(dialog, "createTokenButton");
         }},
        {QStringLiteral("tokenSecretDialog"),
         [&](QWidget *dialog) {
             secret = child<QLineEdit>(dialog, "tokenSecretEdit")->text();
             click(dialog, "copyTokenSecretButton");
             if (!shots.isEmpty())
                 GuiSession::snap(shots + QStringLiteral("-token-secret-dialog"), dialog);
             click(dialog, "closeTokenSecretButton");
         }},
    });
    QTest::mouseClick(newButton, Qt::LeftButton); // returns once both dialogs are closed
    if (!m_script.finished())
        qWarning("creating %s: %s", qPrintable(name), qPrintable(m_script.problem()));
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
    QVERIFY(m_gui->signInThroughUi());
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

    AccountSecurityDialog *dialog = openDialog(false);
    QVERIFY(dialog);
    QVERIFY(!dialog->isModal());
    auto *tabs = m_gui->find<QTabWidget>("accountSecurityTabs");
    QCOMPARE(tabs->count(), 4);
    // Two-factor first, and what the dialog opens on.
    QCOMPARE(tabs->widget(0)->objectName(), QStringLiteral("twoFactorTab"));
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
    m_gui->find<QAction>("actionSignOut")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->pageName(), QStringLiteral("signInPage"), GuiSession::SlowMs);
    QVERIFY(!m_gui->window->accountSecurityDialog()); // gone with the session
    QVERIFY(!action->isEnabled());
    QVERIFY(action->toolTip().contains(QStringLiteral("Sign in")));
    auto *tokenEdit = m_gui->find<QLineEdit>("accessTokenEdit");
    QTest::keyClicks(tokenEdit, tokenSecret);
    QTest::keyClick(tokenEdit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->pageName(), QStringLiteral("tasksPage"), GuiSession::SlowMs);
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
    QVERIFY(m_gui->signInThroughUi());
    AccountSecurityDialog *dialog = openDialog();
    QVERIFY(dialog);
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
    click(m_gui->find<QWidget>("personalTokensTab"), "refreshTokensButton");
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
    m_script.run({{QStringLiteral("rowDetailsDialog"), [](QWidget *details) {
                       GuiSession::snap(QStringLiteral("34-token-details"), details);
                       click(details, "rowDetailsCloseButton");
                   }}});
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY2(m_script.finished(), qPrintable(m_script.problem()));
    QVERIFY(dialog->isVisible()); // Enter did not reach a default button

    // Delete, the confirmation naming the token (Cancel first: nothing happens), then Revoke.
    QString question;
    m_script.run({{QStringLiteral("revokeTokenConfirmDialog"), [&](QWidget *box) {
                       question = qobject_cast<QMessageBox *>(box)->text();
                       click(box, "cancelRevokeTokenButton");
                   }}});
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY2(m_script.finished(), qPrintable(m_script.problem()));
    QVERIFY2(question.contains(QStringLiteral("\u201cBackup script\u201d")), qPrintable(question));
    QCOMPARE(tokens->rowCount(), 1);
    QCOMPARE(statusWith(secret), 200);

    m_script.run({{QStringLiteral("revokeTokenConfirmDialog"), [](QWidget *box) {
                       GuiSession::snap(QStringLiteral("35-revoke-token-confirm"), box);
                       click(box, "confirmRevokeTokenButton");
                   }}});
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY2(m_script.finished(), qPrintable(m_script.problem()));
    QTRY_COMPARE_WITH_TIMEOUT(tokens->rowCount(), 0, GuiSession::SlowMs);
    QCOMPARE(statusWith(secret), 401); // at once
    QCOMPARE(m_gui->find<QLabel>("tokenLimitLabel")->text(),
             QStringLiteral("0 of 5 tokens in use."));
    QVERIFY(m_gui->find<QLabel>("tokenEmptyLabel")->isVisible());
}

void tst_GuiSecurity::refusedNameIsShownInTheDialogWithoutLosingInput()
{
    QVERIFY(m_gui->signInThroughUi());
    QVERIFY(openDialog());
    // A name the dialog already knows is said at once, before anything is sent.
    QVERIFY(!createTokenThroughUi(QStringLiteral("CI")).isEmpty());
    // Another device takes a name behind the dialog's back: only the server knows.
    const QString otherAccess = signInElsewhere(QStringLiteral("Laptop"));
    HttpClient http;
    const auto taken =
        http.postJson(m_gui->server->url(QStringLiteral("/v1/me/tokens")),
                      {{QStringLiteral("name"), QStringLiteral("Deploy")},
                       {QStringLiteral("scopes"), QJsonArray{QStringLiteral("tasks:read")}}},
                      HttpClient::bearer(otherAccess));
    QCOMPARE(taken.status, 201);

    QString localProblem;
    QString serverError;
    QString keptName;
    bool writeKept = false;
    QString secret;
    m_script.run({
        {QStringLiteral("newTokenDialog"),
         [&](QWidget *dialog) {
             auto *name = child<QLineEdit>(dialog, "tokenNameEdit");
             QTest::keyClicks(name, QStringLiteral("CI"));
             localProblem = child<QLabel>(dialog, "tokenNameProblemLabel")->text();
             QVERIFY(!child<QPushButton>(dialog, "createTokenButton")->isEnabled());
             GuiSession::snap(QStringLiteral("36-new-token-name-in-use"), dialog);
             name->clear();
             QTest::keyClicks(name, QStringLiteral("Deploy"));
             tick(dialog, "scopeTasksWriteCheck");
             click(dialog, "createTokenButton");
         }},
        {QStringLiteral("newTokenDialog"),
         [&](QWidget *dialog) {
             serverError = child<QLabel>(dialog, "newTokenErrorMessageLabel")->text();
             keptName = child<QLineEdit>(dialog, "tokenNameEdit")->text();
             writeKept = child<QCheckBox>(dialog, "scopeTasksWriteCheck")->isChecked();
             GuiSession::snap(QStringLiteral("37-new-token-refused-by-server"), dialog);
             // The refused name is selected, ready to be typed over; this keeps it and adds.
             auto *name = child<QLineEdit>(dialog, "tokenNameEdit");
             QCOMPARE(name->selectedText(), QStringLiteral("Deploy"));
             QTest::keyClick(name, Qt::Key_End);
             QTest::keyClicks(name, QStringLiteral(" 2"));
             click(dialog, "createTokenButton");
         },
         [](QWidget *dialog) { return child<QWidget>(dialog, "newTokenErrorPanel")->isVisible(); }},
        {QStringLiteral("tokenSecretDialog"),
         [&](QWidget *dialog) {
             secret = child<QLineEdit>(dialog, "tokenSecretEdit")->text();
             click(dialog, "closeTokenSecretButton");
         }},
    });
    QTest::mouseClick(m_gui->find<QPushButton>("newTokenButton"), Qt::LeftButton);
    QVERIFY2(m_script.finished(), qPrintable(m_script.problem()));
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
    QVERIFY(m_gui->signInThroughUi());
    AccountSecurityDialog *dialog = openDialog();
    QVERIFY(dialog);
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
    const QString otherAccess = signInElsewhere(QStringLiteral("Laptop"));
    HttpClient http;
    const auto refused =
        http.postJson(m_gui->server->url(QStringLiteral("/v1/me/tokens")),
                      {{QStringLiteral("name"), QStringLiteral("Sixth")},
                       {QStringLiteral("scopes"), QJsonArray{QStringLiteral("tasks:read")}}},
                      HttpClient::bearer(otherAccess));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.json().value(QStringLiteral("code")).toString(),
             QStringLiteral("TOKEN_LIMIT_REACHED"));

    // One revoked: New is back.
    QVERIFY(selectRow(m_gui->find<SecurityTableView>("tokenTable"), QStringLiteral("Script 3")));
    m_script.run({{QStringLiteral("revokeTokenConfirmDialog"),
                   [](QWidget *box) { click(box, "confirmRevokeTokenButton"); }}});
    QTest::mouseClick(m_gui->find<QPushButton>("revokeTokenButton"), Qt::LeftButton);
    QVERIFY2(m_script.finished(), qPrintable(m_script.problem()));
    QTRY_VERIFY_WITH_TIMEOUT(newButton->isEnabled(), GuiSession::SlowMs);
    QCOMPARE(limit->text(), QStringLiteral("4 of 5 tokens in use."));
}

void tst_GuiSecurity::otherSessionRevokedInTheUiFailsAtOnce()
{
    QVERIFY(m_gui->signInThroughUi());
    const QString phone = signInElsewhere(QStringLiteral("Carol's phone"));
    QCOMPARE(statusWith(phone), 200);
    AccountSecurityDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *tabs = m_gui->find<QTabWidget>("accountSecurityTabs");
    tabs->setCurrentWidget(m_gui->find<QWidget>("sessionsTab"));
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
    QVERIFY(!m_gui->find<QPushButton>("revokeSessionButton")->isEnabled()); // nothing selected
    GuiSession::snap(QStringLiteral("40-security-sessions"), dialog);

    QVERIFY(selectRow(table, QStringLiteral("Carol's phone")));
    QString question;
    m_script.run({{QStringLiteral("revokeSessionConfirmDialog"), [&](QWidget *box) {
                       question = qobject_cast<QMessageBox *>(box)->text();
                       GuiSession::snap(QStringLiteral("41-revoke-session-confirm"), box);
                       click(box, "confirmRevokeSessionButton");
                   }}});
    QTest::mouseClick(m_gui->find<QPushButton>("revokeSessionButton"), Qt::LeftButton);
    QVERIFY2(m_script.finished(), qPrintable(m_script.problem()));
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
    QVERIFY(m_gui->signInThroughUi());
    const QStringList others{signInElsewhere(QStringLiteral("Phone")),
                             signInElsewhere(QStringLiteral("Tablet"))};
    AccountSecurityDialog *dialog = openDialog();
    QVERIFY(dialog);
    m_gui->find<QTabWidget>("accountSecurityTabs")
        ->setCurrentWidget(m_gui->find<QWidget>("sessionsTab"));
    auto *revokeOthers = m_gui->find<QPushButton>("revokeOtherSessionsButton");
    QTRY_COMPARE(m_gui->context->sessionModel()->rowCount(), 3);
    QVERIFY(revokeOthers->isEnabled());

    QString question;
    m_script.run({{QStringLiteral("revokeOtherSessionsConfirmDialog"), [&](QWidget *box) {
                       question = qobject_cast<QMessageBox *>(box)->text();
                       GuiSession::snap(QStringLiteral("42-sign-out-others-confirm"), box);
                       click(box, "confirmRevokeOtherSessionsButton");
                   }}});
    QTest::mouseClick(revokeOthers, Qt::LeftButton);
    QVERIFY2(m_script.finished(), qPrintable(m_script.problem()));
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
    click(m_gui->find<QWidget>("sessionsTab"), "refreshSessionsButton");
    QVERIFY(settle());
    QCOMPARE(m_gui->context->sessionModel()->rowCount(), 1);
    QVERIFY(m_gui->context->sessionModel()->sessionAt(0).current);
}

void tst_GuiSecurity::revokingThisDeviceSignsTheAppOut()
{
    QVERIFY(m_gui->signInThroughUi());
    const QString accessToken = m_gui->context->session()->accessToken();
    AccountSecurityDialog *dialog = openDialog();
    QVERIFY(dialog);
    m_gui->find<QTabWidget>("accountSecurityTabs")
        ->setCurrentWidget(m_gui->find<QWidget>("sessionsTab"));
    auto *table = m_gui->find<SecurityTableView>("sessionTable");
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QVERIFY(selectRow(table, table->model()->index(0, 0).data().toString()));

    QString question;
    QString details;
    m_script.run({{QStringLiteral("revokeSessionConfirmDialog"), [&](QWidget *box) {
                       question = qobject_cast<QMessageBox *>(box)->text();
                       details = qobject_cast<QMessageBox *>(box)->informativeText();
                       GuiSession::snap(QStringLiteral("44-revoke-this-device-confirm"), box);
                       click(box, "confirmRevokeSessionButton");
                   }}});
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY2(m_script.finished(), qPrintable(m_script.problem()));
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
    QVERIFY(m_gui->signInThroughUi());
    AccountSecurityDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(!createTokenThroughUi(QStringLiteral("Nightly export")).isEmpty());
    QVERIFY(!createTokenThroughUi(QStringLiteral("Calendar sync")).isEmpty());
    QVERIFY(
        selectRow(m_gui->find<SecurityTableView>("tokenTable"), QStringLiteral("Nightly export")));
    m_script.run({{QStringLiteral("revokeTokenConfirmDialog"),
                   [](QWidget *box) { click(box, "confirmRevokeTokenButton"); }}});
    QTest::mouseClick(m_gui->find<QPushButton>("revokeTokenButton"), Qt::LeftButton);
    QVERIFY2(m_script.finished(), qPrintable(m_script.problem()));
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

    // By kind, then by text.
    auto *typeCombo = m_gui->find<QComboBox>("securityLogTypeCombo");
    typeCombo->setCurrentIndex(typeCombo->findText(QStringLiteral("Tokens")));
    QCOMPARE(table->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QVERIFY(cell(row, SecurityLogModel::Event).startsWith(QStringLiteral("Token ")));
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
    QVERIFY(table->model()->rowCount() >= 1);
    QCOMPARE(cell(0, SecurityLogModel::Event), QStringLiteral("Signed in"));

    // Refresh starts again from the newest page.
    typeCombo->setCurrentIndex(0);
    click(m_gui->find<QWidget>("securityLogTab"), "refreshSecurityLogButton");
    QVERIFY(settle());
    QCOMPARE(log->rowCount(), 3);
    QVERIFY(loadMore->isVisible());
}

QTEST_MAIN(tst_GuiSecurity)
#include "tst_gui_security.moc"
