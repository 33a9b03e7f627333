#include "SiteEndpoint.h"

#include "ServerServices.h"
#include "http/HtmlPage.h"
#include "http/Router.h"

#include <QFile>

#include <stdexcept>

SiteEndpoint::SiteEndpoint(ServerServices &services)
    : m_services(services)
{}

void SiteEndpoint::registerRoutes(Router &router)
{
    using M = RequestContext::Method;
    router.add(M::Get, QStringLiteral("/static/tasklane.css"), [](RequestContext &) {
        QFile file(QStringLiteral(":/web/tasklane.css"));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("the stylesheet resource is missing from the build");
        HttpResponse response(200, "text/css; charset=utf-8", file.readAll());
        response.setHeader("Cache-Control", "public, max-age=3600");
        return response;
    });
    // The one script of the passkey pages (HtmlPage::addScript()).
    router.add(M::Get, QStringLiteral("/static/passkeys.js"), [](RequestContext &) {
        QFile file(QStringLiteral(":/web/passkeys.js"));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("the passkey script resource is missing from the build");
        HttpResponse response(200, "text/javascript; charset=utf-8", file.readAll());
        response.setHeader("Cache-Control", "public, max-age=3600");
        return response;
    });
    // Browsers ask every site for /favicon.ico. The server has no icon; an empty answer keeps a
    // "404 Not Found" out of the console of every page it renders, and caching stops the asking.
    router.add(M::Get, QStringLiteral("/favicon.ico"), [](RequestContext &) {
        HttpResponse response = HttpResponse::noContent();
        response.setHeader("Cache-Control", "public, max-age=86400");
        return response;
    });
    router.add(M::Get, QStringLiteral("/healthz"), [](RequestContext &) {
        return HttpResponse::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    router.add(M::Get, QStringLiteral("/"), [this](RequestContext &context) {
        const PageLanguage language = context.pageLanguage();
        HtmlPage page(language, QStringLiteral("tasklane-server"));
        page.addHeading(language.translate("SiteEndpoint", "tasklane-server is running"));
        page.addParagraph(
            language
                .translate("SiteEndpoint",
                           "Connect to it from the Tasklane app with this address: %1")
                .arg(m_services.issuer));
        return page.render();
    });
}
