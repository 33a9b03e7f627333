#include "PseudoTranslator.h"

namespace {

// A letter with an accent for each ASCII letter, A..Z then a..z.
const char16_t Upper[] = u"ÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŜŢÛṼŴẊÝŽ";
const char16_t Lower[] = u"áƀçđéƒĝĥîĵķļṁñöþǫŕŝţûṽŵẋýž";

QChar accented(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return QChar(Upper[u - u'A']);
    if (u >= u'a' && u <= u'z')
        return QChar(Lower[u - u'a']);
    return c;
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}

// Length of the HTML entity at `from` ("&amp;", "&#8220;", "&#x201c;"), 0 if there is none.
qsizetype entityLength(const QString &text, qsizetype from)
{
    qsizetype i = from + 1;
    if (i < text.size() && text.at(i) == QLatin1Char('#'))
        ++i;
    const qsizetype start = i;
    while (i < text.size() && i - start < 10 && text.at(i).isLetterOrNumber() &&
           text.at(i).unicode() < 128)
        ++i;
    return i > start && i < text.size() && text.at(i) == QLatin1Char(';') ? i + 1 - from : 0;
}

// Length of the HTML tag at `from` ("<b>", "</a>", "<br/>", "<a href=\"...\">"), 0 if none.
qsizetype tagLength(const QString &text, qsizetype from)
{
    const qsizetype next = from + 1;
    if (next >= text.size())
        return 0;
    const QChar c = text.at(next);
    if (!isAsciiLetter(c) && c != QLatin1Char('/') && c != QLatin1Char('!'))
        return 0;
    const qsizetype end = text.indexOf(QLatin1Char('>'), next);
    return end < 0 ? 0 : end + 1 - from;
}

// Length of the placeholder at `from` ("%1", "%12", "%L1", "%n", "%Ln"), 0 if none.
qsizetype placeholderLength(const QString &text, qsizetype from)
{
    qsizetype i = from + 1;
    if (i < text.size() && text.at(i) == QLatin1Char('L'))
        ++i;
    if (i < text.size() && text.at(i) == QLatin1Char('n'))
        return i + 1 - from;
    const qsizetype start = i;
    while (i < text.size() && i - start < 2 && text.at(i).isDigit())
        ++i;
    return i > start ? i - from : 0;
}

} // namespace

QString PseudoTranslator::translate(const char *context, const char *sourceText,
                                    const char *disambiguation, int n) const
{
    Q_UNUSED(context);
    Q_UNUSED(disambiguation);
    Q_UNUSED(n);
    if (!sourceText)
        return {};
    return pseudo(QString::fromUtf8(sourceText));
}

QString PseudoTranslator::pseudo(const QString &source)
{
    if (source.trimmed().isEmpty())
        return {};
    QString result;
    result.reserve(source.size() * 2 + 4);
    result += QLatin1Char('[');
    qsizetype letters = 0; // visible characters, for the padding
    bool hasLetter = false;
    for (qsizetype i = 0; i < source.size();) {
        const QChar c = source.at(i);
        qsizetype keep = 0;
        if (c == QLatin1Char('%')) {
            keep = placeholderLength(source, i);
        } else if (c == QLatin1Char('<')) {
            keep = tagLength(source, i);
        } else if (c == QLatin1Char('&')) {
            keep = entityLength(source, i);
            if (!keep) // "&&" is a literal ampersand; "&S" marks the accelerator S: both stay
                keep = qMin<qsizetype>(2, source.size() - i);
        }
        if (keep > 0) {
            result += QStringView(source).mid(i, keep);
            if (c != QLatin1Char('<'))
                ++letters;
            i += keep;
            continue;
        }
        result += accented(c);
        ++letters;
        hasLetter = hasLetter || c.isLetter();
        ++i;
    }
    // Nothing to read ("+" between keys, "%1 (%2)"): left alone, so the texts put into it or
    // around it show their own brackets once, not nested ones.
    if (!hasLetter)
        return {};
    // About 40% longer, as German or French often are.
    const qsizetype padding = qMax<qsizetype>(2, (letters * 2 + 4) / 5);
    result += QLatin1Char(' ') + QString(padding, QLatin1Char('~')) + QLatin1Char(']');
    return result;
}
