// Signing in through the real window against a real server: the welcome page connects, the
// sign-in page opens "the browser" (FormBrowser, which fills in the server's real HTML forms),
// the waiting page shows until the browser comes back, then the tasks page with the account in
// the status bar. Then a task is created with Ctrl+N, renamed in the editor and saved, and the
// server is asked over HTTP what it holds. Also: the server on this computer with its first
// account, refused and failing servers, and cancelling a sign-in.
//
// Set TASKLANE_SCREENSHOTS=<folder> to have the pages saved as PNG files on the way.
#include "AppContext.h"
#include "FormBrowser.h"
#include "GuiTestCase.h"
#include "LocalServer.h"
#include "MainWindow.h"
#include "SessionManager.h"
#include "TaskEditor.h"
#include "TaskModel.h"
#include "TestServer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

class tst_GuiSignIn : public GuiTestCase
{
    Q_OBJECT

private slots:
    void signInWithBrowserThenCreateAndEditTask();
    void insecureServerIsRefusedWithAClearError();
    void cancelWhileWaitingForBrowserReturnsToSignIn();
    void serverOnThisComputerStartsWithFirstAccount();
    void restartSignsInSilentlyUntilSignedOut();

private:
    // Connects through the welcome page; ends on the sign-in page.
    void connectThroughWelcomePage();
};

void tst_GuiSignIn::connectThroughWelcomePage()
{
    QCOMPARE(m_gui->pageName(), QStringLiteral("welcomePage"));
    GuiSession::snap(QStringLiteral("01-welcome"), m_gui->window.get());
    auto *urlEdit = m_gui->find<QLineEdit>("serverUrlEdit");
    auto *connectButton = m_gui->find<QPushButton>("connectServerButton");
    QVERIFY(urlEdit && connectButton);
    QVERIFY(!connectButton->isEnabled()); // nothing typed yet
    QTest::keyClicks(urlEdit, m_gui->server->baseUrl());
    QVERIFY(connectButton->isEnabled());
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->pageName(), QStringLiteral("signInPage"), 20000);
    const auto *serverLabel = m_gui->find<QLabel>("signInServerLabel");
    QVERIFY(serverLabel);
    QVERIFY2(serverLabel->text().contains(m_gui->server->url().host()),
             qPrintable(serverLabel->text()));
}

void tst_GuiSignIn::signInWithBrowserThenCreateAndEditTask()
{
    connectThroughWelcomePage();
    GuiSession::snap(QStringLiteral("02-sign-in"), m_gui->window.get());

    // "The browser" is held until the waiting page has been seen, then let go.
    FormBrowser browser(GuiSession::Username, GuiSession::Password);
    const auto browserLauncher = browser.launcher();
    QUrl openedLink;
    m_gui->context->session()->oauth()->setBrowserLauncher([&openedLink](const QUrl &url) {
        openedLink = url;
        return true;
    });

    auto *signInButton = m_gui->find<QPushButton>("signInBrowserButton");
    QVERIFY(signInButton);
    QTest::mouseClick(signInButton, Qt::LeftButton);
    QTRY_COMPARE(m_gui->pageName(), QStringLiteral("waitingForBrowserPage"));
    QTRY_VERIFY(openedLink.isValid());
    QCOMPARE(openedLink.path(), QStringLiteral("/oauth2/authorize"));
    GuiSession::snap(QStringLiteral("03-waiting-for-browser"), m_gui->window.get());

    // The link can be copied for a browser that did not open by itself.
    auto *copyButton = m_gui->find<QPushButton>("copySignInLinkButton");
    QVERIFY(copyButton);
    QTest::mouseClick(copyButton, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), openedLink.toString(QUrl::FullyEncoded));
    QCOMPARE(m_gui->find<QLabel>("signInLinkCopiedLabel")->text(), tr("Copied"));

    QVERIFY(browserLauncher(openedLink));
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->pageName(), QStringLiteral("tasksPage"), GuiSession::SlowMs);
    QVERIFY2(browser.lastError.isEmpty(), qPrintable(browser.lastError));

    // The account and the server in the status bar.
    const auto *accountButton = m_gui->find<QToolButton>("accountButton");
    QVERIFY(accountButton);
    QVERIFY(accountButton->isVisible());
    QCOMPARE(accountButton->text(), GuiSession::Username);
    const auto *serverLabel = m_gui->find<QLabel>("serverLabel");
    QVERIFY(serverLabel && serverLabel->isVisible());
    QVERIFY2(serverLabel->text().contains(QString::number(m_gui->server->url().port())),
             qPrintable(serverLabel->text()));

    // The first listing arrives (empty), and says so.
    TaskModel *model = m_gui->context->taskModel();
    QTRY_VERIFY(!model->isLoading());
    const auto *emptyLabel = m_gui->find<QLabel>("taskEmptyLabel");
    QVERIFY(emptyLabel);
    QTRY_VERIFY(emptyLabel->isVisible());

    // Ctrl+N creates "New task" and puts the cursor into its title.
    auto *table = m_gui->find<QTableView>("taskTable");
    QVERIFY(table);
    QTest::keyClick(m_gui->window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *titleEdit = m_gui->find<QLineEdit>("taskTitleEdit");
    QVERIFY(titleEdit);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 20000);
    QTRY_COMPARE(titleEdit->text(), tr("New task"));
    QTRY_VERIFY(titleEdit->hasFocus());
    QCOMPARE(titleEdit->selectedText(), tr("New task"));
    QVERIFY(table->isVisible());

    // Rename and save; the save button only works with something to save.
    auto *saveButton = m_gui->find<QPushButton>("saveTaskButton");
    QVERIFY(saveButton);
    QVERIFY(!saveButton->isEnabled());
    QTest::keyClicks(titleEdit, QStringLiteral("Buy milk"));
    auto *editor = m_gui->find<TaskEditor>("taskEditor");
    QVERIFY(editor && editor->isDirty());
    QVERIFY(saveButton->isEnabled());
    const qint64 versionBefore = editor->baseTask().version;
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isDirty() && editor->baseTask().version > versionBefore,
                             20000);
    QCOMPARE(editor->baseTask().title, QStringLiteral("Buy milk"));
    QCOMPARE(model->taskAt(0).title, QStringLiteral("Buy milk"));

    // What the server holds, asked by a separate client.
    const auto listing = m_gui->api("GET", QStringLiteral("/v1/tasks"));
    QCOMPARE(listing.status, 200);
    const QJsonArray items = listing.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Buy milk"));
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("id")).toString(), editor->taskId());

    // Remembered for the next start: the server and the account, nothing secret.
    QSettings settings(m_gui->home->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const QString group = AppContext::settingsGroupOf(QStringLiteral("gui-test"));
    QCOMPARE(settings.value(group + QStringLiteral("/username")).toString(), GuiSession::Username);
    QCOMPARE(QUrl(settings.value(group + QStringLiteral("/serverUrl")).toString()).port(),
             m_gui->server->url().port());
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys)
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("tla_")), qPrintable(key));
}

