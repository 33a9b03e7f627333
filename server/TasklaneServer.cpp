#include "TasklaneServer.h"

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
#include "http/Dispatcher.h"
#include "http/HttpServer.h"
#include "http/WorkerPool.h"
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
Q_LOGGING_CATEGORY(lcServer, "tasklane.server")

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

// What one worker thread owns: its connection and stores, its endpoints and their routes.
// Worker 0 also purges spent rows.
struct TasklaneServer::Worker : WorkerPool::Worker
{
    Worker(SharedServices &shared, qint64 maxBodyBytes)
        : services(shared)
        , endpoints(services)
        , handler(routes(endpoints), maxBodyBytes)
    {}

    Dispatcher &dispatcher() override { return handler; }

    static Router routes(Endpoints &endpoints)
    {
        Router router;
        endpoints.registerAll(router);
        return router;
    }

    // Migrations, the built-in clients and the purge of spent rows at start: on one connection,
    // before the other workers open theirs.
    void prepareDatabase()
    {
        services.db.migrate();
        services.clients.ensureBuiltinClients();
        // Spent rows go at start, before the server listens, then every hour in batches between
        // requests (docs/api.md 16.1).
        purge = std::make_unique<SpentRowPurge>(services.db, services.config.sessionLifetime,
                                                services.config.purgeAfterDays);
        try {
            const auto purged = purge->runAll(Clock::nowMs());
            if (purged.total() > 0)
                qCInfo(lcPurge) << "purged" << purged;
        } catch (const StoreError &error) {
            qCWarning(lcPurge) << "the purge of spent rows failed:" << error.what();
        }
    }

    // One batch of the purge; schedules the next one, after the requests waiting, while more is
    // due.
    void purgeBatch()
    {
        try {
            const auto purged = purge->runBatch(Clock::nowMs());
            if (purged.total() > 0)
                qCInfo(lcPurge) << "purged" << purged;
            if (!purge->done())
                QTimer::singleShot(0, &thread, [this] { purgeBatch(); });
        } catch (const StoreError &error) {
            // Another instance or the CLI may hold the database; the next hour tries again.
            qCWarning(lcPurge) << "the purge of spent rows failed:" << error.what();
        }
    }

    ServerServices services;
    Endpoints endpoints;
    Dispatcher handler;
    std::unique_ptr<SpentRowPurge> purge; // worker 0 only
    QObject thread;                       // on the worker thread: context of its timers
};

TasklaneServer::TasklaneServer(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

TasklaneServer::~TasklaneServer()
{
    m_purgeTimer.stop();
    if (m_workers) {
        // The requests the workers began are finished, password checks included, and answered
        // while the sockets are still there; then the workers stop.
        SharedServices *shared = m_shared.get();
        m_workers->stop([shared] { shared->passwordChecks.waitForDone(); });
        if (m_http)
            m_http->flushConnections();
    }
    m_http.reset();
    m_workers.reset();
    m_shared.reset();
}

bool TasklaneServer::start()
{
    m_shared = std::make_unique<SharedServices>(m_config);
    if (m_config.sessionLifetime.idleDays > m_config.sessionLifetime.maxDays)
        qCWarning(lcPurge) << "--session-idle-days is longer than --session-max-days: sessions "
                              "end after"
                           << m_config.sessionLifetime.maxDays << "days whatever their use";

    const int connections = m_config.effectiveDatabaseConnections();
    SharedServices &shared = *m_shared;
    const qint64 maxBodyBytes = m_config.maxBodyBytes;
    m_workers = std::make_unique<WorkerPool>(connections, [&shared, maxBodyBytes](int index) {
        auto worker = std::make_unique<Worker>(shared, maxBodyBytes);
        if (index == 0)
            worker->prepareDatabase();
        return worker;
    });
    qCInfo(lcServer) << "serving with" << connections << "database connections";

    m_purgeTimer.setInterval(PurgeIntervalMs);
    connect(&m_purgeTimer, &QTimer::timeout, this, [this] {
        m_workers->post(
            0, [](WorkerPool::Worker &worker) { static_cast<Worker &>(worker).purgeBatch(); });
    });
    m_purgeTimer.start();

    m_http = std::make_unique<HttpServer>(*m_workers);
    m_http->setOptions(m_config.http);
    m_port = m_http->listenOn(m_config.listenAddress, m_config.port);
    if (m_port == 0)
        return false;
    // Before the first request reaches a worker (the event loop has not run yet).
    m_shared->issuer = m_config.issuer.isEmpty() ? baseUrl() : m_config.issuer;
    return true;
}

int TasklaneServer::databaseConnections() const
{
    return m_workers ? m_workers->size() : 0;
}

QString TasklaneServer::baseUrl() const
{
    QString host = m_config.listenAddress.toString();
    if (m_config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}
