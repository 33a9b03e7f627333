#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The StatusNotifierItem desktop of `scripts/with-xdesktop.sh --tray=sni` (xfce4-panel's Status
// Tray as StatusNotifierWatcher and host, dunst as the notification server), seen from outside
// the app as another program would: the watcher's list of items asked over the session bus
// (dbus-send), dunst's notifications (dunstctl), the panel's and the notifications' X windows.
// Each call that fails says why as a kit problem (KIT_VERIFY).
class SniDesktop
{
public:
    // True when the watcher has a host and the notification server is on the bus (a kit problem
    // if not: the script was not run under `with-xdesktop.sh --tray=sni`).
    static bool check();

    // The watcher's RegisteredStatusNotifierItems ("service/path" or "service" each); nullopt
    // on failure.
    static std::optional<QStringList> registeredItems();
    // The process that owns the bus name `service` (a unique ":1.5" or a well-known name);
    // nullopt on failure.
    static std::optional<qint64> processOf(const QString &service);
    // The panel's top-level X windows (xfce4-panel's WM_CLASS), and the notifications dunst
    // shows (its own windows, mapped or not); empty when there are none.
    static QList<quint64> panelWindows();
    static QList<quint64> notificationWindows();
    // How many notifications dunst shows now; -1 on failure.
    static int shownNotifications();
    // The notifications dunst has closed, newest first, as {appname, summary, body}; nullopt on
    // failure.
    static std::optional<QList<QJsonObject>> history();
};
