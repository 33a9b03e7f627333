#include "Scopes.h"

namespace Scopes {

QStringList all()
{
    return {TasksRead, TasksWrite, Account, Admin};
}

QString defaultScope()
{
    return join({TasksRead, TasksWrite, Account});
}

const char *describe(const QString &scope)
{
    if (scope == TasksRead)
        return QT_TRANSLATE_NOOP("Scopes", "See your tasks");
    if (scope == TasksWrite)
        return QT_TRANSLATE_NOOP("Scopes", "Create, change and delete your tasks");
    if (scope == Account)
        return QT_TRANSLATE_NOOP("Scopes", "See and change your account security settings: "
                                           "tokens, sessions, two-factor authentication");
    if (scope == Admin)
        return QT_TRANSLATE_NOOP("Scopes",
                                 "Administer other users' accounts (administrators only)");
    return nullptr;
}

std::optional<QStringList> parse(const QString &scope)
{
    QStringList scopes;
    const auto parts = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!all().contains(part))
            return std::nullopt;
        if (!scopes.contains(part))
            scopes.append(part);
    }
    return scopes;
}

QString join(const QStringList &scopes)
{
    // Canonical order, so equal scope sets compare equal as strings.
    QStringList ordered;
    for (const QString &known : all()) {
        if (scopes.contains(known))
            ordered.append(known);
    }
    return ordered.join(QLatin1Char(' '));
}

} // namespace Scopes
