// What the offscreen platform cannot show, on a real X desktop (scripts/with-xdesktop.sh: Xvfb
// with trayer as the system tray; ctest starts it for this script): the app's tray icon is
// embedded in the tray host (its X window is inside trayer's, and the screen shows it there); a
// new sign-in alert pops up Qt's own balloon next to it (XEmbed trays have no notifications of
// their own), and a real click on the balloon brings Account security up with that alert's
// banner focused. Then the passkey list: Add hands the registration link to the browser, the
// passkey is made on the server behind the app's back, focus goes to another program's window
// (the app becomes inactive) and comes back, and the list shows the new passkey without a click.
//
// Set TASKLANE_SCREENSHOTS=<folder> to have the tray and its balloon saved as PNG files.
#include "AccountSecurityDialog.h"
#include "AppIcons.h"
#include "GuiTestCase.h"
#include "HostNameServer.h"
#include "HttpClient.h"
#include "MainWindow.h"
#include "NoticeBanners.h"
#include "NoticeTray.h"
#include "PasskeyModel.h"
#include "PasskeyPage.h"
#include "PasskeysTab.h"
#include "RecordingBrowser.h"
#include "SecurityTableView.h"
#include "SoftAuthenticator.h"
#include "XDesktop.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

namespace {

// The app's top-level widget of Qt class `className` that is shown, or nullptr. Qt's XEmbed tray
// icon (QSystemTrayIconSys) and its balloon (QBalloonTip) are private classes: their names are
// all a test can know them by.
QWidget *shownTopLevel(const char *className)
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (widget->isVisible() && qstrcmp(widget->metaObject()->className(), className) == 0)
            return widget;
    }
    return nullptr;
}

// The X window showing `widget` now. Not QWidget::winId(): for QBalloonTip that still names the
// native window Qt made first and has since replaced with another.
quint64 xWindow(const QWidget *widget)
{
    return widget->windowHandle() ? widget->windowHandle()->winId() : 0;
}

bool isInsideAny(quint64 window, const QList<quint64> &hosts)
{
    const QList<quint64> up = XDesktop::ancestors(window);
    return std::any_of(up.begin(), up.end(), [&](quint64 id) { return hosts.contains(id); });
}

} // namespace

class tst_GuiXDesktop : public GuiTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();

    void trayIconSitsInTheTrayAndItsBalloonOpensTheAlert();
    void passkeyListReloadsWhenTheAppIsActiveAgain();

private:
    HostNameServer m_host;
    QTemporaryDir m_dir;
};

void tst_GuiXDesktop::initTestCase()
{
    GuiTestCase::initTestCase();
    KIT_VERIFY(XDesktop::check());
    qunsetenv("TASKLANE_BROWSER"); // RecordingBrowser's command must be what runs
    QVERIFY(m_dir.isValid());
    m_serverArguments = m_host.serverArguments();
}

