#include "HtmlPage.h"

HtmlPage::HtmlPage(PageLanguage language, QString title)
    : m_language(std::move(language))
    , m_title(std::move(title))
{}

QString HtmlPage::escape(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return escaped;
}

void HtmlPage::addHeading(const QString &text)
{
    m_parts.append(QStringLiteral("<h1>%1</h1>").arg(escape(text)));
}

void HtmlPage::addParagraph(const QString &text, const QString &cssClass)
{
    if (cssClass.isEmpty())
        m_parts.append(QStringLiteral("<p>%1</p>").arg(escape(text)));
    else
        m_parts.append(
            QStringLiteral("<p class=\"%1\">%2</p>").arg(escape(cssClass), escape(text)));
}

void HtmlPage::addSmallPrint(const QString &text)
{
    m_parts.append(QStringLiteral("<p class=\"small\">%1</p>").arg(escape(text)));
}

void HtmlPage::addRawHtml(const QString &html)
{
    m_parts.append(html);
}

void HtmlPage::allowFormTarget(const QString &origin)
{
    m_formTargets.append(origin);
}

void HtmlPage::addScript(const QString &path)
{
    m_scripts.append(path);
}

HttpResponse HtmlPage::render(int status) const
{
    QString scripts;
    for (const QString &path : m_scripts)
        scripts += QStringLiteral("<script src=\"%1\" defer></script>").arg(escape(path));
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%3\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>%1 · Tasklane</title>"
                       "<link rel=\"stylesheet\" href=\"/static/tasklane.css\">%4</head>"
                       "<body><main class=\"card\"><div class=\"brand\">Tasklane</div>%2</main>"
                       "</body></html>\n")
            .arg(escape(m_title), m_parts.join(QString()), escape(m_language.code()), scripts);
    auto response = HttpResponse::html(html.toUtf8(), status);
    QString formAction = QStringLiteral("'self'");
    for (const QString &origin : m_formTargets)
        formAction += QLatin1Char(' ') + origin;
    response.setHeader(
        "Content-Security-Policy",
        QString(QStringLiteral("default-src 'none'; style-src 'self'; img-src 'self'; ") +
                (m_scripts.isEmpty() ? QString() : QStringLiteral("script-src 'self'; ")) +
                QStringLiteral("form-action ") + formAction +
                QStringLiteral("; frame-ancestors 'none'; base-uri 'none'"))
            .toUtf8());
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Content-Language", m_language.code().toLatin1());
    response.setHeader("Vary", "Accept-Language");
    return response;
}
