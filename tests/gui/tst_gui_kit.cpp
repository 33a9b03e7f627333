// The GUI scripting kit's own promises, against the real app and server: a missing widget is
// named in the failure with what was searched and what is close; a disabled button or action is
// refused with the reason; a modal dialog nobody answers, or one without the expected button, is
// closed instead of hanging the script; every screen opens by name; TOTP codes are never
// replayed and the kit waits for the clock when it must; a failing script leaves screenshots in
// gui-failures/ (this program runs itself again, failing on purpose); docs/qa.md quotes
// tst_gui_example.cpp exactly and lists every objectName met on the screens.
#include "AccountSecurityDialog.h"
#include "BackupCodesDialog.h"
#include "GuiTestCase.h"
#include "OAuthTestClient.h"
#include "TwoFactorTab.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString SourceDir = QStringLiteral(TASKLANE_SOURCE_DIR);

QString readSource(const QString &relativePath)
{
    QFile file(SourceDir + QLatin1Char('/') + relativePath);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The objectNames under `root` that are the app's. Qt names some of its own parts too: they start
// with qt_ or _, and a tab bar's scroll buttons are ScrollLeftButton and ScrollRightButton.
void collectNames(const QObject *root, QSet<QString> &names)
{
    const QString name = root->objectName();
    const bool qtsOwn = name.startsWith(QLatin1String("qt_")) ||
                        name.startsWith(QLatin1Char('_')) ||
                        qobject_cast<const QTabBar *>(root->parent());
    if (!name.isEmpty() && !qtsOwn)
        names.insert(name);
    for (const QObject *child : root->children())
        collectNames(child, names);
}

} // namespace

class tst_GuiKit : public GuiTestCase
{
    Q_OBJECT

private slots:
    void findSaysWhatIsMissingAndWhatIsClose();
    void disabledButtonsAndActionsAreRefusedWithTheReason();
    void unansweredModalDialogIsClosedNotHung();
    void missingButtonInAModalDialogIsNamed();
    void everyScreenOpensByName();
    void unknownAndModalScreensAreExplained();
    void freshTotpCodesAreNeverReplayed();
    void usersOfEveryKindSignIn();
    void failingScriptLeavesScreenshots();
    void qaDocQuotesTheExampleExactly();
    void qaDocNamesEveryObjectOnTheScreens();
};

void tst_GuiKit::findSaysWhatIsMissingAndWhatIsClose()
{
    Ui &ui = m_gui->ui();
    QVERIFY(ui.find<QPushButton>("connectServerButton"));

    // A typo: nothing found, the near miss and the place searched are named.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^kit: no QPushButton")));
    QVERIFY(!ui.find<QPushButton>("conectServerButton"));
    const QString typo = KitProblem::last();
    QVERIFY2(typo.startsWith(QStringLiteral("no QPushButton called \"conectServerButton\"")),
             qPrintable(typo));
    QVERIFY2(typo.contains(QStringLiteral("similar names: ")) &&
                 typo.contains(QStringLiteral("connectServerButton (QPushButton)")),
             qPrintable(typo));
    QVERIFY2(typo.contains(QStringLiteral("mainWindow (showing welcomePage)")), qPrintable(typo));

    // The right name with the wrong type: what it is instead.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^kit: no QPushButton")));
    QVERIFY(!ui.find<QPushButton>("serverUrlEdit"));
    QVERIFY2(KitProblem::last().contains(
                 QStringLiteral("with that name there is: serverUrlEdit (QLineEdit)")),
             qPrintable(KitProblem::last()));

    // Checking for absence says nothing.
    KitProblem::clear();
    QVERIFY(!ui.exists("taskTable")); // built at the first sign-in
    QVERIFY(ui.exists("serverUrlEdit"));
    QCOMPARE(KitProblem::last(), QStringLiteral("(the kit reported no problem)"));
}

