#include "DesktopNotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QGuiApplication>
#include <QVariantMap>

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
const QString DefaultAction = QStringLiteral("default"); // what a click on the body invokes

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
                SLOT(onClosed(uint, uint)));
}

bool DesktopNotifier::isAvailable()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface()->isServiceRegistered(Service).value();
}

void DesktopNotifier::show(const QString &title, const QString &text)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!m_capabilitiesKnown) {
        // Servers with "body-markup" read the body as markup: a device name with < or & in an
        // alert would otherwise be taken for tags.
        const QDBusReply<QStringList> capabilities =
            bus.call(QDBusMessage::createMethodCall(Service, Path, Interface,
                                                    QStringLiteral("GetCapabilities")),
                     QDBus::Block, 2000);
        m_markup =
            capabilities.isValid() && capabilities.value().contains(QStringLiteral("body-markup"));
        m_capabilitiesKnown = capabilities.isValid();
    }
    QDBusMessage notify =
        QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    const QVariantMap hints{
        {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}, // normal
        {QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName()},
    };
    notify << QGuiApplication::applicationDisplayName() << m_id << QStringLiteral("dialog-warning")
           << title << (m_markup ? text.toHtmlEscaped() : text)
           << QStringList{DefaultAction,
                          tr("Open", "verb: a notification's action, opens the alert")}
           << hints << -1; // the server's own timeout
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(notify), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *call) {
                const QDBusPendingReply<uint> reply = *call;
                if (reply.isValid())
                    m_id = reply.value();
                call->deleteLater();
            });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    // Every program's notifications' actions are broadcast: only ours counts.
    if (id != 0 && id == m_id && action == DefaultAction)
        emit clicked();
}

void DesktopNotifier::onClosed(uint id, uint /*reason*/)
{
    if (id == m_id)
        m_id = 0;
}
