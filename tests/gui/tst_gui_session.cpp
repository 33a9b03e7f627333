// How a session begins and ends, through the real window against a real server: signing in
// with a pasted token (a refused one leaves nothing in the keychain), signing out (the server
// refuses the app's tokens afterwards), a session ended elsewhere or by its lifetime (back to the
// sign-in page with the reason; the server's clock moved with ServerClock), unsaved edits that
// outlive the session that ended under them (and only come back to the same account), and the
// server dying in the middle of a save or a page load.
//
// Set TASKLANE_SCREENSHOTS=<folder> to have the screens saved as PNG files on the way.
#include "AppContext.h"
#include "GuiTestCase.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "ServerClock.h"
#include "SessionManager.h"
#include "TaskEditor.h"
#include "TaskModel.h"
#include "TasksPage.h"
#include "TestServer.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

#include <memory>

class tst_GuiSession : public GuiTestCase
{
    Q_OBJECT

public:
    tst_GuiSession() { m_serverArguments = m_clock.arguments(); }

private slots:
    // Every test's server starts on today's date.
    void init()
    {
        m_clock.advanceMs(-m_clock.offsetMs());
        GuiTestCase::init();
    }
    void pastedTokenSignsInAndARefusedOneIsNotKept();
    void signOutRevokesTheTokensAtTheServer();
    void sessionEndedElsewhereShowsSignInWithTheReason_data();
    void sessionEndedElsewhereShowsSignInWithTheReason();
    void unsavedEditsComeBackAfterSigningInAgain();
    void unsavedEditsAreNotShownToAnotherAccount();
    void serverDyingDuringSaveKeepsTheEdit();
    void serverDyingDuringPageLoadOffersRetry();

private:
    // Ends the app's session at the server the way a stolen refresh token would: the app's
    // current refresh token is presented twice by someone else, and the reuse makes the server
    // revoke the whole session (RFC 9700 4.14.2). The app learns of it at its next request.
    bool revokeAppSessionByReuse();
    // Opens the task and types into its title and notes without saving.
    void editWithoutSaving(const QString &title, const QString &newTitle, const QString &notes);
    HttpClient::Reply meWith(const QString &accessToken);

    ServerClock m_clock; // the servers' clock, moved to end a session by its lifetime

    // The tasks page is built at the first sign-in: these are there once signed in (which
    // GuiSession::signInWithBrowser() checks).
    TaskEditor *editor() const { return m_gui->find<TaskEditor>("taskEditor"); }
    QLineEdit *titleEdit() const { return m_gui->find<QLineEdit>("taskTitleEdit"); }
    QPlainTextEdit *notesEdit() const { return m_gui->find<QPlainTextEdit>("taskNotesEdit"); }
};

bool tst_GuiSession::revokeAppSessionByReuse()
{
    const QString refreshToken = m_gui->storedCredential(GuiSession::Username);
    if (refreshToken.isEmpty()) {
        qWarning("the app keeps no refresh token");
        return false;
    }
    OAuthTestClient thief(*m_gui->server);
    const auto rotated = thief.refresh(refreshToken);
    const auto reused = thief.refresh(refreshToken);
    if (rotated.status != 200 || reused.status != 400) {
        qWarning("refresh answered %d, then %d: %s", rotated.status, reused.status,
                 reused.body.constData());
        return false;
    }
    return true;
}

void tst_GuiSession::editWithoutSaving(const QString &title, const QString &newTitle,
                                       const QString &notes)
{
    KIT_VERIFY(m_gui->clickRow(title));
    QTRY_COMPARE(editor()->baseTask().title, title);
    titleEdit()->setFocus();
    titleEdit()->selectAll();
    QTest::keyClicks(titleEdit(), newTitle);
    notesEdit()->setFocus();
    QTest::keyClicks(notesEdit(), notes);
    QVERIFY(editor()->isDirty());
    QVERIFY(m_gui->find<QPushButton>("saveTaskButton")->isEnabled());
}

HttpClient::Reply tst_GuiSession::meWith(const QString &accessToken)
{
    HttpClient http;
    return http.get(m_gui->server->url(QStringLiteral("/v1/me")), HttpClient::bearer(accessToken));
}

