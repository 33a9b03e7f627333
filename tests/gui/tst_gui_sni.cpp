// The tray as KDE Plasma, GNOME (AppIndicator), Xfce and LXQt have it, on a real X desktop
// (scripts/with-xdesktop.sh --tray=sni: xfce4-panel's Status Tray as StatusNotifierWatcher and
// host, dunst as the notification server; ctest starts it for this script). There Qt 6 does not
// embed an X window: it makes a QDBusTrayIcon, a StatusNotifierItem the panel draws itself, and
// QSystemTrayIcon::showMessage() becomes a desktop notification (org.freedesktop.Notifications)
// whose click comes back as ActionInvoked. The app's item is registered with the watcher and no
// XEmbed icon exists; the panel shows the app's icon; a new sign-in alert reaches dunst with its
// text; a real click on that notification brings Account security up at the alert's banner, and
// so does a real click on the icon in the panel, as on the XEmbed tray.
//
// Set TASKLANE_SCREENSHOTS=<folder> to have the panel and the notification saved as PNG files.
#include "AccountSecurityDialog.h"
#include "AppIcons.h"
#include "GuiTestCase.h"
#include "HostNameServer.h"
#include "MainWindow.h"
#include "NoticeBanners.h"
#include "NoticeTray.h"
#include "SniDesktop.h"
#include "XDesktop.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QScreen>
#include <QSystemTrayIcon>
#include <QTest>

namespace {

// The first of `windows` that is on the screen, and where.
QRect firstShown(const QList<quint64> &windows)
{
    for (quint64 window : windows) {
        const QRect area = XDesktop::geometry(window);
        if (area.isValid())
            return area;
    }
    return {};
}

bool far(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                     std::abs(qBlue(a) - qBlue(b))}) > 48;
}

// The colour most of `image` has.
QRgb mostCommon(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most)
            std::tie(best, most) = std::tuple(it.key(), it.value());
    }
    return best;
}

// The smallest rectangle of `image` holding every pixel far from `background` (none: empty).
QRect drawnArea(const QImage &image, QRgb background)
{
    QRect area;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (far(image.pixel(x, y), background))
                area |= QRect(x, y, 1, 1);
        }
    }
    return area;
}

struct PanelIcon
{
    QRect place;             // on the screen
    double difference = 255; // from the app icon painted there at the size the panel chose
};

// What the panel shows, compared with the app's icon: the panel holds nothing else, so what is
// drawn on it is the icon, at a size the panel chose (in a button of its own). Each size is
// painted on the panel's colour and the one whose drawn pixels have that shape is compared.
PanelIcon panelIcon()
{
    // Inside the panel's border (a line of another colour on its inner edges).
    const QRect panel = firstShown(SniDesktop::panelWindows()).adjusted(1, 1, -1, -1);
    if (!panel.isValid())
        return {};
    const QImage shown = XDesktop::grab(panel);
    const QRgb background = mostCommon(shown);
    const QRect drawn = drawnArea(shown, background);
    if (drawn.isEmpty())
        return {};
    PanelIcon best;
    for (int size = 8; size <= panel.height(); ++size) {
        QImage expected(size, size, QImage::Format_RGB32);
        expected.fill(background);
        {
            QPainter painter(&expected);
            AppIcons::applicationIcon().paint(&painter, expected.rect());
        }
        const QRect expectedDrawn = drawnArea(expected, background);
        if (expectedDrawn.size() != drawn.size())
            continue;
        const double difference =
            XDesktop::difference(shown.copy(drawn), expected.copy(expectedDrawn));
        if (difference < best.difference) {
            best.difference = difference;
            best.place = QRect(panel.topLeft() + drawn.topLeft() - expectedDrawn.topLeft(),
                               QSize(size, size));
        }
    }
    return best;
}

} // namespace

class tst_GuiSni : public GuiTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();

    void trayIconIsAStatusNotifierItemInThePanel();
    void notificationAndIconClicksOpenTheAlert();

private:
    HostNameServer m_host;
};

void tst_GuiSni::initTestCase()
{
    GuiTestCase::initTestCase();
    KIT_VERIFY(XDesktop::check());
    KIT_VERIFY(SniDesktop::check());
    m_serverArguments = m_host.serverArguments();
}

