#include "NoticeTray.h"

#include "AfterNextPaint.h"
#include "AppIcons.h"
#include "NoticeService.h"
#ifdef TASKLANE_DESKTOP_NOTIFICATIONS
#include "DesktopNotifier.h"
#endif

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

NoticeTray::NoticeTray(NoticeService *notices, QWidget *window)
    : QObject(window)
{
    setObjectName(QStringLiteral("noticeTray"));
    // The icon once the window's first frame is painted: on X11 asking for the tray and making
    // its icon cost as much as the rest of the start (D-Bus, an embedded window, the icon's
    // sizes), for an icon nobody looks at before the window is there.
    afterNextPaint(window, [this] { createIcon(); });
    connect(notices, &NoticeService::announced, this,
            [this](const QString &title, const QString &text, const QString &alertId,
                   const QString &tokenId) {
                show({title, text, alertId, tokenId});
            });
}

void NoticeTray::createIcon()
{
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(AppIcons::applicationIcon(), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(QApplication::applicationDisplayName());
    m_tray->show();
    connect(m_tray, &QSystemTrayIcon::messageClicked, this,
            [this] { emit noticeOpened(m_last.alertId, m_last.tokenId); });
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger && m_count > 0)
                    emit noticeOpened(m_last.alertId, m_last.tokenId);
            });
    // A notice announced before the icon existed is shown now rather than lost.
    if (m_pending)
        m_tray->showMessage(m_last.title, m_last.text, QSystemTrayIcon::Warning);
    m_pending = false;
}

void NoticeTray::show(const Message &message)
{
    m_last = message;
    ++m_count;
    m_pending = false;
    if (notify())
        return;
    if (m_tray)
        m_tray->showMessage(message.title, message.text, QSystemTrayIcon::Warning);
    else
        m_pending = true;
}

bool NoticeTray::notify()
{
#ifdef TASKLANE_DESKTOP_NOTIFICATIONS
    if (!DesktopNotifier::isAvailable())
        return false;
    if (!m_notifier) {
        m_notifier = new DesktopNotifier(this);
        connect(m_notifier, &DesktopNotifier::clicked, this,
                [this] { emit noticeOpened(m_last.alertId, m_last.tokenId); });
    }
    m_notifier->show(m_last.title, m_last.text);
    return true;
#else
    (void)m_notifier; // the member is there on every platform (one class layout)
    return false;
#endif
}
