#include "RedirectUris.h"

#include <QUrl>

namespace RedirectUris {

namespace {

bool isLoopbackUrl(const QUrl &url)
{
    return url.isValid() && url.scheme() == QLatin1String("http") &&
           (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("::1")) &&
           url.userInfo().isEmpty() && !url.hasFragment();
}

QString normalizedPath(const QUrl &url)
{
    return url.path().isEmpty() ? QStringLiteral("/") : url.path();
}

} // namespace

bool isLoopback(const QString &uri)
{
    return isLoopbackUrl(QUrl(uri, QUrl::StrictMode));
}

bool isAcceptableForNativeClient(const QString &uri)
{
    return isLoopback(uri);
}

bool matches(const QStringList &registered, const QString &requested)
{
    const QUrl wanted(requested, QUrl::StrictMode);
    if (!wanted.isValid() || wanted.hasFragment())
        return false;
    for (const QString &candidate : registered) {
        if (candidate == requested)
            return true;
        const QUrl allowed(candidate, QUrl::StrictMode);
        if (isLoopbackUrl(allowed) && isLoopbackUrl(wanted) && allowed.host() == wanted.host() &&
            normalizedPath(allowed) == normalizedPath(wanted) &&
            allowed.query() == wanted.query()) {
            return true;
        }
    }
    return false;
}

} // namespace RedirectUris
