#pragma once

#include <QLocale>
#include <QString>

class QTranslator;

// The language one HTML page is written in: its code ("en", "de", ...) and the server's catalogue
// for it (none for English, the source language). A small value, made per request by
// PageTranslator; the catalogue belongs to the PageTranslator, which outlives every request.
//
// Page texts are marked where they are written, as `language.translate("Context", "Text")`, which
// lupdate collects like QCoreApplication::translate (scripts/update-translations.sh), but looked
// up only in this page's catalogue: the server answers many browsers at once, in their languages,
// so nothing is installed application-wide.
class PageLanguage
{
public:
    static inline const QString English = QStringLiteral("en");

    PageLanguage() = default;
    PageLanguage(QString code, const QTranslator *catalogue);

    const QString &code() const { return m_code; }
    // For dates and numbers on the page.
    QLocale locale() const { return QLocale(m_code); }

    // The translation of `source`, or `source` itself when the catalogue has none (or for
    // English). With n >= 0 the plural form for n is chosen and "%n" replaced with n.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const;

private:
    QString m_code = English;
    const QTranslator *m_catalogue = nullptr;
};
