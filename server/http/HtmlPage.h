#pragma once

#include "HttpResponse.h"

#include <QString>
#include <QStringList>

// Builds the server's few HTML pages from escaped parts, so no user input reaches the page
// unescaped, and gives each the same security headers (CSP, X-Frame-Options).
class HtmlPage
{
public:
    explicit HtmlPage(QString title);

    static QString escape(const QString &text);

    void addHeading(const QString &text);
    void addParagraph(const QString &text, const QString &cssClass = {});
    void addSmallPrint(const QString &text);
    void addRawHtml(const QString &html); // callers escape every value they put in
    // Origins (besides 'self') that a form on this page may post or redirect to.
    void allowFormTarget(const QString &origin);

    HttpResponse render(int status = 200) const;

private:
    QString m_title;
    QStringList m_parts;
    QStringList m_formTargets;
};