void tst_GuiKit::disabledButtonsAndActionsAreRefusedWithTheReason()
{
    Ui &ui = m_gui->ui();
    // Nothing typed yet: Connect is off.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot be clicked")));
    QVERIFY(!ui.click("connectServerButton"));
    QVERIFY2(KitProblem::last().contains(QStringLiteral("\"connectServerButton\" cannot be "
                                                        "clicked: it is disabled")),
             qPrintable(KitProblem::last()));
    // Nobody signed in: Account security is off, and its tooltip says why.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is disabled")));
    QVERIFY(!ui.trigger("actionSecuritySettings"));
    QVERIFY2(KitProblem::last().contains(QStringLiteral("Sign in")),
             qPrintable(KitProblem::last()));

    // Typed, it works.
    KIT_VERIFY(ui.type("serverUrlEdit", m_gui->server->baseUrl()));
    QCOMPARE(ui.find<QLineEdit>("serverUrlEdit")->text(), m_gui->server->baseUrl());
    KIT_VERIFY(ui.click("connectServerButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->pageName(), QStringLiteral("signInPage"), GuiSession::SlowMs);
}

void tst_GuiKit::unansweredModalDialogIsClosedNotHung()
{
    KIT_VERIFY(m_gui->signIn(m_gui->user()));
    ModalAnswerer &modals = m_gui->modals();
    modals.setGiveUpMs(300);
    modals.answer("conflictDialog", "conflictReloadButton"); // expected, but Settings comes
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("stayed open")));
    KIT_VERIFY(m_gui->trigger("actionSettings")); // returns once the dialog is closed
    QVERIFY(!modals.finished());
    QVERIFY2(modals.problem().startsWith(
                 QStringLiteral("settingsDialog stayed open for 300 ms while waiting for "
                                "conflictDialog")),
             qPrintable(modals.problem()));
    QVERIFY(!QApplication::activeModalWidget());
}

void tst_GuiKit::missingButtonInAModalDialogIsNamed()
{
    KIT_VERIFY(m_gui->signIn(m_gui->user()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("has no button")));
    QVERIFY(!m_gui->openAndAnswer("settingsDialog", "settingsOkayButton"));
    const QString problem = m_gui->modals().problem();
    QVERIFY2(problem.startsWith(QStringLiteral("answering settingsDialog: settingsDialog has no "
                                               "button settingsOkayButton; its buttons: ")),
             qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("settingsOkButton")), qPrintable(problem));
    QVERIFY(!QApplication::activeModalWidget());

    // The right button: answered, and the inspect callback saw the dialog first.
    QString server;
    KIT_VERIFY(m_gui->openAndAnswer("settingsDialog", "settingsOkButton", [&](QWidget *dialog) {
        server = dialog->findChild<QLineEdit *>(QStringLiteral("settingsServerEdit"))->text();
    }));
    QVERIFY2(server.contains(QString::number(m_gui->server->url().port())), qPrintable(server));
}

