#include "QuotedName.h"

#include <QLocale>

QString quotedName(const QString &name)
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English).quoteString(name);
    return locale.quoteString(name);
}
