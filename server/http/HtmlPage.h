#pragma once

#include "HttpResponse.h"
#include "PageLanguage.h"

#include <QString>
#include <QStringList>

// Builds the server's few HTML pages from escaped parts, so no user input reaches the page
// unescaped, and gives each the same security headers (CSP, X-Frame-Options). The page is in
// `language` (RequestContext::pageLanguage()): its lang attribute and Content-Language say so, and
// Vary: Accept-Language tells caches that the same address reads differently per browser. The
// callers translate the texts they add.
class HtmlPage
{
public:
    HtmlPage(PageLanguage language, QString title);

    static QString escape(const QString &text);

    const PageLanguage &language() const { return m_language; }

    void addHeading(const QString &text);
    void addParagraph(const QString &text, const QString &cssClass = {});
    void addSmallPrint(const QString &text);
    void addRawHtml(const QString &html); // callers escape every value they put in
    // Origins (besides 'self') that a form on this page may post or redirect to.
    void allowFormTarget(const QString &origin);
    // Loads the server's own script at `path` (e.g. /static/passkeys.js): the page's CSP then
    // allows script-src 'self', which no other page has. Never inline script.
    void addScript(const QString &path);

    HttpResponse render(int status = 200) const;

private:
    PageLanguage m_language;
    QString m_title;
    QStringList m_parts;
    QStringList m_formTargets;
    QStringList m_scripts;
};
