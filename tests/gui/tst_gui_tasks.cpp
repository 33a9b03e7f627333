// The tasks page against a real server: a save that meets a change made elsewhere (412) and
// each answer to the conflict dialog, switching rows with unsaved edits, delete with undo,
// done with Space, the server-side search, status filter and sort, and the settings dialog.
// Every outcome is checked on the server over HTTP, not only on screen.
//
// Set TASKLANE_SCREENSHOTS=<folder> to have the screens saved as PNG files on the way.
#include "AppContext.h"
#include "GuiTestCase.h"
#include "SessionManager.h"
#include "TaskEditor.h"
#include "TaskFilterProxy.h"
#include "TaskModel.h"
#include "TasksPage.h"
#include "TestServer.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>

class tst_GuiTasks : public GuiTestCase
{
    Q_OBJECT

private slots:
    void conflictOnSave_data();
    void conflictOnSave();
    void switchingRowsWithUnsavedEditsAsksFirst();
    void tickingTheTaskBeingEditedKeepsBothChanges();
    void tickAfterAChangeElsewhereStillLeadsToTheConflict();
    void deleteThenUndo();
    void spaceSearchFilterAndSortGoToTheServer();
    void settingsKeepBrowserCommandAndChangeServerSignsOut();
    void busyServerRetriesAreShownInTheStatusBar();

private:
    void retitle(const QString &title);

    // The tasks page is built at the first sign-in: these are there once signed in (which
    // GuiSession::signInWithBrowser() checks).
    QTableView *table() const { return m_gui->find<QTableView>("taskTable"); }
    TaskEditor *editor() const { return m_gui->find<TaskEditor>("taskEditor"); }
    QLineEdit *titleEdit() const { return m_gui->find<QLineEdit>("taskTitleEdit"); }
};

void tst_GuiTasks::retitle(const QString &title)
{
    titleEdit()->setFocus();
    titleEdit()->selectAll();
    QTest::keyClicks(titleEdit(), title);
    QVERIFY(editor()->isDirty());
}

void tst_GuiTasks::conflictOnSave_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("serverTitle");
    QTest::addColumn<QString>("editorTitle");
    QTest::addColumn<bool>("editorDirty");

    QTest::newRow("reload takes theirs")
        << QStringLiteral("conflictReloadButton") << QStringLiteral("Water the plants")
        << QStringLiteral("Water the plants") << false;
    QTest::newRow("overwrite keeps mine")
        << QStringLiteral("conflictOverwriteButton") << QStringLiteral("Water the cactus")
        << QStringLiteral("Water the cactus") << false;
    QTest::newRow("keep editing saves nothing")
        << QStringLiteral("conflictCancelButton") << QStringLiteral("Water the plants")
        << QStringLiteral("Water the cactus") << true;
}

