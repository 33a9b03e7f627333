#include "SniDesktop.h"

#include "KitProblem.h"
#include "XDesktop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

// Properties.Get of the watcher, as dbus-send prints it.
std::optional<QString> watcherProperty(const QString &name)
{
    return XDesktop::run(QStringLiteral("dbus-send"),
                         {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                          QStringLiteral("--dest=org.kde.StatusNotifierWatcher"),
                          QStringLiteral("/StatusNotifierWatcher"),
                          QStringLiteral("org.freedesktop.DBus.Properties.Get"),
                          QStringLiteral("string:org.kde.StatusNotifierWatcher"),
                          QStringLiteral("string:") + name});
}

} // namespace

bool SniDesktop::check()
{
    const std::optional<QString> host =
        watcherProperty(QStringLiteral("IsStatusNotifierHostRegistered"));
    if (!host)
        return false; // reported: no watcher on the bus
    if (!host->contains(QLatin1String("boolean true"))) {
        KitProblem::report(QStringLiteral("the StatusNotifierWatcher has no host"));
        return false;
    }
    return shownNotifications() >= 0;
}

std::optional<QStringList> SniDesktop::registeredItems()
{
    const std::optional<QString> reply =
        watcherProperty(QStringLiteral("RegisteredStatusNotifierItems"));
    if (!reply)
        return std::nullopt;
    // variant array [ string "org.kde.StatusNotifierItem-123-1/StatusNotifierItem" ... ]
    static const QRegularExpression item(QStringLiteral("string \"([^\"]*)\""));
    QStringList items;
    for (auto it = item.globalMatch(*reply); it.hasNext();)
        items.append(it.next().captured(1));
    return items;
}

std::optional<qint64> SniDesktop::processOf(const QString &service)
{
    const std::optional<QString> reply = XDesktop::run(
        QStringLiteral("dbus-send"),
        {QStringLiteral("--session"), QStringLiteral("--print-reply"),
         QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
         QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
         QStringLiteral("string:") + service});
    static const QRegularExpression pid(QStringLiteral("uint32 (\\d+)"));
    const auto match = pid.match(reply.value_or(QString()));
    if (!match.hasMatch()) {
        if (reply)
            KitProblem::report(QStringLiteral("no process id for %1 in %2").arg(service, *reply));
        return std::nullopt;
    }
    return match.captured(1).toLongLong();
}

QList<quint64> SniDesktop::panelWindows()
{
    return XDesktop::windowsOfClass(QStringLiteral("^Xfce4-panel$"));
}

QList<quint64> SniDesktop::notificationWindows()
{
    return XDesktop::windowsOfClass(QStringLiteral("^Dunst$"));
}

int SniDesktop::shownNotifications()
{
    const std::optional<QString> count = XDesktop::run(
        QStringLiteral("dunstctl"), {QStringLiteral("count"), QStringLiteral("displayed")});
    bool ok = false;
    const int shown = count ? count->trimmed().toInt(&ok) : -1;
    if (count && !ok)
        KitProblem::report(QStringLiteral("dunstctl count displayed said %1").arg(*count));
    return ok ? shown : -1;
}

std::optional<QList<QJsonObject>> SniDesktop::history()
{
    const std::optional<QString> json =
        XDesktop::run(QStringLiteral("dunstctl"), {QStringLiteral("history")});
    if (!json)
        return std::nullopt;
    // {"type": "aa{sv}", "data": [[{"summary": {"type": "s", "data": "..."}, ...}, ...]]}
    const QJsonArray data = QJsonDocument::fromJson(json->toUtf8())
                                .object()
                                .value(QStringLiteral("data"))
                                .toArray()
                                .at(0)
                                .toArray();
    QList<QJsonObject> notifications;
    for (const QJsonValue &entry : data) {
        QJsonObject notification;
        for (const char *key : {"appname", "summary", "body"}) {
            const QString name = QLatin1String(key);
            notification.insert(
                name,
                entry.toObject().value(name).toObject().value(QStringLiteral("data")).toString());
        }
        notifications.append(notification);
    }
    return notifications;
}