void tst_GuiKit::everyScreenOpensByName()
{
    KIT_VERIFY(m_gui->signIn(m_gui->user()));
    const QStringList off = {
        QStringLiteral("tasksPage"),         QStringLiteral("accountSecurityDialog"),
        QStringLiteral("twoFactorTab"),      QStringLiteral("passwordTab"),
        QStringLiteral("personalTokensTab"), QStringLiteral("sessionsTab"),
        QStringLiteral("securityLogTab")};
    for (const QString &name : off) {
        QWidget *screen = m_gui->open(name);
        KIT_VERIFY(screen);
        QCOMPARE(screen->objectName(), name);
        QVERIFY2(screen->isVisible(), qPrintable(name));
    }
    auto *dialog = m_gui->find<AccountSecurityDialog>("accountSecurityDialog");
    QCOMPARE(dialog->tabs()->currentWidget()->objectName(), QStringLiteral("securityLogTab"));

    // With two-factor authentication off: the wizard, on its first page with the key.
    auto *wizard = m_gui->open("twoFactorSetupWizard");
    KIT_VERIFY(wizard);
    QCOMPARE(wizard->objectName(), QStringLiteral("twoFactorSetupWizard"));
    QVERIFY(!m_gui->ui().findIn<QLabel>(wizard, "twoFactorKeyLabel")->text().isEmpty());
    KIT_VERIFY(m_gui->click("twoFactorWizardCancelButton"));
    auto *tab = m_gui->find<TwoFactorTab>("twoFactorTab");
    QTRY_VERIFY(!tab->setupWizard());

    // With it on: the two code dialogs.
    KIT_VERIFY(m_gui->users().enableTwoFactor(m_gui->user()));
    for (const QString &name : {QStringLiteral("regenerateBackupCodesDialog"),
                                QStringLiteral("disableTwoFactorDialog")}) {
        QWidget *codeDialog = m_gui->open(name);
        KIT_VERIFY(codeDialog);
        QCOMPARE(codeDialog->objectName(), name);
        KIT_VERIFY(m_gui->click("twoFactorCodeCancelButton"));
        QTRY_VERIFY(!tab->codeDialog());
    }
    QCOMPARE(m_gui->ui().find<QLabel>("twoFactorStateLabel")->text(),
             QStringLiteral("Two-factor authentication is on."));

    // The modal ones, answered.
    KIT_VERIFY(m_gui->openAndAnswer("newTokenDialog", "cancelNewTokenButton"));
    KIT_VERIFY(m_gui->openAndAnswer("settingsDialog", "settingsCancelButton"));
}

