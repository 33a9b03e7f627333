#pragma once

#include <QObject>
#include <QString>

class DesktopNotifier;
class NoticeService;
class QSystemTrayIcon;
class QWidget;

// The app's tray icon, there only when the platform has a system tray (offscreen and many
// Wayland desktops have none, and then nothing else changes), made once the window's first
// frame is painted: it shows each notice NoticeService announces, and a click on it asks for
// Account security at that notice's banner. Where a desktop notification server runs (Linux and
// the BSDs: KDE, GNOME, Xfce, LXQt...) the notice is a desktop notification (DesktopNotifier),
// tray or not; elsewhere a tray message (Windows, macOS, a bare XEmbed tray). A click on the
// icon opens the last notice too. lastMessage() keeps what was (or would have been) shown, for
// tests and for the click.
class NoticeTray : public QObject
{
    Q_OBJECT

public:
    struct Message
    {
        QString title;
        QString text;
        QString alertId;
        QString tokenId;
    };

    NoticeTray(NoticeService *notices, QWidget *window);

    bool hasTray() const { return m_tray != nullptr; }
    const Message &lastMessage() const { return m_last; }
    int messagesShown() const { return m_count; }

signals:
    // The user clicked the tray message (or the icon) about this notice.
    void noticeOpened(const QString &alertId, const QString &tokenId);

private:
    void createIcon();
    void show(const Message &message);
    // Shows m_last as a desktop notification; false where there is no notification server.
    bool notify();

    QSystemTrayIcon *m_tray = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    Message m_last;
    int m_count = 0;
    bool m_pending = false; // m_last is still to be shown, once the icon is there
};