void tst_GuiTasks::conflictOnSave()
{
    QFETCH(QString, button);
    QFETCH(QString, serverTitle);
    QFETCH(QString, editorTitle);
    QFETCH(bool, editorDirty);

    KIT_VERIFY(m_gui->signInWithTasks(
        {GuiSession::task(QStringLiteral("Water the plants"), QStringLiteral("open"), 2,
                          QStringLiteral("2030-05-10"), {QStringLiteral("home")}),
         GuiSession::task(QStringLiteral("File the tax return"), QStringLiteral("in_progress"), 1,
                          QStringLiteral("2030-04-30"), {QStringLiteral("admin")}),
         GuiSession::task(QStringLiteral("Call the bank"), QStringLiteral("done"), 3)}));
    KIT_VERIFY(m_gui->clickRow(QStringLiteral("Water the plants")));
    QTRY_COMPARE(editor()->baseTask().title, QStringLiteral("Water the plants"));
    const QString id = editor()->taskId();
    retitle(QStringLiteral("Water the cactus"));

    // Meanwhile, on another device.
    const auto elsewhere = m_gui->api("PATCH", QStringLiteral("/v1/tasks/") + id,
                                      {{QStringLiteral("notes"), QStringLiteral("Not the fern.")}});
    QCOMPARE(elsewhere.status, 200);
    // The app still holds the old version and the unsaved edit.
    QVERIFY2(elsewhere.json().value(QStringLiteral("version")).toInteger() >
                 editor()->baseTask().version,
             elsewhere.body.constData());
    QVERIFY(editor()->isDirty());

    QString conflictText;
    m_gui->modals().answer("conflictDialog", button, [&conflictText](QWidget *dialog) {
        conflictText = dialog->findChild<QLabel *>(QStringLiteral("conflictDetailsLabel"))->text();
        GuiSession::snap(QStringLiteral("08-conflict-dialog"), dialog);
    });
    KIT_VERIFY(m_gui->click("saveTaskButton"));
    QTRY_VERIFY_WITH_TIMEOUT(m_gui->answered(), 20000);
    // The dialog names what differs: the title (mine) and the notes (theirs).
    QVERIFY2(conflictText.contains(QStringLiteral("title")), qPrintable(conflictText));
    QVERIFY2(conflictText.contains(QStringLiteral("notes")), qPrintable(conflictText));

    QTRY_COMPARE_WITH_TIMEOUT(editor()->isDirty(), editorDirty, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(titleEdit()->text(), editorTitle, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->taskOnServer(id).value(QStringLiteral("title")).toString(),
                              serverTitle, 20000);
    if (button == QLatin1String("conflictReloadButton")) {
        QTRY_COMPARE(m_gui->find<QPlainTextEdit>("taskNotesEdit")->toPlainText(),
                     QStringLiteral("Not the fern."));
    }
    if (button == QLatin1String("conflictCancelButton")) {
        // Still based on the old version: saving again asks again instead of overwriting.
        m_gui->modals().answer("conflictDialog", "conflictCancelButton");
        KIT_VERIFY(m_gui->click("saveTaskButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_gui->answered(), 20000);
        QCOMPARE(m_gui->taskOnServer(id).value(QStringLiteral("title")).toString(), serverTitle);
        QVERIFY(editor()->isDirty());
    }
}

void tst_GuiTasks::switchingRowsWithUnsavedEditsAsksFirst()
{
    KIT_VERIFY(m_gui->signInWithTasks(
        {GuiSession::task(QStringLiteral("Alpha")), GuiSession::task(QStringLiteral("Beta"))}));
    KIT_VERIFY(m_gui->clickRow(QStringLiteral("Alpha")));
    QTRY_COMPARE(editor()->baseTask().title, QStringLiteral("Alpha"));
    const QString alphaId = editor()->taskId();
    retitle(QStringLiteral("Alpha edited"));

    // Cancel: still on Alpha, the edit still there.
    m_gui->modals().answer("unsavedChangesDialog", "unsavedCancelButton", [](QWidget *dialog) {
        GuiSession::snap(QStringLiteral("09-unsaved-changes"), dialog);
    });
    KIT_VERIFY(m_gui->clickRow(QStringLiteral("Beta")));
    QVERIFY(m_gui->answered());
    QCOMPARE(editor()->taskId(), alphaId);
    QCOMPARE(titleEdit()->text(), QStringLiteral("Alpha edited"));
    QVERIFY(editor()->isDirty());
    QCOMPARE(m_gui->window->tasksPage()->currentTask().id, alphaId);

    // Discard: Beta is shown, Alpha unchanged on the server.
    m_gui->modals().answer("unsavedChangesDialog", "unsavedDiscardButton");
    KIT_VERIFY(m_gui->clickRow(QStringLiteral("Beta")));
    QVERIFY(m_gui->answered());
    QCOMPARE(editor()->baseTask().title, QStringLiteral("Beta"));
    QVERIFY(!editor()->isDirty());
    QCOMPARE(m_gui->taskOnServer(alphaId).value(QStringLiteral("title")).toString(),
             QStringLiteral("Alpha"));

    // Save: the edit of Beta reaches the server although Alpha is shown next.
    const QString betaId = editor()->taskId();
    retitle(QStringLiteral("Beta edited"));
    m_gui->modals().answer("unsavedChangesDialog", "unsavedSaveButton");
    KIT_VERIFY(m_gui->clickRow(QStringLiteral("Alpha")));
    QVERIFY(m_gui->answered());
    QCOMPARE(editor()->taskId(), alphaId);
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->taskOnServer(betaId).value(QStringLiteral("title")).toString(),
                              QStringLiteral("Beta edited"), 20000);
    QTRY_VERIFY(m_gui->rowOfTitle(QStringLiteral("Beta edited")).isValid());
}

void tst_GuiTasks::tickingTheTaskBeingEditedKeepsBothChanges()
{
    KIT_VERIFY(m_gui->signInWithTasks({GuiSession::task(QStringLiteral("Water the plants"))}));
    KIT_VERIFY(m_gui->clickRow(QStringLiteral("Water the plants")));
    QTRY_COMPARE(editor()->baseTask().title, QStringLiteral("Water the plants"));
    const QString id = editor()->taskId();
    retitle(QStringLiteral("Water the cactus"));

    // Ticked off in the list while the title edit is unsaved: the tick is saved at once.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->taskOnServer(id).value(QStringLiteral("status")).toString(),
                              QStringLiteral("done"), 20000);
    QTRY_COMPARE(editor()->baseTask().status, TaskStatus::Done);
    // The editor follows the tick and keeps the typing.
    QVERIFY(editor()->isDirty());
    QCOMPARE(titleEdit()->text(), QStringLiteral("Water the cactus"));
    QCOMPARE(m_gui->find<QComboBox>("taskStatusCombo")->currentText(), tr("Done"));

    // Saving the title does not undo the tick.
    KIT_VERIFY(m_gui->click("saveTaskButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!editor()->isDirty(), 20000);
    const QJsonObject onServer = m_gui->taskOnServer(id);
    QCOMPARE(onServer.value(QStringLiteral("title")).toString(),
             QStringLiteral("Water the cactus"));
    QCOMPARE(onServer.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
}

void tst_GuiTasks::tickAfterAChangeElsewhereStillLeadsToTheConflict()
{
    KIT_VERIFY(m_gui->signInWithTasks({GuiSession::task(QStringLiteral("Water the plants"))}));
    KIT_VERIFY(m_gui->clickRow(QStringLiteral("Water the plants")));
    QTRY_COMPARE(editor()->baseTask().title, QStringLiteral("Water the plants"));
    const QString id = editor()->taskId();
    retitle(QStringLiteral("Water the cactus"));
    const auto elsewhere =
        m_gui->api("PATCH", QStringLiteral("/v1/tasks/") + id,
                   {{QStringLiteral("title"), QStringLiteral("Water the fern")}});
    QCOMPARE(elsewhere.status, 200);

    // The tick meets the change elsewhere (412), and goes through on top of it: the newest
    // version now holds their title, which the open edit changed too.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->taskOnServer(id).value(QStringLiteral("status")).toString(),
                              QStringLiteral("done"), 20000);
    QTRY_VERIFY(!m_gui->find<QWidget>("taskLoadProgressBar")->isVisible());

    // So saving the edit is still the user's decision, not a silent overwrite of their title.
    m_gui->modals().answer("conflictDialog", "conflictCancelButton");
    KIT_VERIFY(m_gui->click("saveTaskButton"));
    QTRY_VERIFY_WITH_TIMEOUT(m_gui->answered(), 20000);
    QCOMPARE(m_gui->taskOnServer(id).value(QStringLiteral("title")).toString(),
             QStringLiteral("Water the fern"));
    QVERIFY(editor()->isDirty());
}

void tst_GuiTasks::deleteThenUndo()
{
    KIT_VERIFY(m_gui->signInWithTasks({GuiSession::task(QStringLiteral("Keep me")),
                                       GuiSession::task(QStringLiteral("Delete me"))}));
    KIT_VERIFY(m_gui->clickRow(QStringLiteral("Delete me")));
    QTRY_COMPARE(editor()->baseTask().title, QStringLiteral("Delete me"));
    const QString id = editor()->taskId();
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Delete);
    QTRY_COMPARE(m_gui->context->taskModel()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->api("GET", QStringLiteral("/v1/tasks/") + id).status, 404,
                              20000);
    auto *undoButton = m_gui->find<QToolButton>("undoDeleteButton");
    QVERIFY(undoButton);
    QTRY_VERIFY(undoButton->isVisible());
    QTRY_VERIFY(m_gui->find<QAction>("actionUndoDelete")->isEnabled());

    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->context->taskModel()->rowCount(), 2, 20000);
    QTRY_VERIFY(m_gui->rowOfTitle(QStringLiteral("Delete me")).isValid());
    const auto listing = m_gui->api("GET", QStringLiteral("/v1/tasks"));
    QStringList titles;
    const QJsonArray items = listing.json().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &item : items)
        titles << item.toObject().value(QStringLiteral("title")).toString();
    QVERIFY2(titles.contains(QStringLiteral("Delete me")), qPrintable(titles.join(u',')));
}