void tst_GuiKit::unknownAndModalScreensAreExplained()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no screen called")));
    QVERIFY(!m_gui->open("twoFactorTap"));
    QVERIFY2(KitProblem::last().contains(QStringLiteral("screens: tasksPage, ")) &&
                 KitProblem::last().contains(QStringLiteral("twoFactorTab")),
             qPrintable(KitProblem::last()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is modal")));
    QVERIFY(!m_gui->open("settingsDialog"));
    QVERIFY2(KitProblem::last().contains(QStringLiteral("openAndAnswer()")),
             qPrintable(KitProblem::last()));
    // Screens of a signed-in app, before signing in: where the app is instead.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is disabled")));
    QVERIFY(!m_gui->open("sessionsTab"));
}

void tst_GuiKit::freshTotpCodesAreNeverReplayed()
{
    // Turning 2FA on used the current step; the next fresh code is the next step's, and the one
    // after that waits for the clock (the server looks one step ahead at most). The server
    // accepts each of them, once.
    const TestUser carol =
        m_gui->createUser(QStringLiteral("carol"), UserFactory::Option::TwoFactor);
    KIT_VERIFY(carol.isValid());
    QStringList used{carol.confirmCode};
    for (int signIn = 1; signIn <= 2; ++signIn) {
        OAuthTestClient device(*m_gui->server);
        QString code;
        device.twoFactorCode = [&] { return code = carol.freshCode(); };
        QVERIFY2(!device.signIn(carol.username, carol.password).isEmpty(),
                 qPrintable(QString::number(signIn)));
        QVERIFY(!used.contains(code));
        used.append(code);
    }
    // Replaying and wrong codes are refused, as the server promises.
    OAuthTestClient replay(*m_gui->server);
    replay.twoFactorCode = [&] { return used.last(); };
    QVERIFY(replay.signIn(carol.username, carol.password).isEmpty());
    OAuthTestClient wrong(*m_gui->server);
    wrong.twoFactorCode = [&] { return Totp::wrong(carol.totpSecret); };
    QVERIFY(wrong.signIn(carol.username, carol.password).isEmpty());
    // A backup code works once.
    for (const bool works : {true, false}) {
        OAuthTestClient backup(*m_gui->server);
        backup.twoFactorCode = [&] { return carol.backupCodes.first(); };
        QCOMPARE(!backup.signIn(carol.username, carol.password).isEmpty(), works);
    }
}

void tst_GuiKit::usersOfEveryKindSignIn()
{
    // An administrator with two-factor authentication: the server says so over the API, and the
    // app signs in through the code page.
    const TestUser dana = m_gui->createUser(
        QStringLiteral("dana"), UserFactory::Option::Admin | UserFactory::Option::TwoFactor);
    KIT_VERIFY(dana.isValid());
    QVERIFY(dana.admin && dana.hasTwoFactor());
    QCOMPARE(dana.backupCodes.size(), 10);
    const auto me = m_gui->users().api(dana, "GET", QStringLiteral("/v1/me"));
    QCOMPARE(me.json().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    const auto twoFactor = m_gui->users().api(dana, "GET", QStringLiteral("/v1/me/2fa"));
    QVERIFY(twoFactor.json().value(QStringLiteral("enabled")).toBool());
    KIT_VERIFY(m_gui->signIn(dana));
    QVERIFY(m_gui->appSignIn().twoFactorCodeAsked());
    QCOMPARE(m_gui->context->session()->account().username, dana.username);
    QVERIFY(m_gui->context->session()->account().isAdmin);

    // A plain user with a token the kit makes over the API.
    const TestUser erin = m_gui->createUser(QStringLiteral("erin"));
    KIT_VERIFY(erin.isValid());
    QVERIFY(!erin.admin && !erin.hasTwoFactor());
    KIT_VERIFY(m_gui->signOut());
    KIT_VERIFY(m_gui->signInWithToken(erin));
    QCOMPARE(m_gui->context->session()->account().username, erin.username);
    QVERIFY(m_gui->context->session()->account().personalAccessToken);
    QVERIFY(!m_gui->context->session()->account().isAdmin);
}

void tst_GuiKit::failingScriptLeavesScreenshots()
{
    QTemporaryDir output;
    QVERIFY(output.isValid());
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TASKLANE_KIT_FAIL_ON_PURPOSE"), QStringLiteral("1"));
    environment.insert(QStringLiteral("TASKLANE_TEST_OUTPUT"), output.path());
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(120000));
    const QString log = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitCode() == 1, qPrintable(log)); // one test function failed
    QVERIFY2(log.contains(QStringLiteral("FAIL!  : tst_GuiKitFailing::failsWithTheDialogOpen() "
                                         "Failing on purpose")),
             qPrintable(log));

    // The dialog the user was looking at, and the window behind it.
    const QString folder = output.filePath(QStringLiteral("gui-failures/tst_gui_kit"));
    const QImage active(folder + QStringLiteral("/failsWithTheDialogOpen.png"));
    QVERIFY2(!active.isNull(), qPrintable(log));
    const QImage window(folder + QStringLiteral("/failsWithTheDialogOpen-mainWindow.png"));
    QVERIFY2(!window.isNull(), qPrintable(log));
    QCOMPARE(window.size(),
             QSize(AppFixture::WindowWidth, AppFixture::WindowHeight) * window.devicePixelRatio());
    QVERIFY(active.size() != window.size());
    QVERIFY2(log.contains(QStringLiteral("failure screenshot: ") + folder +
                          QStringLiteral("/failsWithTheDialogOpen.png")),
             qPrintable(log));
    // The test function that passed left nothing.
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
}

