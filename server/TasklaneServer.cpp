#include "TasklaneServer.h"

#include <QCoreApplication>

#include "ServerServices.h"
#include "account/MeEndpoint.h"
#include "account/PasswordEndpoint.h"
#include "account/PersonalTokensEndpoint.h"
#include "account/SecurityEventsEndpoint.h"
#include "account/SessionsEndpoint.h"
#include "account/TwoFactorEndpoint.h"
#include "admin/AdminActionsEndpoint.h"
#include "admin/AdminAuditEndpoint.h"
#include "admin/AdminUsersEndpoint.h"
#include "http/HttpServer.h"
#include "oauth/AuthorizeEndpoint.h"
#include "oauth/IntrospectionEndpoint.h"
#include "oauth/MetadataEndpoint.h"
#include "oauth/RegistrationEndpoint.h"
#include "oauth/RevocationEndpoint.h"
#include "oauth/TokenEndpoint.h"
#include "tasks/TasksEndpoint.h"
#include "web/SiteEndpoint.h"

#include <QTcpServer>

struct TasklaneServer::Endpoints
{
    explicit Endpoints(ServerServices &s)
        : metadata(s)
        , authorize(s)
        , token(s)
        , revocation(s)
        , introspection(s)
        , registration(s)
        , me(s)
        , personalTokens(s)
        , sessions(s)
        , securityEvents(s)
        , adminUsers(s)
        , adminActions(s)
        , adminAudit(s)
        , twoFactor(s)
        , password(s)
        , tasks(s)
        , site(s)
    {}

    void registerAll(Router &router)
    {
        metadata.registerRoutes(router);
        authorize.registerRoutes(router);
        token.registerRoutes(router);
        revocation.registerRoutes(router);
        introspection.registerRoutes(router);
        registration.registerRoutes(router);
        me.registerRoutes(router);
        personalTokens.registerRoutes(router);
        sessions.registerRoutes(router);
        securityEvents.registerRoutes(router);
        adminUsers.registerRoutes(router);
        adminActions.registerRoutes(router);
        adminAudit.registerRoutes(router);
        twoFactor.registerRoutes(router);
        password.registerRoutes(router);
        tasks.registerRoutes(router);
        site.registerRoutes(router);
    }

    MetadataEndpoint metadata;
    AuthorizeEndpoint authorize;
    TokenEndpoint token;
    RevocationEndpoint revocation;
    IntrospectionEndpoint introspection;
    RegistrationEndpoint registration;
    MeEndpoint me;
    PersonalTokensEndpoint personalTokens;
    SessionsEndpoint sessions;
    SecurityEventsEndpoint securityEvents;
    AdminUsersEndpoint adminUsers;
    AdminActionsEndpoint adminActions;
    AdminAuditEndpoint adminAudit;
    TwoFactorEndpoint twoFactor;
    PasswordEndpoint password;
    TasksEndpoint tasks;
    SiteEndpoint site;
};

TasklaneServer::TasklaneServer(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

TasklaneServer::~TasklaneServer()
{
    // Password checks still running would report to endpoints destroyed below. Their answers
    // travel as queued continuations (worker -> endpoint -> HTTP layer); they are delivered
    // here, while their receivers live: Qt 6.4 asserts on a continuation whose context is gone.
    if (m_services) {
        m_services->passwordChecks.waitForDone();
        for (int round = 0; round < 3; ++round)
            QCoreApplication::sendPostedEvents();
    }
    m_http.reset();
    m_endpoints.reset();
    m_services.reset();
}

bool TasklaneServer::start()
{
    m_services = std::make_unique<ServerServices>(m_config, QString());
    m_services->db.migrate();
    m_services->clients.ensureBuiltinClients();

    Router router;
    m_endpoints = std::make_unique<Endpoints>(*m_services);
    m_endpoints->registerAll(router);
    m_http = std::make_unique<HttpServer>(std::move(router));
    m_http->setMaxBodyBytes(m_config.maxBodyBytes);
    m_port = m_http->listenOn(m_config.listenAddress, m_config.port);
    if (m_port == 0)
        return false;
    m_services->issuer = m_config.issuer.isEmpty() ? baseUrl() : m_config.issuer;
    return true;
}

QString TasklaneServer::baseUrl() const
{
    QString host = m_config.listenAddress.toString();
    if (m_config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}