void tst_GuiTasks::spaceSearchFilterAndSortGoToTheServer()
{
    KIT_VERIFY(m_gui->signInWithTasks(
        {GuiSession::task(QStringLiteral("Alpha report"), QStringLiteral("open"), 3),
         GuiSession::task(QStringLiteral("Beta groceries"), QStringLiteral("open"), 1),
         GuiSession::task(QStringLiteral("Gamma report"), QStringLiteral("in_progress"), 2)}));
    TaskModel *model = m_gui->context->taskModel();

    // Space on the list ticks the current task off, on the server.
    KIT_VERIFY(m_gui->clickRow(QStringLiteral("Beta groceries")));
    QTRY_COMPARE(editor()->baseTask().title, QStringLiteral("Beta groceries"));
    const QString betaId = editor()->taskId();
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_gui->taskOnServer(betaId).value(QStringLiteral("status")).toString(),
        QStringLiteral("done"), 20000);
    QTRY_COMPARE(
        m_gui->rowOfTitle(QStringLiteral("Beta groceries")).data(Qt::CheckStateRole).toInt(),
        int(Qt::Checked));

    // Enter goes to the editor's title.
    QTest::keyClick(table(), Qt::Key_Return);
    QTRY_VERIFY(titleEdit()->hasFocus());

    // Status filter: the server is asked for done tasks only.
    auto *statusCombo = m_gui->find<QComboBox>("statusFilterCombo");
    statusCombo->setCurrentIndex(statusCombo->findText(tr("Done")));
    QCOMPARE(model->query().statuses, QList<TaskStatus>{TaskStatus::Done});
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 1, 20000);
    QCOMPARE(model->taskAt(0).title, QStringLiteral("Beta groceries"));
    statusCombo->setCurrentIndex(statusCombo->findText(tr("All")));

    // Search: debounced, then sent as q.
    QTest::keyClick(m_gui->window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = m_gui->find<QLineEdit>("taskSearchEdit");
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("report"));
    QCOMPARE(model->query().text, QString()); // not yet: the typing is not over
    QTRY_COMPARE(model->query().text, QStringLiteral("report"));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 2, 20000);

    // Sort: the server's order, shown by the header.
    auto *sortCombo = m_gui->find<QComboBox>("sortCombo");
    sortCombo->setCurrentIndex(sortCombo->findText(tr("Priority")));
    QCOMPARE(model->query().sort, QStringLiteral("priority"));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 2, 20000);
    QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), int(TaskModel::Priority));
    QCOMPARE(table()->model()->index(0, TaskModel::Title).data().toString(),
             QStringLiteral("Gamma report"));

    // Nothing matches: the empty state says so.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zebra"));
    QTRY_VERIFY_WITH_TIMEOUT(m_gui->find<QLabel>("taskEmptyLabel")->isVisible(), 20000);
    QVERIFY(m_gui->find<QLabel>("taskEmptyLabel")->text().contains(tr("match")));
}

