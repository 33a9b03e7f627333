#include "PageLanguage.h"

#include <QTranslator>

PageLanguage::PageLanguage(QString code, const QTranslator *catalogue)
    : m_code(std::move(code))
    , m_catalogue(catalogue)
{}

QString PageLanguage::translate(const char *context, const char *source, const char *disambiguation,
                                int n) const
{
    QString text;
    if (m_catalogue)
        text = m_catalogue->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    // What QCoreApplication::translate does for %n; QTranslator leaves it to the caller.
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}