void tst_GuiSni::trayIconIsAStatusNotifierItemInThePanel()
{
    QVERIFY(QSystemTrayIcon::isSystemTrayAvailable());
    const NoticeTray *tray = m_gui->window->noticeTray();
    QTRY_VERIFY(tray->hasTray()); // made once the window is painted

    // Qt took the StatusNotifierItem path: an item of this process is registered with the
    // watcher (which names it by the bus connection that registered it: Qt's own for the tray)...
    std::optional<QStringList> items;
    QTRY_VERIFY2((items = SniDesktop::registeredItems()) && items->size() == 1,
                 qPrintable(items ? items->join(QLatin1Char(' ')) : KitProblem::last()));
    const std::optional<qint64> owner =
        SniDesktop::processOf(items->first().section(QLatin1Char('/'), 0, 0));
    KIT_VERIFY(owner);
    QCOMPARE(*owner, QCoreApplication::applicationPid());
    // ...and it made no XEmbed icon (QSystemTrayIconSys, the widget of the other path).
    const auto widgets = QApplication::topLevelWidgets();
    for (const QWidget *widget : widgets)
        QVERIFY(qstrcmp(widget->metaObject()->className(), "QSystemTrayIconSys") != 0);

    // The panel draws the app's icon.
    PanelIcon icon;
    QTRY_VERIFY2((icon = panelIcon()).difference < 8,
                 qPrintable(QStringLiteral("the panel shows something else (%1 at %2,%3)")
                                .arg(icon.difference)
                                .arg(icon.place.x())
                                .arg(icon.place.y())));
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    XDesktop::save(XDesktop::grab(QRect(screen.width() - 480, 0, 480, 130)),
                   QStringLiteral("sni-panel"));
}

void tst_GuiSni::notificationAndIconClicksOpenTheAlert()
{
    const NoticeTray *tray = m_gui->window->noticeTray();
    QTRY_VERIFY(tray->hasTray());
    PanelIcon icon;
    QTRY_VERIFY((icon = panelIcon()).difference < 8);
    QCOMPARE(SniDesktop::shownNotifications(), 0);

    // A new sign-in elsewhere, found by the app's next poll: dunst shows it.
    KIT_VERIFY(m_host.signInFromPhone(*m_gui));
    QTRY_COMPARE_WITH_TIMEOUT(tray->messagesShown(), 1, GuiSession::SlowMs);
    QVERIFY(
        tray->lastMessage().text.startsWith(QStringLiteral("New sign-in from Chrome on Android")));
    QTRY_COMPARE(SniDesktop::shownNotifications(), 1);
    QRect shown;
    QTRY_VERIFY((shown = firstShown(SniDesktop::notificationWindows())).isValid());
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    const QRect corner(screen.width() - 480, 0, 480, 130);
    QVERIFY(corner.contains(shown));
    XDesktop::save(XDesktop::grab(corner), QStringLiteral("sni-notification"));

    // A real click on the notification: Account security comes up, focused on that alert's
    // banner, and dunst closed the notification, which has the alert's text.
    QVERIFY(!m_gui->window->accountSecurityDialog() ||
            !m_gui->window->accountSecurityDialog()->isVisible());
    KIT_VERIFY(XDesktop::click(shown.center()));
    QTRY_VERIFY(m_gui->window->accountSecurityDialog() &&
                m_gui->window->accountSecurityDialog()->isVisible());
    AccountSecurityDialog *dialog = m_gui->window->accountSecurityDialog();
    QTRY_VERIFY(QApplication::focusWidget() &&
                dialog->noticeBanners()->isAncestorOf(QApplication::focusWidget()));
    QWidget *banner = QApplication::focusWidget()->parentWidget();
    QCOMPARE(banner->objectName(), QStringLiteral("signInAlertBanner"));
    QCOMPARE(banner->property("alertId").toString(), tray->lastMessage().alertId);
    QTRY_COMPARE(SniDesktop::shownNotifications(), 0);
    std::optional<QList<QJsonObject>> history;
    QTRY_VERIFY((history = SniDesktop::history()) && !history->isEmpty());
    QCOMPARE(history->first().value(QStringLiteral("summary")).toString(),
             tray->lastMessage().title);
    QCOMPARE(history->first().value(QStringLiteral("body")).toString(), tray->lastMessage().text);

    // A click on the icon in the panel does what it does in an XEmbed tray: Account security at
    // the last notice's banner, here after the dialog was closed.
    dialog->close();
    QTRY_VERIFY(!dialog->isVisible());
    KIT_VERIFY(XDesktop::click(icon.place.center()));
    QTRY_VERIFY(dialog->isVisible());
    QTRY_VERIFY(QApplication::focusWidget() &&
                dialog->noticeBanners()->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(QApplication::focusWidget()->parentWidget()->property("alertId").toString(),
             tray->lastMessage().alertId);
}

QTEST_MAIN(tst_GuiSni)
#include "tst_gui_sni.moc"