void tst_GuiKit::qaDocQuotesTheExampleExactly()
{
    const QString doc = readSource(QStringLiteral("docs/qa.md"));
    const QString example = readSource(QStringLiteral("tests/gui/tst_gui_example.cpp"));
    QVERIFY(!doc.isEmpty() && !example.isEmpty());
    // The block follows the line naming the file.
    static const QRegularExpression block(
        QStringLiteral("<!-- tests/gui/tst_gui_example\\.cpp -->\\n```cpp\\n(.*?)```\\n"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto match = block.match(doc);
    QVERIFY2(match.hasMatch(), "docs/qa.md has no <!-- tests/gui/tst_gui_example.cpp --> block");
    const QStringList quoted = match.captured(1).split(QLatin1Char('\n'));
    const QStringList actual = example.split(QLatin1Char('\n'));
    for (int line = 0; line < std::min(quoted.size(), actual.size()); ++line) {
        QVERIFY2(quoted.at(line) == actual.at(line),
                 qPrintable(QStringLiteral("line %1 differs:\n  docs/qa.md: %2\n  the file:   %3")
                                .arg(line + 1)
                                .arg(quoted.at(line), actual.at(line))));
    }
    QCOMPARE(quoted.size(), actual.size());
}

void tst_GuiKit::qaDocNamesEveryObjectOnTheScreens()
{
    QSet<QString> names;
    collectNames(m_gui->window.get(), names); // the welcome page
    KIT_VERIFY(m_gui->signIn(m_gui->user())); // builds the other pages
    collectNames(m_gui->window.get(), names);
    const auto collect = [&names](QWidget *dialog) { collectNames(dialog, names); };
    KIT_VERIFY(m_gui->openAndAnswer("settingsDialog", "settingsCancelButton", collect));
    KIT_VERIFY(m_gui->openAndAnswer("newTokenDialog", "cancelNewTokenButton", collect));
    for (const char *screen : {"accountSecurityDialog", "twoFactorSetupWizard"})
        collect(m_gui->open(screen));
    KIT_VERIFY(m_gui->click("twoFactorWizardCancelButton"));
    KIT_VERIFY(m_gui->users().enableTwoFactor(m_gui->user()));
    collect(m_gui->open("twoFactorTab"));
    collect(m_gui->open("disableTwoFactorDialog"));
    KIT_VERIFY(m_gui->click("twoFactorCodeCancelButton"));
    // New backup codes: the code, then the dialog with the codes.
    auto *codeDialog = m_gui->open("regenerateBackupCodesDialog");
    KIT_VERIFY(codeDialog);
    KIT_VERIFY(m_gui->ui().type("twoFactorCodeEdit", m_gui->user().freshCode()));
    KIT_VERIFY(m_gui->click("twoFactorCodeConfirmButton"));
    auto *tab = m_gui->find<TwoFactorTab>("twoFactorTab");
    QTRY_VERIFY_WITH_TIMEOUT(tab->backupCodesDialog() && tab->backupCodesDialog()->isVisible(),
                             GuiSession::SlowMs);
    collect(tab->backupCodesDialog());

    const QString doc = readSource(QStringLiteral("docs/qa.md"));
    QVERIFY(!doc.isEmpty());
    QStringList missing;
    for (const QString &name : std::as_const(names)) {
        // The tool bar's buttons are documented as a pattern: <action>ToolButton.
        const QString documented =
            name.endsWith(QLatin1String("ToolButton")) && name.startsWith(QLatin1String("action"))
                ? name.chopped(int(qstrlen("ToolButton")))
                : name;
        if (!doc.contains(QLatin1Char('`') + documented + QLatin1Char('`')))
            missing.append(name);
    }
    missing.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in docs/qa.md: ") +
                                           missing.join(QStringLiteral(", "))));
    QVERIFY2(names.size() > 150, qPrintable(QString::number(names.size())));
}

// Run by failingScriptLeavesScreenshots() in a child process: a script that fails with Account
// security open, and one that passes.
class tst_GuiKitFailing : public GuiTestCase
{
    Q_OBJECT

private slots:
    void passes() { QVERIFY(m_gui->window); }
    void failsWithTheDialogOpen()
    {
        KIT_VERIFY(m_gui->signIn(m_gui->user()));
        KIT_VERIFY(m_gui->open("sessionsTab"));
        QFAIL("Failing on purpose");
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("TASKLANE_KIT_FAIL_ON_PURPOSE")) {
        tst_GuiKitFailing failing;
        return QTest::qExec(&failing, argc, argv);
    }
    tst_GuiKit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_kit.moc"
