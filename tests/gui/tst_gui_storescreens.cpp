// The three screens the AppStream metainfo shows (resources/org.tasklane.Tasklane.metainfo.xml.in),
// each checked to show what its caption says. With TASKLANE_SCREENSHOTS=<folder> they are saved
// there at 1024x640 as tasks.png, account-security.png and two-factor.png, the files kept in
// resources/screenshots/ (see the README there for how to refresh them).
#include "AccountSecurityDialog.h"
#include "AppIcons.h"
#include "GuiTestCase.h"
#include "MainWindow.h"
#include "TwoFactorSetupWizard.h"

#include <QAbstractItemView>
#include <QDate>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QTest>

namespace {
constexpr int ShotWidth = 1024;
constexpr int ShotHeight = 640;

// The main window with `dialog` over its middle, as the user sees them: offscreen there is no
// desktop to grab, only widgets. Saved only when TASKLANE_SCREENSHOTS is set.
void snapOverWindow(const QString &name, QWidget *window, QWidget *dialog)
{
    const QString folder = qEnvironmentVariable("TASKLANE_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QPixmap shot = window->grab();
    if (dialog) {
        const QPixmap top = dialog->grab();
        QPainter painter(&shot);
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 60)); // the window behind a modal dialog
        const QPoint at((shot.width() - top.width()) / 2, (shot.height() - top.height()) / 2);
        painter.drawPixmap(at, top);
        painter.setPen(QColor(0, 0, 0, 120));
        painter.drawRect(QRect(at, top.size()).adjusted(-1, -1, 0, 0));
    }
    QDir().mkpath(folder);
    QVERIFY(shot.save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

QString inDays(int days)
{
    return QDate::currentDate().addDays(days).toString(Qt::ISODate);
}
} // namespace

class tst_GuiStoreScreens : public GuiTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void tasksOfATeam();
    void accountSecuritySessions();
    void twoFactorSetup();

private:
    // alice signs in to a dozen tasks of a small team, the same in every picture.
    bool signInWithTeamTasks();
};

void tst_GuiStoreScreens::initTestCase()
{
    GuiTestCase::initTestCase();
    // The sessions list names the app's version, as the real app's does.
    QCoreApplication::setApplicationVersion(QStringLiteral(TASKLANE_VERSION));
    // As app/main.cpp does: the pictures show the toolbar with Tasklane's own icons, as on a
    // desktop without an icon theme (Windows, macOS).
    QIcon::setThemeName(AppIcons::fallbackThemeName());
    AppIcons::install();
}

void tst_GuiStoreScreens::init()
{
    GuiTestCase::init();
    m_gui->window->resize(ShotWidth, ShotHeight);
}

bool tst_GuiStoreScreens::signInWithTeamTasks()
{
    const auto task = &GuiSession::task;
    const auto open = QStringLiteral("open");
    const auto doing = QStringLiteral("in_progress");
    const auto done = QStringLiteral("done");
    QList<QJsonObject> tasks{
        task(QStringLiteral("Renew the TLS certificate of the team server"), doing, 1, inDays(2),
             {QStringLiteral("ops")}),
        task(QStringLiteral("Write the release notes for 0.1"), open, 2, inDays(5),
             {QStringLiteral("release")}),
        task(QStringLiteral("Test the Debian package on a clean machine"), doing, 2, inDays(4),
             {QStringLiteral("release")}),
        task(QStringLiteral("Book the room for the planning meeting"), done, 3, inDays(-1),
             {QStringLiteral("team")}),
        task(QStringLiteral("Back up the task database"), open, 1, inDays(1),
             {QStringLiteral("ops")}),
        task(QStringLiteral("Answer the accessibility review"), open, 3, inDays(9),
             {QStringLiteral("design")}),
        task(QStringLiteral("Order new keyboards"), done, 4, {}, {QStringLiteral("office")}),
        task(QStringLiteral("Turn on two-factor authentication for every admin"), doing, 1,
             inDays(3), {QStringLiteral("security")}),
        task(QStringLiteral("Update the onboarding guide"), open, 4, inDays(14),
             {QStringLiteral("docs")}),
        task(QStringLiteral("Revoke the tokens of the old build machine"), done, 2, inDays(-3),
             {QStringLiteral("security")}),
        task(QStringLiteral("Plan the translation sprint"), open, 3, inDays(21),
             {QStringLiteral("team")}),
        task(QStringLiteral("Fix the date picker on small screens"), open, 2, inDays(7),
             {QStringLiteral("design")}),
    };
    tasks[2].insert(QStringLiteral("notes"),
                    QStringLiteral("Install it with apt on a fresh Debian 12, start it from the "
                                   "menu, sign in, and check that the icon shows."));
    return m_gui->signInWithTasks(tasks);
}

void tst_GuiStoreScreens::tasksOfATeam()
{
    KIT_VERIFY(signInWithTeamTasks());
    QCOMPARE(m_gui->tasks().rowOfTitle(QStringLiteral("Order new keyboards")).isValid(), true);

    // "one of them open for editing"
    const QString edited = QStringLiteral("Test the Debian package on a clean machine");
    KIT_VERIFY(m_gui->clickRow(edited));
    auto *title = m_gui->find<QLineEdit>("taskTitleEdit");
    KIT_VERIFY(title);
    QTRY_COMPARE(title->text(), edited);
    title->setCursorPosition(0); // the start of the title in the picture, as after Home
    snapOverWindow(QStringLiteral("tasks"), m_gui->window.get(), nullptr);
}

void tst_GuiStoreScreens::accountSecuritySessions()
{
    KIT_VERIFY(signInWithTeamTasks());
    // A second session of the same account (a script, another computer).
    QVERIFY(!m_gui->otherClientToken().isEmpty());
    KIT_VERIFY(m_gui->open("sessionsTab"));
    auto *table = m_gui->find<QAbstractItemView>("sessionTable");
    KIT_VERIFY(table);
    QTRY_VERIFY(table->model()->rowCount() >= 2);
    snapOverWindow(QStringLiteral("account-security"), m_gui->window.get(),
                   m_gui->window->accountSecurityDialog());
}

void tst_GuiStoreScreens::twoFactorSetup()
{
    KIT_VERIFY(signInWithTeamTasks());
    auto *wizard = m_gui->open<TwoFactorSetupWizard>("twoFactorSetupWizard");
    KIT_VERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(TwoFactorSetupWizard::ScanPageId));
    auto *qr = wizard->findChild<QWidget *>(QStringLiteral("twoFactorQrCode"));
    QVERIFY(qr && qr->isVisible());
    snapOverWindow(QStringLiteral("two-factor"), m_gui->window.get(), wizard);
}

QTEST_MAIN(tst_GuiStoreScreens)
#include "tst_gui_storescreens.moc"
