#include "UserAgentText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace UserAgentText {

namespace {

constexpr qsizetype MaxSummaryLength = 60;

struct Product
{
    const char *token; // as it appears before the slash
    const char *name;  // as people call it
};

// Browsers put several products in their header (Chrome also says Safari, Edge also says
// Chrome); the first match in this order is the one the user runs.
constexpr Product Browsers[] = {
    {"Edg", "Edge"},        {"EdgA", "Edge"},         {"OPR", "Opera"},
    {"Vivaldi", "Vivaldi"}, {"Firefox", "Firefox"},   {"FxiOS", "Firefox"},
    {"CriOS", "Chrome"},    {"Chromium", "Chromium"}, {"Chrome", "Chrome"},
};

// The version up to its second part: "128.0.6613.84" -> "128.0", "7.88.1" -> "7.88".
QString shortVersion(const QString &version)
{
    const QStringList parts = version.split(QLatin1Char('.'));
    if (parts.size() <= 2)
        return version;
    return parts.at(0) + QLatin1Char('.') + parts.at(1);
}

QString majorVersion(const QString &version)
{
    return version.section(QLatin1Char('.'), 0, 0);
}

QString versionOf(const QString &userAgent, const QString &token)
{
    const QRegularExpression pattern(QStringLiteral("(?:^|[\\s;(])") +
                                     QRegularExpression::escape(token) +
                                     QStringLiteral("/([0-9][0-9A-Za-z.]*)"));
    const QRegularExpressionMatch match = pattern.match(userAgent);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString cut(const QString &text)
{
    if (text.size() <= MaxSummaryLength)
        return text;
    return text.left(MaxSummaryLength - 1) + QChar(0x2026);
}

QString withSystem(const QString &product, const QString &system)
{
    if (system.isEmpty())
        return product;
    return QCoreApplication::translate("UserAgentText", "%1 on %2").arg(product, system);
}

} // namespace

QString operatingSystem(const QString &userAgent)
{
    const auto has = [&userAgent](const char *word) {
        return userAgent.contains(QLatin1String(word), Qt::CaseInsensitive);
    };
    if (has("Android"))
        return QStringLiteral("Android");
    if (has("iPhone") || has("iPad") || has("iOS"))
        return QStringLiteral("iOS");
    if (has("CrOS"))
        return QStringLiteral("ChromeOS");
    if (has("Windows"))
        return QStringLiteral("Windows");
    if (has("Mac OS X") || has("Macintosh") || has("macOS") || has("Darwin"))
        return QStringLiteral("macOS");
    if (has("FreeBSD"))
        return QStringLiteral("FreeBSD");
    if (has("Linux") || has("X11"))
        return QStringLiteral("Linux");
    return {};
}

namespace {

// The product a header names, as people call it, with its version when `withVersion`; empty
// when the header names none (empty, or Qt's bare "Mozilla/5.0"). `whole` is set when the header
// has no product/version form and so is taken whole, with no system to add.
QString productOf(const QString &header, bool withVersion, bool *whole = nullptr)
{
    if (header.isEmpty())
        return {};
    // Qt's default header ("Mozilla/5.0" and nothing else) names no browser and no system.
    static const QRegularExpression bareMozilla(QStringLiteral("^Mozilla/[0-9.]+$"));
    if (bareMozilla.match(header).hasMatch())
        return {};
    const auto named = [withVersion](const QString &name, const QString &version) {
        return withVersion ? name + QLatin1Char(' ') + version : name;
    };

    if (header.startsWith(QLatin1String("Mozilla/"))) {
        for (const Product &browser : Browsers) {
            const QString version = versionOf(header, QLatin1String(browser.token));
            if (!version.isEmpty())
                return named(QLatin1String(browser.name), majorVersion(version));
        }
        const QString safari = versionOf(header, QStringLiteral("Version"));
        if (!safari.isEmpty() && header.contains(QLatin1String("Safari/")))
            return named(QStringLiteral("Safari"), majorVersion(safari));
    }

    // Any other client: its first product ("Tasklane/0.1 (Linux)", "curl/7.88.1").
    static const QRegularExpression firstProduct(QStringLiteral("^([^/\\s]+)/([^\\s]+)"));
    const QRegularExpressionMatch match = firstProduct.match(header);
    if (!match.hasMatch()) {
        if (whole)
            *whole = true;
        return header;
    }
    return named(match.captured(1), shortVersion(match.captured(2)));
}

} // namespace

QString summary(const QString &userAgent)
{
    const QString header = userAgent.simplified();
    bool whole = false;
    const QString product = productOf(header, true, &whole);
    if (product.isEmpty())
        return QCoreApplication::translate("UserAgentText", "Unknown");
    return cut(whole ? product : withSystem(product, operatingSystem(header)));
}

QString product(const QString &userAgent)
{
    return productOf(userAgent.simplified(), false);
}

QString family(const QString &userAgent)
{
    const QString header = userAgent.simplified();
    bool whole = false;
    const QString name = productOf(header, false, &whole);
    if (name.isEmpty())
        return QCoreApplication::translate("UserAgentText", "Unknown");
    return cut(whole ? name : withSystem(name, operatingSystem(header)));
}

} // namespace UserAgentText