void tst_GuiTasks::settingsKeepBrowserCommandAndChangeServerSignsOut()
{
    KIT_VERIFY(m_gui->signInWithTasks(
        {GuiSession::task(QStringLiteral("Pay rent"), QStringLiteral("open"), 1,
                          QStringLiteral("2030-06-01"), {QStringLiteral("home")}),
         GuiSession::task(QStringLiteral("Renew passport"), QStringLiteral("in_progress"), 2,
                          QStringLiteral("2030-07-15"), {QStringLiteral("travel")}),
         GuiSession::task(QStringLiteral("Book dentist"), QStringLiteral("open"), 3, {},
                          {QStringLiteral("health")}),
         GuiSession::task(QStringLiteral("Return library books"), QStringLiteral("done"), 4)}));
    KIT_VERIFY(m_gui->clickRow(QStringLiteral("Renew passport")));
    QTRY_COMPARE(editor()->baseTask().title, QStringLiteral("Renew passport"));
    GuiSession::snap(QStringLiteral("04-tasks"), m_gui->window.get());

    QString serverShown;
    KIT_VERIFY(m_gui->openAndAnswer("settingsDialog", "settingsOkButton", [&](QWidget *dialog) {
        auto *server = m_gui->ui().findIn<QLineEdit>(dialog, "settingsServerEdit");
        serverShown = server->isReadOnly() ? server->text() : QString();
        KIT_VERIFY(
            m_gui->ui().type("browserCommandEdit", QStringLiteral("my-browser --new-window")));
        GuiSession::snap(QStringLiteral("07-settings"), dialog);
    }));
    QVERIFY2(serverShown.contains(QString::number(m_gui->server->url().port())),
             qPrintable(serverShown));
    QCOMPARE(m_gui->context->browserCommand(), QStringLiteral("my-browser --new-window"));

    // Change server: signs out, back to the welcome page, no silent sign-in next time.
    KIT_VERIFY(m_gui->openAndAnswer("settingsDialog", "changeServerSettingsButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->pageName(), QStringLiteral("welcomePage"), 20000);
    QVERIFY(m_gui->context->session()->state() != SessionManager::State::SignedIn);
    QVERIFY(m_gui->context->session()->accessToken().isEmpty());
    QVERIFY(m_gui->context->lastUsername().isEmpty());
    QCOMPARE(m_gui->context->taskModel()->rowCount(), 0);
    QVERIFY(!m_gui->find<QToolButton>("accountButton")->isVisible());
}

void tst_GuiTasks::busyServerRetriesAreShownInTheStatusBar()
{
    // A server that allows each access token only a few requests a minute.
    m_gui = std::make_unique<GuiSession>();
    KIT_VERIFY(m_gui->setUp({QStringLiteral("--rate-limit-credential"), QStringLiteral("3")}));
    KIT_VERIFY(m_gui->signInThroughUi());
    QTRY_VERIFY_WITH_TIMEOUT(!m_gui->context->taskModel()->isLoading(), 20000);
    auto *refresh = m_gui->find<QAction>("actionRefresh");
    QVERIFY(refresh && refresh->isEnabled());
    QStatusBar *statusBar = m_gui->window->statusBar();
    for (int i = 0; i < 3; ++i) {
        refresh->trigger();
        if (statusBar->currentMessage().startsWith(tr("Server busy")))
            break;
        QTRY_VERIFY_WITH_TIMEOUT(!m_gui->context->taskModel()->isLoading() ||
                                     statusBar->currentMessage().startsWith(tr("Server busy")),
                                 20000);
    }
    QTRY_VERIFY(statusBar->currentMessage().startsWith(tr("Server busy")));
    const QString message = statusBar->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("attempt 1")), qPrintable(message));
    QVERIFY2(message.contains(QRegularExpression(QStringLiteral("retrying in [1-9][0-9]* s"))),
             qPrintable(message));
    // Still loading: the retry is on its way, and the list shows it is busy.
    QVERIFY(m_gui->context->taskModel()->isLoading());
    QVERIFY(m_gui->find<QProgressBar>("taskLoadProgressBar")->isVisible());
    GuiSession::snap(QStringLiteral("10-server-busy"), m_gui->window.get());
}

QTEST_MAIN(tst_GuiTasks)
#include "tst_gui_tasks.moc"
