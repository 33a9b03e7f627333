#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The scopes of DESIGN.md section 3 and their descriptions in plain words.
namespace Scopes {
inline const QString TasksRead = QStringLiteral("tasks:read");
inline const QString TasksWrite = QStringLiteral("tasks:write");
inline const QString Account = QStringLiteral("account");
inline const QString Admin = QStringLiteral("admin");

QStringList all();
QString defaultScope();
// What a scope lets an application do, in English marked for translation (context "Scopes": the
// consent page translates it); nullptr for an unknown scope.
const char *describe(const QString &scope);
// Splits a space-separated scope string; nullopt when it names an unknown scope.
std::optional<QStringList> parse(const QString &scope);
QString join(const QStringList &scopes);
} // namespace Scopes
