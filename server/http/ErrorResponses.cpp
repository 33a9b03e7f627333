#include "ErrorResponses.h"

#include "HtmlPage.h"

namespace ErrorResponses {

HttpResponse api(const RequestContext &context, const ApiError &error)
{
    QJsonObject body{
        {QStringLiteral("code"), error.code()},
        {QStringLiteral("message"), error.message()},
        {QStringLiteral("requestId"), QString::fromLatin1(context.requestId())},
    };
    if (!error.details().isEmpty())
        body.insert(QStringLiteral("details"), error.details());
    for (auto it = error.fields().begin(); it != error.fields().end(); ++it)
        body.insert(it.key(), it.value());
    auto response = HttpResponse::json(body, error.status());
    for (const auto &[name, value] : error.headers())
        response.setHeader(name, value);
    return response;
}

HttpResponse oauth(const OAuthError &error)
{
    QJsonObject body{{QStringLiteral("error"), error.error()}};
    if (!error.description().isEmpty())
        body.insert(QStringLiteral("error_description"), error.description());
    auto response = HttpResponse::json(body, error.status());
    if (error.status() == 401)
        response.setHeader("WWW-Authenticate", "Basic realm=\"tasklane\"");
    response.setHeader("Pragma", "no-cache");
    return response;
}

HttpResponse page(const RequestContext &context, int status, const QString &title,
                  const QString &message)
{
    HtmlPage html(context.pageLanguage(), title);
    html.addHeading(title);
    html.addParagraph(message);
    html.addSmallPrint(html.language()
                           .translate("ErrorResponses", "Request id: %1")
                           .arg(QString::fromLatin1(context.requestId())));
    return html.render(status);
}

} // namespace ErrorResponses
