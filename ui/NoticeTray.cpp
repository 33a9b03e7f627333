#include "NoticeTray.h"

#include "NoticeService.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

NoticeTray::NoticeTray(NoticeService *notices, QWidget *window)
    : QObject(window)
{
    setObjectName(QStringLiteral("noticeTray"));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
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
    }
    connect(notices, &NoticeService::announced, this,
            [this](const QString &title, const QString &text, const QString &alertId,
                   const QString &tokenId) {
                show({title, text, alertId, tokenId});
            });
}

void NoticeTray::show(const Message &message)
{
    m_last = message;
    ++m_count;
    if (m_tray)
        m_tray->showMessage(message.title, message.text, QSystemTrayIcon::Warning);
}
