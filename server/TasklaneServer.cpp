#include "TasklaneServer.h"

#include <QCoreApplication>

#include "ServerServices.h"
#include "account/MeEndpoint.h"
#include "account/PasskeysEndpoint.h"
#include "account/PasswordEndpoint.h"
#include "account/PersonalTokensEndpoint.h"
#include "account/SecurityEventsEndpoint.h"
#include "account/SessionsEndpoint.h"
#include "account/SignInAlertsEndpoint.h"
#include "account/TwoFactorEndpoint.h"
#include "admin/AdminActionsEndpoint.h"
#include "admin/AdminAuditEndpoint.h"
#include "admin/AdminServiceClientsEndpoint.h"
#include "admin/AdminUsersEndpoint.h"
#include "http/HttpServer.h"
#include "oauth/AuthorizeEndpoint.h"
#include "oauth/IntrospectionEndpoint.h"
#include "oauth/MetadataEndpoint.h"
#include "oauth/RegistrationEndpoint.h"
#include "oauth/RevocationEndpoint.h"
#include "oauth/TokenEndpoint.h"
#include "store/Ids.h"
#include "store/SpentRowPurge.h"
#include "store/StoreError.h"
#include "tasks/TasksEndpoint.h"
#include "web/SiteEndpoint.h"

#include <QLoggingCategory>
#include <QTcpServer>

Q_LOGGING_CATEGORY(lcPurge, "tasklane.server.purge")

namespace {
constexpr int PurgeIntervalMs = 60 * 60 * 1000;

QDebug operator<<(QDebug debug, const SpentRowPurge::Counts &counts)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << counts.authorizationRequests << " authorization requests, "
                    << counts.accessTokens << " access tokens, " << counts.authorizationCodes
                    << " authorization codes, " << counts.refreshTokens << " refresh tokens, "
                    << counts.sessions << " sessions, " << counts.rateLimitWindows
                    << " rate-limit windows";
    return debug;
}
} // namespace

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
        , passkeys(s)
        , sessions(s)
        , securityEvents(s)
        , signInAlerts(s)
        , adminUsers(s)
        , adminActions(s)
        , adminAudit(s)
        , adminServiceClients(s)
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
        passkeys.registerRoutes(router);
        sessions.registerRoutes(router);
        securityEvents.registerRoutes(router);
        signInAlerts.registerRoutes(router);
        adminUsers.registerRoutes(router);
        adminActions.registerRoutes(router);
        adminAudit.registerRoutes(router);
        adminServiceClients.registerRoutes(router);
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
    PasskeysEndpoint passkeys;
    SessionsEndpoint sessions;
    SecurityEventsEndpoint securityEvents;
    SignInAlertsEndpoint signInAlerts;
    AdminUsersEndpoint adminUsers;
    AdminActionsEndpoint adminActions;
    AdminAuditEndpoint adminAudit;
    AdminServiceClientsEndpoint adminServiceClients;
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
    m_purgeTimer.stop();
    m_purge.reset();
    m_http.reset();
    m_endpoints.reset();
    m_services.reset();
}

bool TasklaneServer::start()
{
    m_services = std::make_unique<ServerServices>(m_config, QString());
    m_services->db.migrate();
    m_services->clients.ensureBuiltinClients();
    if (m_config.sessionLifetime.idleDays > m_config.sessionLifetime.maxDays)
        qCWarning(lcPurge) << "--session-idle-days is longer than --session-max-days: sessions "
                              "end after"
                           << m_config.sessionLifetime.maxDays << "days whatever their use";

    // Spent rows go at start, before the server listens, then every hour in batches between
    // requests (docs/api.md 16.1).
    m_purge = std::make_unique<SpentRowPurge>(m_services->db, m_config.sessionLifetime,
                                              m_config.purgeAfterDays);
    try {
        const auto purged = m_purge->runAll(Clock::nowMs());
        if (purged.total() > 0)
            qCInfo(lcPurge) << "purged" << purged;
    } catch (const StoreError &error) {
        qCWarning(lcPurge) << "the purge of spent rows failed:" << error.what();
    }
    m_purgeTimer.setInterval(PurgeIntervalMs);
    connect(&m_purgeTimer, &QTimer::timeout, this, &TasklaneServer::purgeBatch);
    m_purgeTimer.start();

    Router router;
    m_endpoints = std::make_unique<Endpoints>(*m_services);
    m_endpoints->registerAll(router);
    m_http = std::make_unique<HttpServer>(std::move(router));
    m_http->setMaxBodyBytes(m_config.maxBodyBytes);
    m_http->setOptions(m_config.http);
    m_port = m_http->listenOn(m_config.listenAddress, m_config.port);
    if (m_port == 0)
        return false;
    m_services->issuer = m_config.issuer.isEmpty() ? baseUrl() : m_config.issuer;
    return true;
}

void TasklaneServer::purgeBatch()
{
    try {
        const auto purged = m_purge->runBatch(Clock::nowMs());
        if (purged.total() > 0)
            qCInfo(lcPurge) << "purged" << purged;
        if (!m_purge->done())
            QTimer::singleShot(0, this, &TasklaneServer::purgeBatch);
    } catch (const StoreError &error) {
        // Another instance or the CLI may hold the database; the next hour tries again.
        qCWarning(lcPurge) << "the purge of spent rows failed:" << error.what();
    }
}

QString TasklaneServer::baseUrl() const
{
    QString host = m_config.listenAddress.toString();
    if (m_config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}
