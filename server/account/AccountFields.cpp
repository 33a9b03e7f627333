#include "AccountFields.h"

#include <QRegularExpression>

namespace AccountFields {

std::optional<QString> usernameProblem(const QString &username)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,%1}$").arg(MaxUsernameLength - 1));
    if (!pattern.match(username).hasMatch())
        return QStringLiteral("The user name must be 1-%1 letters, digits, '.', '_' or '-', "
                              "starting with a letter or digit.")
            .arg(MaxUsernameLength);
    return std::nullopt;
}

std::optional<QString> emailProblem(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (email.size() > MaxEmailLength || !pattern.match(email).hasMatch())
        return QStringLiteral("Enter an e-mail address such as name@example.org.");
    return std::nullopt;
}

std::optional<QString> displayNameProblem(const QString &displayName)
{
    if (displayName.size() > MaxDisplayNameLength)
        return QStringLiteral("The display name must have at most %1 characters.")
            .arg(MaxDisplayNameLength);
    for (const QChar c : displayName) {
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("The display name must not contain control characters.");
    }
    return std::nullopt;
}

} // namespace AccountFields