void tst_GuiSession::pastedTokenSignsInAndARefusedOneIsNotKept()
{
    KIT_VERIFY(m_gui->connectToServer());
    QCOMPARE(m_gui->keychainKeys(), QStringList());
    auto *tokenEdit = m_gui->find<QLineEdit>("accessTokenEdit");
    auto *tokenButton = m_gui->find<QPushButton>("tokenSignInButton");
    auto *message = m_gui->find<QLabel>("signInMessageLabel");
    QVERIFY(tokenEdit && tokenButton && message);

    // A token the server never issued: refused with the server's request id, nothing kept.
    QTest::keyClicks(tokenEdit, QStringLiteral("tla_thisWasNeverIssuedByTheServer"));
    QVERIFY(tokenButton->isEnabled());
    QTest::mouseClick(tokenButton, Qt::LeftButton);
    QVERIFY(tokenEdit->text().isEmpty()); // the secret does not linger in the widget
    QTRY_VERIFY_WITH_TIMEOUT(
        m_gui->pageName() == QLatin1String("signInPage") && message->isVisible(), 20000);
    QVERIFY2(message->text().contains(QStringLiteral("did not accept this token")),
             qPrintable(message->text()));
    QVERIFY2(message->text().contains(QStringLiteral("Request id: req-")),
             qPrintable(message->text()));
    GuiSession::snap(QStringLiteral("20-token-refused"), m_gui->window.get());
    QVERIFY(m_gui->context->session()->state() != SessionManager::State::SignedIn);
    QVERIFY(!m_gui->find<QToolButton>("accountButton")->isVisible());
    QCOMPARE(m_gui->keychainKeys(), QStringList());

    // A real personal access token of this account, created on another device through
    // POST /v1/me/tokens: checked with /v1/me, kept in the keychain, and the tasks page follows.
    const QString token =
        m_gui->users().createPersonalToken(m_gui->user(), QStringLiteral("Kiosk"));
    KIT_VERIFY(!token.isEmpty()); // 201
    QVERIFY2(token.startsWith(QStringLiteral("tlp_")), qPrintable(token));
    KIT_VERIFY(m_gui->signInWithToken(m_gui->user(), token));
    const auto *accountButton = m_gui->find<QToolButton>("accountButton");
    QVERIFY(accountButton->isVisible());
    QCOMPARE(accountButton->text(), GuiSession::Username);
    QVERIFY(m_gui->context->session()->account().personalAccessToken);
    const QStringList keys = m_gui->keychainKeys();
    QCOMPARE(keys.size(), 1);
    QVERIFY2(keys.first().endsWith(QLatin1Char('|') + GuiSession::Username),
             qPrintable(keys.first()));
    QCOMPARE(m_gui->storedCredential(GuiSession::Username), token);
    QFile settings(m_gui->home->filePath(QStringLiteral("settings.ini")));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(token.toUtf8()));
}

void tst_GuiSession::signOutRevokesTheTokensAtTheServer()
{
    KIT_VERIFY(m_gui->signInThroughUi());
    const QString accessToken = m_gui->context->session()->accessToken();
    const QString refreshToken = m_gui->storedCredential(GuiSession::Username);
    QVERIFY(!accessToken.isEmpty());
    QVERIFY(!refreshToken.isEmpty() && refreshToken != accessToken);
    // Good until the sign-out (the refresh token is not tried: that would rotate it).
    QCOMPARE(meWith(accessToken).status, 200);

    auto *signOut = m_gui->find<QAction>("actionSignOut");
    QVERIFY(signOut && signOut->isEnabled());
    signOut->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->pageName(), QStringLiteral("signInPage"), 20000);

    OAuthTestClient other(*m_gui->server);
    const auto refreshed = other.refresh(refreshToken);
    QCOMPARE(refreshed.status, 400);
    QCOMPARE(refreshed.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    QCOMPARE(meWith(accessToken).status, 401);
    QCOMPARE(m_gui->keychainKeys(), QStringList());
    QVERIFY(m_gui->context->session()->accessToken().isEmpty());
    QVERIFY(!m_gui->find<QToolButton>("accountButton")->isVisible());
}

void tst_GuiSession::sessionEndedElsewhereShowsSignInWithTheReason_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("serverReason");
    // The server's own words, passed on to the user.
    QTest::newRow("refresh token reused") << QStringLiteral("reuse") << QStringLiteral("revoked");
    QTest::newRow("account disabled")
        << QStringLiteral("disable") << QStringLiteral("not available");
    QTest::newRow("idle for 30 days")
        << QStringLiteral("idle") << QStringLiteral("The session ended after 30 days without use.");
}