void tst_GuiXDesktop::trayIconSitsInTheTrayAndItsBalloonOpensTheAlert()
{
    QVERIFY(QSystemTrayIcon::isSystemTrayAvailable());
    const NoticeTray *tray = m_gui->window->noticeTray();
    QTRY_VERIFY(tray->hasTray()); // made once the window is painted

    // Embedded: trayer took the icon's X window into its own (XEmbed reparents it).
    QWidget *icon = shownTopLevel("QSystemTrayIconSys");
    QVERIFY(icon);
    const QList<quint64> trays = XDesktop::trayWindows();
    KIT_VERIFY(!trays.isEmpty());
    QTRY_VERIFY2(isInsideAny(xWindow(icon), trays), qPrintable(KitProblem::last()));

    // And the screen shows the app's icon there: what the tray host shows at the icon's place is
    // the icon as Qt paints it on the tray's background (a pixel of the tray beside it).
    QRect place;
    QTRY_VERIFY((place = XDesktop::geometry(xWindow(icon))).isValid());
    const QList<quint64> up = XDesktop::ancestors(xWindow(icon));
    KIT_VERIFY(!up.isEmpty());
    const QRect trayArea = XDesktop::geometry(up.last());
    QVERIFY(trayArea.contains(place));
    QImage expected(place.size(), QImage::Format_RGB32);
    const QImage shownTray = XDesktop::grab(trayArea);
    expected.fill(shownTray.pixel(0, 0));
    {
        QPainter painter(&expected);
        AppIcons::applicationIcon().paint(&painter, expected.rect());
    }
    QImage shown;
    QTRY_VERIFY2(XDesktop::difference(shown = XDesktop::grab(place), expected) < 8,
                 qPrintable(QStringLiteral("the tray shows something else at %1,%2 (%3)")
                                .arg(place.x())
                                .arg(place.y())
                                .arg(XDesktop::difference(shown, expected))));

    // The screen's top right corner, where the tray is (with-xdesktop.sh puts it there).
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    const QRect corner(screen.width() - 480, 0, 480, 130);
    QVERIFY(corner.contains(trayArea));
    XDesktop::save(XDesktop::grab(corner), QStringLiteral("xdesktop-tray"));

    // A new sign-in elsewhere, found by the app's next poll: the balloon comes up by the icon.
    KIT_VERIFY(m_host.signInFromPhone(*m_gui));
    QTRY_COMPARE_WITH_TIMEOUT(tray->messagesShown(), 1, GuiSession::SlowMs);
    QPointer<QWidget> balloon;
    QTRY_VERIFY((balloon = shownTopLevel("QBalloonTip")));
    QRect balloonArea;
    QTRY_VERIFY((balloonArea = XDesktop::geometry(xWindow(balloon))).isValid());
    QVERIFY2(balloonArea.intersects(trayArea.adjusted(-24, -24, 24, 24)),
             "the balloon is not by the tray");
    QStringList texts;
    for (const QLabel *label : balloon->findChildren<QLabel *>())
        texts.append(label->text());
    QVERIFY2(texts.contains(tray->lastMessage().title), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.contains(tray->lastMessage().text), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(
        tray->lastMessage().text.startsWith(QStringLiteral("New sign-in from Chrome on Android")));
    XDesktop::save(XDesktop::grab(corner), QStringLiteral("xdesktop-tray-balloon"));

    // A real click on the balloon: Account security comes up, focused on that alert's banner.
    QVERIFY(!m_gui->window->accountSecurityDialog() ||
            !m_gui->window->accountSecurityDialog()->isVisible());
    KIT_VERIFY(XDesktop::click(balloonArea.center()));
    QTRY_VERIFY(m_gui->window->accountSecurityDialog() &&
                m_gui->window->accountSecurityDialog()->isVisible());
    AccountSecurityDialog *dialog = m_gui->window->accountSecurityDialog();
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog));
    QTRY_VERIFY(QApplication::focusWidget() &&
                dialog->noticeBanners()->isAncestorOf(QApplication::focusWidget()));
    QWidget *banner = QApplication::focusWidget()->parentWidget();
    QCOMPARE(banner->objectName(), QStringLiteral("signInAlertBanner"));
    QCOMPARE(banner->property("alertId").toString(), tray->lastMessage().alertId);
    // The balloon closed itself on the click (Qt deletes it).
    QTRY_VERIFY(!balloon || !balloon->isVisible());
}

void tst_GuiXDesktop::passkeyListReloadsWhenTheAppIsActiveAgain()
{
    const RecordingBrowser browser(m_dir.path(), QStringLiteral("opened-add.txt"));
    KIT_VERIFY(browser.install(*m_gui->context));
    KIT_VERIFY(m_host.signIn(*m_gui));
    auto *tab = m_gui->open<PasskeysTab>("passkeysTab");
    KIT_VERIFY(tab);
    auto *table = m_gui->find<SecurityTableView>("passkeyTable");
    QTRY_VERIFY(m_gui->find<QLabel>("passkeysEmptyLabel")->isVisible());
    QCOMPARE(table->model()->rowCount(), 0);

    KIT_VERIFY(m_gui->click("addPasskeyButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!browser.openedUrl().isEmpty(), GuiSession::SlowMs);
    const QUrl link(browser.openedUrl());
    QCOMPARE(link.port(), int(m_host.port()));

    // "The browser" makes the passkey; the app, still active, knows nothing of it yet.
    HttpClient http;
    SoftAuthenticator authenticator(m_host.origin(), QStringLiteral("localhost"));
    const PasskeyPage::Result added =
        PasskeyPage::registerThrough(http, link, authenticator, QStringLiteral("Phone"));
    QVERIFY2(added.added, qPrintable(added.problem));
    QVERIFY(m_gui->screens().settle());
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(QGuiApplication::applicationState(), Qt::ApplicationActive);

    // Focus to another program's window (the tray host's panel, its one window on screen), as
    // when the browser comes up...
    const QList<quint64> trays = XDesktop::trayWindows();
    const auto shownTray = std::find_if(trays.begin(), trays.end(), [](quint64 window) {
        return XDesktop::geometry(window).isValid();
    });
    QVERIFY2(shownTray != trays.end(), qPrintable(KitProblem::last()));
    KIT_VERIFY(XDesktop::focus(*shownTray));
    QTRY_COMPARE(QGuiApplication::applicationState(), Qt::ApplicationInactive);
    QVERIFY(m_gui->screens().settle());
    QCOMPARE(table->model()->rowCount(), 0);

    // ...and back to Account security: the list shows the new passkey, nothing clicked.
    KIT_VERIFY(XDesktop::focus(xWindow(tab->window())));
    QTRY_COMPARE(QGuiApplication::applicationState(), Qt::ApplicationActive);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, GuiSession::SlowMs);
    QCOMPARE(table->model()->index(0, PasskeyModel::Name).data().toString(),
             QStringLiteral("Phone"));
    QVERIFY(table->isVisible());
}

QTEST_MAIN(tst_GuiXDesktop)
#include "tst_gui_xdesktop.moc"
