#pragma once

#include <QObject>
#include <QString>

// One desktop notification at a time over org.freedesktop.Notifications (the notification
// server of KDE, GNOME, Xfce, LXQt, dunst...), with a default action: a click on it emits
// clicked(). QSystemTrayIcon::showMessage() cannot be used for this there: Qt 6.4's D-Bus tray
// (what Qt makes where the tray is a StatusNotifierItem) offers no action with a Warning, so a
// click only closes the notification, and it takes any notification's ActionInvoked for its own.
// Widget-free; built only where Qt has D-Bus (TASKLANE_DESKTOP_NOTIFICATIONS).
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    // A notification server runs on the session bus now (asked each time: servers come and go).
    static bool isAvailable();
    // Shows `title` and `text` as a notification, in place of the one shown before if it is
    // still there. `text` is plain text, escaped where the server reads markup.
    void show(const QString &title, const QString &text);

signals:
    void clicked();

    // QDBusConnection::connect() takes only slots named by SIGNAL/SLOT, not functors.
private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    uint m_id = 0; // the notification shown now, 0 for none
    bool m_markup = false;
    bool m_capabilitiesKnown = false;
};
