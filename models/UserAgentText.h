#pragma once

#include <QString>

// A User-Agent header in a few plain words for the session and log tables: "Firefox 128 on
// Linux", "Tasklane 0.1", "curl 7.88". The full header stays available for tooltips.
namespace UserAgentText {

// "Unknown" for an empty header; the first product and version otherwise, with the browser
// and the operating system picked out of browser headers.
QString summary(const QString &userAgent);
// The operating system named in the header ("Linux", "Windows", "macOS", ...), or empty.
QString operatingSystem(const QString &userAgent);
// The product without its version ("Firefox", "Tasklane", "curl"), or empty when the header
// names none: with operatingSystem() what "the same software" means for new sign-in alerts.
QString product(const QString &userAgent);
// summary() without the version: "Firefox on Windows", "Tasklane on Linux", "Unknown".
QString family(const QString &userAgent);

} // namespace UserAgentText
