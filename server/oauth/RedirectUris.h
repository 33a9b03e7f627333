#pragma once

#include <QString>
#include <QStringList>

// Redirect URI rules for native apps (RFC 8252): loopback IP literals over http, whose port
// is not compared (section 7.3); everything else must match a registered URI exactly.
namespace RedirectUris {
bool isLoopback(const QString &uri);
bool isAcceptableForNativeClient(const QString &uri);
bool matches(const QStringList &registered, const QString &requested);
} // namespace RedirectUris