void tst_GuiSignIn::insecureServerIsRefusedWithAClearError()
{
    QCOMPARE(m_gui->pageName(), QStringLiteral("welcomePage"));
    auto *urlEdit = m_gui->find<QLineEdit>("serverUrlEdit");
    QVERIFY(urlEdit);
    QTest::keyClicks(urlEdit, QStringLiteral("http://tasks.example.org"));
    QTest::keyClick(urlEdit, Qt::Key_Return);
    const auto *message = m_gui->find<QLabel>("welcomeErrorMessageLabel");
    QVERIFY(message);
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("https")), qPrintable(message->text()));
    QVERIFY(message->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QVERIFY(message->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
    QCOMPARE(m_gui->pageName(), QStringLiteral("welcomePage"));

    // A real server's error carries its request id, selectable and copyable.
    urlEdit->clear();
    QTest::keyClicks(urlEdit, m_gui->server->baseUrl() + QStringLiteral("/no-such-place"));
    KIT_VERIFY(m_gui->click("connectServerButton"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() &&
                                 message->text().contains(QStringLiteral("Request id: req-")),
                             20000);
    auto *copyButton = m_gui->find<QPushButton>("welcomeErrorCopyButton");
    QVERIFY(copyButton && copyButton->isVisible());
    QTest::mouseClick(copyButton, Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("Request id: req-")));
    GuiSession::snap(QStringLiteral("05-error-with-request-id"), m_gui->window.get());
}

void tst_GuiSignIn::cancelWhileWaitingForBrowserReturnsToSignIn()
{
    connectThroughWelcomePage();
    int opened = 0;
    m_gui->context->session()->oauth()->setBrowserLauncher([&opened](const QUrl &) {
        ++opened; // a browser that never comes back
        return true;
    });
    KIT_VERIFY(m_gui->click("signInBrowserButton"));
    QTRY_COMPARE(m_gui->pageName(), QStringLiteral("waitingForBrowserPage"));
    QCOMPARE(opened, 1);
    KIT_VERIFY(m_gui->click("cancelSignInButton"));
    QTRY_COMPARE(m_gui->pageName(), QStringLiteral("signInPage"));
    QVERIFY(m_gui->find<QPushButton>("signInBrowserButton")->isEnabled());
    QVERIFY(!m_gui->find<QWidget>("signInPanel")->isVisible());

    // The cancelled attempt leaves nothing behind: the next one goes through.
    KIT_VERIFY(m_gui->signIn(m_gui->user()));
    QVERIFY2(m_gui->appSignIn().browser()->lastError.isEmpty(),
             qPrintable(m_gui->appSignIn().browser()->lastError));
    QCOMPARE(opened, 1);
}

void tst_GuiSignIn::serverOnThisComputerStartsWithFirstAccount()
{
    QCOMPARE(m_gui->pageName(), QStringLiteral("welcomePage"));
    KIT_VERIFY(m_gui->click("useLocalServerButton"));
    // A new server has no account: the form for the first one.
    auto *username = m_gui->find<QLineEdit>("firstAccountUsernameEdit");
    QVERIFY(username);
    QTRY_VERIFY_WITH_TIMEOUT(username->isVisible(), 20000);
    QVERIFY(m_gui->context->localServer()->isRunning());
    QTest::keyClicks(username, QStringLiteral("admin"));
    QTest::keyClicks(m_gui->find<QLineEdit>("firstAccountEmailEdit"),
                     QStringLiteral("admin@example.org"));
    QTest::keyClicks(m_gui->find<QLineEdit>("firstAccountPasswordEdit"),
                     QStringLiteral("local password"));
    QTest::keyClicks(m_gui->find<QLineEdit>("firstAccountConfirmEdit"),
                     QStringLiteral("local passwort"));
    auto *createButton = m_gui->find<QPushButton>("createFirstAccountButton");
    QVERIFY(createButton->isEnabled());
    GuiSession::snap(QStringLiteral("06-first-account"), m_gui->window.get());

    // A typo in the confirmation is caught before the server is asked.
    QTest::mouseClick(createButton, Qt::LeftButton);
    const auto *message = m_gui->find<QLabel>("welcomeErrorMessageLabel");
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(m_gui->pageName(), QStringLiteral("welcomePage"));
    auto *confirm = m_gui->find<QLineEdit>("firstAccountConfirmEdit");
    QVERIFY(confirm->hasFocus());
    confirm->clear();
    QTest::keyClicks(confirm, QStringLiteral("local password"));
    QTest::mouseClick(createButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->pageName(), QStringLiteral("signInPage"), GuiSession::SlowMs);

    // The account exists on that server (an administrator) and can sign in through the browser.
    KIT_VERIFY(m_gui->signIn(TestUser(QStringLiteral("admin"), QStringLiteral("local password"))));
    QVERIFY2(m_gui->appSignIn().browser()->lastError.isEmpty(),
             qPrintable(m_gui->appSignIn().browser()->lastError));
    QCOMPARE(m_gui->context->session()->account().username, QStringLiteral("admin"));
    QVERIFY(m_gui->context->session()->account().isAdmin);
    QVERIFY(m_gui->context->serverIsLocal());
    QVERIFY(m_gui->find<QLabel>("serverLabel")->text().contains(tr("this computer")));
}

void tst_GuiSignIn::restartSignsInSilentlyUntilSignedOut()
{
    KIT_VERIFY(m_gui->signInThroughUi());
    QVERIFY(
        !m_gui->createTaskOverHttp({{QStringLiteral("title"), QStringLiteral("Survives restarts")}})
             .isEmpty());

    // Next start: the refresh token from the keychain signs in without the browser.
    int browserOpened = 0;
    KIT_VERIFY(m_gui->restart());
    m_gui->context->session()->oauth()->setBrowserLauncher([&browserOpened](const QUrl &) {
        ++browserOpened;
        return false;
    });
    QCOMPARE(m_gui->pageName(), QStringLiteral("busyPage"));
    QVERIFY(m_gui->find<QLabel>("busyLabel")->text().contains(GuiSession::Username));
    GuiSession::snap(QStringLiteral("11-signing-in"), m_gui->window.get());
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->pageName(), QStringLiteral("tasksPage"), GuiSession::SlowMs);
    QCOMPARE(browserOpened, 0);
    QCOMPARE(m_gui->find<QToolButton>("accountButton")->text(), GuiSession::Username);
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->context->taskModel()->rowCount(), 1, 20000);

    // Signed out on purpose: the sign-in page, and the next start does not sign in by itself.
    KIT_VERIFY(m_gui->trigger("actionSignOut"));
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->pageName(), QStringLiteral("signInPage"), 20000);
    QCOMPARE(m_gui->context->taskModel()->rowCount(), 0);
    QVERIFY(!m_gui->find<QToolButton>("accountButton")->isVisible());
    KIT_VERIFY(m_gui->restart());
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->pageName(), QStringLiteral("signInPage"), 20000);
    QVERIFY(m_gui->find<QLabel>("signInServerLabel")
                ->text()
                .contains(QString::number(m_gui->server->url().port())));
}

QTEST_MAIN(tst_GuiSignIn)
#include "tst_gui_signin.moc"
