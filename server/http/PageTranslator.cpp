#include "PageTranslator.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <optional>

Q_LOGGING_CATEGORY(lcPages, "tasklane.pages", QtWarningMsg)

namespace {

struct LanguageRange
{
    QString range; // lower case: "de-ch", "fr", "*"
    int weight;    // the q-value in thousandths: 0..1000
};

// "0.8" -> 800; nullopt when not an RFC 9110 qvalue ("0" to "1", at most three decimals).
std::optional<int> parseQValue(const QString &text)
{
    static const QRegularExpression qvalue(
        QStringLiteral("^(?:0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?)$"));
    if (!qvalue.match(text).hasMatch())
        return std::nullopt;
    const QString decimals = text.mid(2).leftJustified(3, QLatin1Char('0'));
    return text.startsWith(QLatin1Char('1')) ? 1000 : decimals.toInt();
}

// The ranges of an Accept-Language header in order; nullopt when it is not valid (RFC 9110
// section 12.5.4: 1#( language-range [ weight ] ), language-range as in RFC 4647 section 2.1).
std::optional<QList<LanguageRange>> parseRanges(const QByteArray &header)
{
    static const QRegularExpression languageRange(
        QStringLiteral("^(?:\\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$"));
    static const QRegularExpression weight(QStringLiteral("^q[ \\t]*=[ \\t]*(.*)$"));
    QList<LanguageRange> ranges;
    const QString text = QString::fromLatin1(header).toLower();
    for (const QString &element : text.split(QLatin1Char(','))) {
        const QStringList parts = element.split(QLatin1Char(';'));
        const QString range = parts.first().trimmed();
        if (range.isEmpty() && parts.size() == 1)
            continue; // empty list elements are allowed ("de, , fr")
        if (!languageRange.match(range).hasMatch() || parts.size() > 2)
            return std::nullopt;
        int q = 1000;
        if (parts.size() == 2) {
            const auto match = weight.match(parts.at(1).trimmed());
            const auto parsed = match.hasMatch() ? parseQValue(match.captured(1)) : std::nullopt;
            if (!parsed)
                return std::nullopt;
            q = *parsed;
        }
        ranges.append({range, q});
    }
    return ranges;
}

} // namespace

PageTranslator::PageTranslator(const QStringList &languages)
{
    for (const QString &language : languages) {
        auto catalogue = std::make_unique<QTranslator>();
        if (catalogue->load(QStringLiteral("tasklane-server_") + language,
                            QStringLiteral(":/i18n"))) {
            m_catalogues.emplace(language, std::move(catalogue));
        } else {
            qCWarning(lcPages) << "no page catalogue for" << language;
        }
    }
}

const PageTranslator &PageTranslator::shipped()
{
    // TASKLANE_LANGUAGES from the top-level CMakeLists.txt, joined with commas.
    static const PageTranslator translator(
        QStringLiteral(TASKLANE_LANGUAGES).split(QLatin1Char(','), Qt::SkipEmptyParts));
    return translator;
}

QStringList PageTranslator::languages() const
{
    QStringList languages{PageLanguage::English};
    for (const auto &[language, catalogue] : m_catalogues)
        languages.append(language);
    return languages;
}

PageLanguage PageTranslator::forHeader(const QByteArray &acceptLanguage) const
{
    const QString language = choose(acceptLanguage, languages());
    const auto found = m_catalogues.find(language);
    return PageLanguage(language, found == m_catalogues.end() ? nullptr : found->second.get());
}

QString PageTranslator::choose(const QByteArray &acceptLanguage, const QStringList &available)
{
    const auto ranges = parseRanges(acceptLanguage);
    if (!ranges)
        return PageLanguage::English;

    // Each language's weight comes from the most specific range that names it: "de" itself, else
    // the highest of its subtags' ranges ("de-ch", "de-at"), else "*". So "de;q=0, *" rules German
    // out while "*" still accepts the rest. Equal weights: the range that came first wins.
    QString best = PageLanguage::English;
    int bestWeight = 0;
    qsizetype bestPosition = ranges->size();
    for (const QString &language : available) {
        int exact = -1;
        int prefixed = -1;
        int any = -1;
        qsizetype exactAt = 0;
        qsizetype prefixedAt = 0;
        qsizetype anyAt = 0;
        for (qsizetype i = 0; i < ranges->size(); ++i) {
            const LanguageRange &range = ranges->at(i);
            if (range.range == language) {
                if (range.weight > exact) {
                    exact = range.weight;
                    exactAt = i;
                }
            } else if (range.range.startsWith(language + QLatin1Char('-'))) {
                if (range.weight > prefixed) {
                    prefixed = range.weight;
                    prefixedAt = i;
                }
            } else if (range.range == QLatin1String("*")) {
                if (range.weight > any) {
                    any = range.weight;
                    anyAt = i;
                }
            }
        }
        const int weight = exact >= 0 ? exact : prefixed >= 0 ? prefixed : any;
        const qsizetype position = exact >= 0 ? exactAt : prefixed >= 0 ? prefixedAt : anyAt;
        if (weight > bestWeight ||
            (weight == bestWeight && weight > 0 && position < bestPosition)) {
            best = language;
            bestWeight = weight;
            bestPosition = position;
        }
    }
    return best;
}