void tst_GuiSession::sessionEndedElsewhereShowsSignInWithTheReason()
{
    QFETCH(QString, how);
    QFETCH(QString, serverReason);
    KIT_VERIFY(m_gui->signInWithTasks({GuiSession::task(QStringLiteral("Water the plants"))}));
    const QString accessToken = m_gui->context->session()->accessToken();

    if (how == QLatin1String("reuse")) {
        QVERIFY(revokeAppSessionByReuse());
    } else if (how == QLatin1String("idle")) {
        m_clock.advanceDays(31); // the app has not refreshed since it signed in
    } else {
        const auto disabled = m_gui->server->runCli(
            {QStringLiteral("user"), QStringLiteral("disable"), GuiSession::Username});
        QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.err));
    }
    QCOMPARE(meWith(accessToken).status, 401);
    // The app does not know yet: it finds out at its next request.
    QCOMPARE(m_gui->pageName(), QStringLiteral("tasksPage"));

    QTest::keyClick(m_gui->window.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->pageName(), QStringLiteral("signInPage"), 20000);
    const auto *message = m_gui->find<QLabel>("signInMessageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("Your session has ended")),
             qPrintable(message->text()));
    QVERIFY2(message->text().contains(serverReason), qPrintable(message->text()));
    GuiSession::snap(QStringLiteral("21-session-ended-") + how, m_gui->window.get());
    // Nothing to restore: no notice about unsaved changes.
    QVERIFY(!m_gui->find<QLabel>("signInDraftMessageLabel")->isVisible());
    QVERIFY(!m_gui->find<QToolButton>("accountButton")->isVisible());
    QCOMPARE(m_gui->context->taskModel()->rowCount(), 0);
    // The refused credential is of no use any more (its deletion does not hold up the page).
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->keychainKeys(), QStringList(), 20000);
}

