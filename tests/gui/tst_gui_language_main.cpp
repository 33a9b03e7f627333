// Switching the language while the app runs (issue 13): the main window, the tasks page, sign-in
// and Settings retranslate at once (QEvent::LanguageChange), and keep what the user typed and
// chose. Each test puts a screen in a state with data, installs the pseudo-locale at run time
// (every tr() text comes back bracketed, so an unbracketed text is one that did not follow),
// checks, and installs English again. The last one switches through Settings itself, to German.
// With TASKLANE_SCREENSHOTS=<folder> the pseudo screens are saved there.
#include "AppContext.h"
#include "GuiTestCase.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "TaskEditor.h"
#include "TaskModel.h"
#include "Translations.h"
#include "VisibleTexts.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QTableView>
#include <QTest>

class tst_GuiLanguageMain : public GuiTestCase
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        m_translations.remove();
        GuiTestCase::cleanup();
    }

    void welcomePageFollowsTheLanguage();
    void signInPageFollowsTheLanguage();
    void tasksPageFollowsTheLanguageAndKeepsTheEdit();
    void openSettingsFollowTheLanguage();
    void settingsSwitchTheLanguageAtOnce();
    void openConflictDialogFollowsTheLanguage();

private:
    // The texts of `window` that are not pseudo-translated, `allowed` being data.
    static QString untranslated(QWidget *window, const QStringList &allowed = {})
    {
        return VisibleTexts::notPseudo(window, allowed).join(QStringLiteral("\n  "));
    }
    // Installs `language` as Settings would and delivers the LanguageChange events: Qt posts
    // one to every top-level window when a translator comes or goes.
    void switchTo(const QString &language)
    {
        QCOMPARE(m_translations.install(language), language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        // Then the layouts the new texts asked for, so screenshots show the settled screen.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    QMenuBar *menuBar() const { return m_gui->window->menuBar(); }

    Translations m_translations;
};

void tst_GuiLanguageMain::welcomePageFollowsTheLanguage()
{
    QCOMPARE(m_gui->pageName(), QStringLiteral("welcomePage"));
    auto *url = m_gui->find<QLineEdit>("serverUrlEdit");
    KIT_VERIFY(url);
    url->clear();
    QTest::keyClicks(url, QStringLiteral("tasks.example.net"));

    switchTo(Translations::Pseudo);
    QWidget *window = m_gui->window.get();
    Screenshots::snap(QStringLiteral("language-pseudo-welcome"), window);
    const QString texts = untranslated(window);
    QVERIFY2(texts.isEmpty(),
             qPrintable(QStringLiteral("not retranslated on welcome:\n  ") + texts));
    QCOMPARE(url->text(), QStringLiteral("tasks.example.net"));

    switchTo(Translations::English);
    QCOMPARE(m_gui->find<QAbstractButton>("connectServerButton")->text(),
             QStringLiteral("C&onnect"));
    QCOMPARE(url->text(), QStringLiteral("tasks.example.net"));
}

void tst_GuiLanguageMain::signInPageFollowsTheLanguage()
{
    KIT_VERIFY(m_gui->connectToServer());
    QCOMPARE(m_gui->pageName(), QStringLiteral("signInPage"));
    auto *token = m_gui->find<QLineEdit>("accessTokenEdit");
    KIT_VERIFY(token);
    QTest::keyClicks(token, QStringLiteral("tlp_typed"));

    switchTo(Translations::Pseudo);
    QWidget *window = m_gui->window.get();
    Screenshots::snap(QStringLiteral("language-pseudo-signin"), window);
    const QString texts = untranslated(window);
    QVERIFY2(texts.isEmpty(),
             qPrintable(QStringLiteral("not retranslated on sign-in:\n  ") + texts));
    // The server line says where, in the new language.
    auto *server = m_gui->find<QLabel>("signInServerLabel");
    KIT_VERIFY(server);
    QVERIFY2(server->text().startsWith(u'['), qPrintable(server->text()));
    QCOMPARE(token->text(), QStringLiteral("tlp_typed"));
    QVERIFY(m_gui->find<QAbstractButton>("tokenSignInButton")->isEnabled());

    switchTo(Translations::English);
    QCOMPARE(m_gui->find<QAbstractButton>("signInBrowserButton")->text(),
             QStringLiteral("Sign in with your &browser"));
    QVERIFY(server->text().startsWith(QStringLiteral("Server: ")));
    QCOMPARE(menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(token->text(), QStringLiteral("tlp_typed"));
}

void tst_GuiLanguageMain::tasksPageFollowsTheLanguageAndKeepsTheEdit()
{
    KIT_VERIFY(m_gui->signInWithTasks(
        {GuiSession::task(QStringLiteral("Water the plants"), QStringLiteral("open"), 2,
                          QStringLiteral("2030-05-10"), {QStringLiteral("home")}),
         GuiSession::task(QStringLiteral("Call the bank"), QStringLiteral("in_progress"), 3)}));
    auto *status = m_gui->find<QComboBox>("statusFilterCombo");
    auto *sort = m_gui->find<QComboBox>("sortCombo");
    auto *table = m_gui->find<QTableView>("taskTable");
    auto *editor = m_gui->find<TaskEditor>("taskEditor");
    auto *title = m_gui->find<QLineEdit>("taskTitleEdit");
    KIT_VERIFY(status && sort && table && editor && title);
    sort->setCurrentIndex(2); // Priority
    QTRY_VERIFY(m_gui->rowOfTitle(QStringLiteral("Water the plants")).isValid());
    KIT_VERIFY(m_gui->clickRow(QStringLiteral("Water the plants")));
    QTRY_COMPARE(editor->baseTask().title, QStringLiteral("Water the plants"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Water the cactus"));
    QVERIFY(editor->isDirty());
    const int currentRow = table->currentIndex().row();

    switchTo(Translations::Pseudo);
    QWidget *window = m_gui->window.get();
    Screenshots::snap(QStringLiteral("language-pseudo-tasks"), window);
    // Data, not the app's texts: the account button shows alice's name; the tasks' titles and
    // labels are in the table (not listed) and the editor's fields (not listed either).
    const QString texts = untranslated(window, {m_gui->user().username});
    QVERIFY2(texts.isEmpty(),
             qPrintable(QStringLiteral("not retranslated on the tasks page:\n  ") + texts));
    // The model's texts: the headers, asked again.
    const QString header =
        table->model()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString();
    QVERIFY2(header.startsWith(u'['), qPrintable(header));
    QVERIFY2(table->horizontalHeader()->isVisible(), "header hidden");
    // Status and priority names, which the model translates once (TaskModel::retranslate).
    const QModelIndex statusCell = table->model()->index(currentRow, TaskModel::Status);
    const QString statusText = statusCell.data(Qt::DisplayRole).toString();
    QVERIFY2(statusText.startsWith(u'['), qPrintable(statusText));
    const QString priorityText =
        statusCell.siblingAtColumn(TaskModel::Priority).data(Qt::DisplayRole).toString();
    QVERIFY2(priorityText.startsWith(u'['), qPrintable(priorityText));
    // Nothing lost: the edit, its dirty state, the selection, the sort choice.
    QCOMPARE(title->text(), QStringLiteral("Water the cactus"));
    QVERIFY(editor->isDirty());
    QCOMPARE(table->currentIndex().row(), currentRow);
    QCOMPARE(sort->currentIndex(), 2);
    QVERIFY(sort->currentText().startsWith(u'['));
    QCOMPARE(status->currentData().toInt(), -1);
    auto *info = m_gui->find<QLabel>("taskInfoLabel");
    QVERIFY2(info->text().startsWith(u'['), qPrintable(info->text()));

    switchTo(Translations::English);
    QCOMPARE(sort->currentText(), QStringLiteral("Priority"));
    QCOMPARE(table->model()->index(currentRow, TaskModel::Status).data().toString(),
             QStringLiteral("Open"));
    QCOMPARE(info->text(), QStringLiteral("Unsaved changes"));
    QCOMPARE(m_gui->find<QAbstractButton>("saveTaskButton")->text(), QStringLiteral("&Save"));
    QCOMPARE(menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(title->text(), QStringLiteral("Water the cactus"));
    QVERIFY(editor->isDirty());
}

void tst_GuiLanguageMain::openSettingsFollowTheLanguage()
{
    KIT_VERIFY(m_gui->signIn(m_gui->user()));
    QStringList texts;
    QString browser;
    int language = -1;
    KIT_VERIFY(m_gui->openAndAnswer("settingsDialog", "settingsCancelButton", [&](QWidget *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("browserCommandEdit"));
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(edit && combo);
        QTest::keyClicks(edit, QStringLiteral("firefox --private-window"));
        combo->setCurrentIndex(3); // not accepted: Cancel
        // The dialog is open while the language changes.
        switchTo(Translations::Pseudo);
        Screenshots::snap(QStringLiteral("language-pseudo-settings"), dialog);
        // The language list names each language in its own words, not through tr(); the
        // server's address is data.
        texts = VisibleTexts::notPseudo(
            dialog, {QStringLiteral("English"), QStringLiteral("Deutsch"),
                     QStringLiteral("Fran\u00e7ais"), QStringLiteral("Espa\u00f1ol")});
        browser = edit->text();
        language = combo->currentIndex();
        QVERIFY(combo->itemText(0).startsWith(u'['));
        switchTo(Translations::English);
        QCOMPARE(combo->itemText(0), QStringLiteral("System"));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Settings"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("languageHintLabel"))->text(),
                 QStringLiteral("A new language takes effect at once."));
    }));
    QVERIFY2(texts.isEmpty(), qPrintable(QStringLiteral("not retranslated in Settings:\n  ") +
                                         texts.join(QStringLiteral("\n  "))));
    QCOMPARE(browser, QStringLiteral("firefox --private-window"));
    QCOMPARE(language, 3);
}

void tst_GuiLanguageMain::settingsSwitchTheLanguageAtOnce()
{
    KIT_VERIFY(m_gui->signInWithTasks({GuiSession::task(QStringLiteral("Water the plants"))}));
    const auto choose = [this](const QString &language) {
        return m_gui->openAndAnswer("settingsDialog", "settingsOkButton", [&](QWidget *dialog) {
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
            QVERIFY(combo);
            combo->setCurrentIndex(combo->findData(language));
        });
    };
    KIT_VERIFY(choose(QStringLiteral("de")));
    QCOMPARE(m_gui->context->language(), QStringLiteral("de"));
    // At once, in the main window and on the tasks page (translations/tasklane_de.ts).
    QTRY_COMPARE(menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    Screenshots::snap(QStringLiteral("language-de-tasks"), m_gui->window.get());
    QCOMPARE(m_gui->find<QAbstractButton>("saveTaskButton")->text(), QStringLiteral("&Speichern"));
    QCOMPARE(m_gui->find<QComboBox>("statusFilterCombo")->itemText(0), QStringLiteral("Alle"));

    KIT_VERIFY(choose(QStringLiteral("en")));
    QTRY_COMPARE(menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(m_gui->find<QAbstractButton>("saveTaskButton")->text(), QStringLiteral("&Save"));
    QCOMPARE(m_gui->find<QComboBox>("statusFilterCombo")->itemText(0), QStringLiteral("All"));
}

void tst_GuiLanguageMain::openConflictDialogFollowsTheLanguage()
{
    KIT_VERIFY(m_gui->signInWithTasks({GuiSession::task(QStringLiteral("Water the plants"))}));
    auto *editor = m_gui->find<TaskEditor>("taskEditor");
    auto *title = m_gui->find<QLineEdit>("taskTitleEdit");
    KIT_VERIFY(editor && title);
    KIT_VERIFY(m_gui->clickRow(QStringLiteral("Water the plants")));
    QTRY_COMPARE(editor->baseTask().title, QStringLiteral("Water the plants"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Water the cactus"));
    const auto elsewhere = m_gui->api("PATCH", QStringLiteral("/v1/tasks/") + editor->taskId(),
                                      {{QStringLiteral("notes"), QStringLiteral("Not the fern.")}});
    QCOMPARE(elsewhere.status, 200);

    QStringList texts;
    QString details;
    QString englishDetails;
    m_gui->modals().answer("conflictDialog", "conflictCancelButton", [&](QWidget *dialog) {
        switchTo(Translations::Pseudo);
        Screenshots::snap(QStringLiteral("language-pseudo-conflict"), dialog);
        texts = VisibleTexts::notPseudo(dialog);
        details = dialog->findChild<QLabel *>(QStringLiteral("conflictDetailsLabel"))->text();
        switchTo(Translations::English);
        englishDetails =
            dialog->findChild<QLabel *>(QStringLiteral("conflictDetailsLabel"))->text();
    });
    KIT_VERIFY(m_gui->click("saveTaskButton"));
    QTRY_VERIFY_WITH_TIMEOUT(m_gui->answered(), 20000);
    QVERIFY2(texts.isEmpty(), qPrintable(QStringLiteral("not retranslated in the conflict:\n  ") +
                                         texts.join(QStringLiteral("\n  "))));
    QVERIFY2(details.startsWith(u'['), qPrintable(details));
    QVERIFY2(englishDetails.startsWith(QStringLiteral("Different in the two versions")),
             qPrintable(englishDetails));
    // Keep editing: the edit is still there.
    QCOMPARE(title->text(), QStringLiteral("Water the cactus"));
    QVERIFY(editor->isDirty());
}

QTEST_MAIN(tst_GuiLanguageMain)
#include "tst_gui_language_main.moc"
