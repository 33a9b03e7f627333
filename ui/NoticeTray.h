#pragma once

#include <QObject>
#include <QString>

class NoticeService;
class QSystemTrayIcon;
class QWidget;

// The app's tray icon, there only when the platform has a system tray (offscreen and many
// Wayland desktops have none, and then nothing else changes), made once the window's first
// frame is painted: it shows each notice NoticeService
// announces as a tray message, and a click on the message asks for Account security at that
// notice's banner. lastMessage() keeps what was (or would have been) shown, tray or not, for
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

    QSystemTrayIcon *m_tray = nullptr;
    Message m_last;
    int m_count = 0;
};