void tst_GuiSession::unsavedEditsComeBackAfterSigningInAgain()
{
    KIT_VERIFY(m_gui->signInWithTasks({GuiSession::task(QStringLiteral("Water the plants")),
                                       GuiSession::task(QStringLiteral("Call the bank"))}));
    editWithoutSaving(QStringLiteral("Water the plants"), QStringLiteral("Water the cactus"),
                      QStringLiteral("Only a little."));
    const Task base = editor()->baseTask();

    QVERIFY(revokeAppSessionByReuse());
    QTest::keyClick(m_gui->window.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->pageName(), QStringLiteral("signInPage"), 20000);
    QVERIFY(m_gui->find<QLabel>("signInMessageLabel")->isVisible());
    // The user is told that what they typed is not lost, and for whom it waits.
    const auto *notice = m_gui->find<QLabel>("signInDraftMessageLabel");
    QVERIFY(notice && notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("Water the plants")),
             qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(GuiSession::Username), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(QStringLiteral("restored")), qPrintable(notice->text()));
    GuiSession::snap(QStringLiteral("22-unsaved-changes-kept"), m_gui->window.get());
    // Kept in memory only.
    QFile settings(m_gui->home->filePath(QStringLiteral("settings.ini")));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray stored = settings.readAll();
    QVERIFY(!stored.contains("cactus") && !stored.contains("Only a little"));

    // Signing in again as the same user brings the edit back, still unsaved, on its old base.
    KIT_VERIFY(m_gui->signInWithBrowser());
    QTRY_COMPARE_WITH_TIMEOUT(editor()->taskId(), base.id, 20000);
    QCOMPARE(titleEdit()->text(), QStringLiteral("Water the cactus"));
    QCOMPARE(notesEdit()->toPlainText(), QStringLiteral("Only a little."));
    QVERIFY(editor()->isDirty());
    QCOMPARE(editor()->baseTask().version, base.version);
    QVERIFY(m_gui->find<QPushButton>("saveTaskButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!m_gui->context->taskModel()->isLoading(), 20000);
    QTRY_COMPARE(m_gui->window->tasksPage()->currentTask().id, base.id);
    QVERIFY(editor()->isDirty()); // the list arriving did not overwrite it
    QCOMPARE(titleEdit()->text(), QStringLiteral("Water the cactus"));
    GuiSession::snap(QStringLiteral("23-unsaved-changes-restored"), m_gui->window.get());

    // And it can be saved as if nothing had happened.
    KIT_VERIFY(m_gui->click("saveTaskButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!editor()->isDirty(), 20000);
    const QJsonObject onServer = m_gui->taskOnServer(base.id);
    QCOMPARE(onServer.value(QStringLiteral("title")).toString(),
             QStringLiteral("Water the cactus"));
    QCOMPARE(onServer.value(QStringLiteral("notes")).toString(), QStringLiteral("Only a little."));
}

void tst_GuiSession::unsavedEditsAreNotShownToAnotherAccount()
{
    const TestUser bob = m_gui->createUser(QStringLiteral("bob"));
    KIT_VERIFY(bob.isValid());
    KIT_VERIFY(m_gui->signInWithTasks({GuiSession::task(QStringLiteral("Water the plants"))}));
    editWithoutSaving(QStringLiteral("Water the plants"), QStringLiteral("Water the cactus"),
                      QStringLiteral("Only a little."));
    QVERIFY(revokeAppSessionByReuse());
    QTest::keyClick(m_gui->window.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->pageName(), QStringLiteral("signInPage"), 20000);
    QVERIFY(m_gui->find<QLabel>("signInDraftMessageLabel")->isVisible());

    // Someone else signs in at this window: alice's edit is not theirs to see.
    KIT_VERIFY(m_gui->signIn(bob));
    QCOMPARE(m_gui->find<QToolButton>("accountButton")->text(), bob.username);
    QTRY_VERIFY_WITH_TIMEOUT(!m_gui->context->taskModel()->isLoading(), 20000);
    QVERIFY(!editor()->hasTask());
    QVERIFY(!editor()->isDirty());
    QVERIFY(m_gui->find<QLabel>("taskEditorEmptyLabel")->isVisible());
    QVERIFY(!titleEdit()->isVisible());

    // And it is gone for good: alice signing in again later gets nothing back.
    KIT_VERIFY(m_gui->trigger("actionSignOut"));
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->pageName(), QStringLiteral("signInPage"), 20000);
    QVERIFY(!m_gui->find<QLabel>("signInDraftMessageLabel")->isVisible());
    KIT_VERIFY(m_gui->signInWithBrowser());
    QTRY_VERIFY_WITH_TIMEOUT(!m_gui->context->taskModel()->isLoading(), 20000);
    QVERIFY(!editor()->hasTask());
    QCOMPARE(m_gui->context->taskModel()->rowCount(), 1);
}

void tst_GuiSession::serverDyingDuringSaveKeepsTheEdit()
{
    KIT_VERIFY(m_gui->signInWithTasks({GuiSession::task(QStringLiteral("Water the plants"))}));
    editWithoutSaving(QStringLiteral("Water the plants"), QStringLiteral("Water the cactus"),
                      QStringLiteral("Only a little."));
    auto *saveButton = m_gui->find<QPushButton>("saveTaskButton");
    const auto *error = m_gui->find<QLabel>("taskErrorMessageLabel");
    QVERIFY(error && !error->isVisible());

    // The save reaches the server, which dies before it answers.
    QVERIFY(m_gui->freezeServer());
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_gui->requestWaitingAtServer(), 20000);
    m_gui->server->kill();

    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    const QString port = QString::number(m_gui->server->url().port());
    QVERIFY2(error->text().contains(port), qPrintable(error->text()));
    GuiSession::snap(QStringLiteral("24-server-died-during-save"), m_gui->window.get());
    // Nothing typed is lost, and it can be saved again once the server is back.
    QCOMPARE(m_gui->pageName(), QStringLiteral("tasksPage"));
    QVERIFY(editor()->isDirty());
    QCOMPARE(titleEdit()->text(), QStringLiteral("Water the cactus"));
    QCOMPARE(notesEdit()->toPlainText(), QStringLiteral("Only a little."));
    QTRY_VERIFY(saveButton->isEnabled());
    QTRY_VERIFY(!m_gui->find<QWidget>("taskLoadProgressBar")->isVisible());

    // With no server at all: the same, at once.
    KIT_VERIFY(m_gui->click("dismissTaskErrorButton"));
    QVERIFY(!error->isVisible());
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY2(error->text().contains(QStringLiteral("refused")), qPrintable(error->text()));
    QVERIFY(editor()->isDirty());
    QCOMPARE(titleEdit()->text(), QStringLiteral("Water the cactus"));
    QTRY_VERIFY(saveButton->isEnabled());
}

void tst_GuiSession::serverDyingDuringPageLoadOffersRetry()
{
    // More than one page (50), so the answer being lost is a real listing.
    QList<QJsonObject> tasks;
    for (int i = 1; i <= 60; ++i)
        tasks.append(GuiSession::task(QStringLiteral("Task %1").arg(i)));
    KIT_VERIFY(m_gui->signInWithTasks(tasks));
    TaskModel *model = m_gui->context->taskModel();
    auto *retry = m_gui->find<QPushButton>("retryLoadButton");
    const auto *message = m_gui->find<QLabel>("taskLoadErrorMessageLabel");
    QVERIFY(retry && message && !retry->isVisible());

    QVERIFY(m_gui->freezeServer());
    QTest::keyClick(m_gui->window.get(), Qt::Key_F5);
    QVERIFY(model->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(m_gui->requestWaitingAtServer(), 20000);
    m_gui->server->kill();

    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 20000);
    QVERIFY(!model->isLoading());
    QVERIFY(model->hasFailed());
    QVERIFY2(message->text().contains(QString::number(m_gui->server->url().port())),
             qPrintable(message->text()));
    GuiSession::snap(QStringLiteral("25-server-died-during-load"), m_gui->window.get());
    QCOMPARE(m_gui->pageName(), QStringLiteral("tasksPage"));

    // Retry asks again, and says again that it could not.
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible() && !model->isLoading(), 20000);
    QVERIFY2(message->text().contains(QStringLiteral("refused")), qPrintable(message->text()));
}

QTEST_MAIN(tst_GuiSession)
#include "tst_gui_session.moc"
