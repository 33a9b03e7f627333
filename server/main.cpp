// tasklane-server: serve HTTP, or run an administration command. All logic is in the library.
#include "OwnerOnlyFile.h"
#include "ServingLock.h"
#include "StdinWatch.h"
#include "TasklaneServer.h"
#include "TerminationSignals.h"
#include "cli/AdminCli.h"
#include "security/Crypto.h"
#include "security/SecretBox.h"
#include "store/Clock.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace {

bool parseListen(const QString &value, ServerConfig &config)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = value.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const int port = value.mid(colon + 1).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return false;
    const QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1")
                                                                  : host);
    if (address.isNull())
        return false;
    config.listenAddress = address;
    config.port = static_cast<quint16>(port);
    return true;
}

bool positiveInt(const QCommandLineParser &parser, const QString &name, int &target)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 1)
        return false;
    target = value;
    return true;
}

// --require-2fa-for-admins=on|off (also true/false, yes/no, 1/0) and --no-require-2fa-for-admins;
// false when the value is none of these or both forms are given.
bool parseRequireTwoFactor(const QCommandLineParser &parser, ServerConfig &config)
{
    const QString name = QStringLiteral("require-2fa-for-admins");
    const bool negated = parser.isSet(QStringLiteral("no-require-2fa-for-admins"));
    if (!parser.isSet(name)) {
        config.requireTwoFactorForAdmins = !negated;
        return true;
    }
    static const QStringList on{QStringLiteral("on"), QStringLiteral("true"), QStringLiteral("yes"),
                                QStringLiteral("1")};
    static const QStringList off{QStringLiteral("off"), QStringLiteral("false"),
                                 QStringLiteral("no"), QStringLiteral("0")};
    const QString value = parser.value(name).trimmed().toLower();
    if (negated || (!on.contains(value) && !off.contains(value)))
        return false;
    config.requireTwoFactorForAdmins = on.contains(value);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tasklane-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TASKLANE_VERSION));
    QTextStream in(stdin), out(stdout), err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Tasklane's task service and OAuth 2.0 authorization server.\n\n"
                       "Commands (default: serve):\n"
                       "  user add NAME --email E [--admin] [--display-name N] [--password-stdin]\n"
                       "      (without --password-stdin: prints a one-time password)\n"
                       "  user list\n"
                       "  user passwd NAME --password-stdin\n"
                       "  user disable NAME\n"
                       "  user enable NAME\n"
                       "  user sessions NAME\n"
                       "  user revoke-all NAME\n"
                       "  user reset-2fa NAME\n"
                       "  user role NAME admin|user\n"
                       "  client add NAME --confidential [--redirect-uri URI]\n"
                       "  service add NAME --owner USER --scope SCOPE [--scope SCOPE]\n"
                       "  service list\n"
                       "  service rotate ID [--overlap SECONDS]\n"
                       "  service revoke ID\n"
                       "  migrate-to postgresql://...\n"
                       "      (copies the SQLite database of --data-dir into an empty PostgreSQL\n"
                       "      database; copy secret.key to every instance that serves it)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("listen"),
         QStringLiteral("Address and port to serve on; port 0 picks a free one."),
         QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080")},
        {QStringLiteral("data-dir"), QStringLiteral("Directory for the SQLite database."),
         QStringLiteral("dir")},
        {QStringLiteral("database"),
         QStringLiteral("Database URL (sqlite:///path or postgresql://user:pw@host/db)."),
         QStringLiteral("url")},
        {QStringLiteral("database-connections"),
         QStringLiteral("Worker threads, each with its own database connection (default 4 on "
                        "PostgreSQL, 2 on SQLite); see docs/admin.md 9 for sizing."),
         QStringLiteral("n")},
        {QStringLiteral("issuer"), QStringLiteral("Public base URL (default: the listen address)."),
         QStringLiteral("url")},
        {QStringLiteral("max-body-bytes"),
         QStringLiteral("Largest accepted request body (default 1048576)."), QStringLiteral("n")},
        {QStringLiteral("rate-limit-credential"),
         QStringLiteral("Requests per minute per token (default 600)."), QStringLiteral("n")},
        {QStringLiteral("rate-limit-ip"),
         QStringLiteral("Requests per minute per client IP (default 1200)."), QStringLiteral("n")},
        {QStringLiteral("rate-limit-sign-in"),
         QStringLiteral("Failed sign-ins per account per 15 minutes (default 10)."),
         QStringLiteral("n")},
        {QStringLiteral("access-token-lifetime"),
         QStringLiteral("Access token lifetime in seconds (default 3600)."), QStringLiteral("s")},
        {QStringLiteral("auth-code-lifetime"),
         QStringLiteral("Authorization code lifetime in seconds (default 60)."),
         QStringLiteral("s")},
        {QStringLiteral("idle-timeout-seconds"),
         QStringLiteral("Close a keep-alive connection idle this long (default 60)."),
         QStringLiteral("s")},
        {QStringLiteral("request-timeout-seconds"),
         QStringLiteral("Drop a request whose headers and body take longer (default 10)."),
         QStringLiteral("s")},
        {QStringLiteral("max-connections-per-ip"),
         QStringLiteral("Open connections per client address (default 64)."), QStringLiteral("n")},
        {QStringLiteral("trusted-proxy"),
         QStringLiteral("Believe X-Forwarded-For/Forwarded from this reverse proxy (an address "
                        "or CIDR such as 10.0.0.0/8; repeatable)."),
         QStringLiteral("cidr")},
        {QStringLiteral("two-factor-lockout-seconds"),
         QStringLiteral("How long two-factor codes are refused after 5 wrong ones (default 300); "
                        "each further lockout within 24 hours lasts twice as long."),
         QStringLiteral("s")},
        {QStringLiteral("exit-with-stdin"),
         QStringLiteral("Stop when standard input closes (for a server started by the app: it "
                        "ends with the app, however the app ends).")},
        {QStringLiteral("require-2fa-for-admins"),
         QStringLiteral("on (default) or off: whether administrators need two-factor "
                        "authentication on to get the admin scope."),
         QStringLiteral("on|off")},
        {QStringLiteral("no-require-2fa-for-admins"),
         QStringLiteral("Same as --require-2fa-for-admins=off (not recommended).")},
        {QStringLiteral("session-idle-days"),
         QStringLiteral("A session ends after this many days without a refresh (default 30)."),
         QStringLiteral("days")},
        {QStringLiteral("session-max-days"),
         QStringLiteral("A session ends this many days after sign-in at the latest (default 90)."),
         QStringLiteral("days")},
        {QStringLiteral("purge-after-days"),
         QStringLiteral("Spent codes, rotated refresh tokens and ended sessions are removed this "
                        "many days after they ended (default 30)."),
         QStringLiteral("days")},
        {QStringLiteral("clock-offset-file"),
         QStringLiteral("For tests only: add the milliseconds written in this file to the "
                        "server's clock, read again at every use."),
         QStringLiteral("file")},
        {QStringLiteral("two-factor-lockout-max-seconds"),
         QStringLiteral("The longest a repeated two-factor lockout lasts (default 86400)."),
         QStringLiteral("s")},
        {QStringLiteral("rate-limit-authorize"),
         QStringLiteral("Sign-in pages (GET /oauth2/authorize) per minute per client IP "
                        "(default 60)."),
         QStringLiteral("n")},
        {QStringLiteral("max-pending-sign-ins-per-ip"),
         QStringLiteral("Unfinished sign-ins (authorization requests) per client IP "
                        "(default 100)."),
         QStringLiteral("n")},
        {QStringLiteral("max-pending-sign-ins"),
         QStringLiteral("Unfinished sign-ins (authorization requests) in total (default 10000)."),
         QStringLiteral("n")},
        {QStringLiteral("password-cost"),
         QStringLiteral("Argon2id cost of new password hashes: interactive (default) or "
                        "moderate; other hashes are redone at their next sign-in."),
         QStringLiteral("cost")},
        {QStringLiteral("email"), QStringLiteral("user add: e-mail address."),
         QStringLiteral("address")},
        {QStringLiteral("display-name"), QStringLiteral("user add: display name."),
         QStringLiteral("name")},
        {QStringLiteral("admin"), QStringLiteral("user add: make the user an administrator.")},
        {QStringLiteral("password-stdin"),
         QStringLiteral("user add/passwd: read the password from standard input.")},
        {QStringLiteral("confidential"),
         QStringLiteral("client add: a confidential client with a secret.")},
        {QStringLiteral("redirect-uri"), QStringLiteral("client add: an allowed redirect URI."),
         QStringLiteral("uri")},
        {QStringLiteral("owner"),
         QStringLiteral("service add: the user whose tasks the service client acts on."),
         QStringLiteral("user")},
        {QStringLiteral("scope"),
         QStringLiteral("service add: tasks:read or tasks:write (repeat for both)."),
         QStringLiteral("scope")},
        {QStringLiteral("overlap"),
         QStringLiteral("service rotate: seconds the old secret still works (default 3600)."),
         QStringLiteral("seconds")},
    });
    parser.process(app);

    ServerConfig config;
    if (!parseListen(parser.value(QStringLiteral("listen")), config)) {
        err << "tasklane-server: --listen needs host:port, for example 127.0.0.1:8080" << Qt::endl;
        return 2;
    }
    bool limitsOk =
        positiveInt(parser, QStringLiteral("rate-limit-credential"),
                    config.rateLimits.perCredentialPerMinute) &&
        positiveInt(parser, QStringLiteral("rate-limit-ip"), config.rateLimits.perIpPerMinute) &&
        positiveInt(parser, QStringLiteral("rate-limit-sign-in"),
                    config.rateLimits.signInAttemptsPerAccount) &&
        positiveInt(parser, QStringLiteral("access-token-lifetime"),
                    config.accessTokenLifetimeSeconds) &&
        positiveInt(parser, QStringLiteral("auth-code-lifetime"), config.authCodeLifetimeSeconds) &&
        positiveInt(parser, QStringLiteral("two-factor-lockout-seconds"),
                    config.twoFactorLockoutSeconds) &&
        positiveInt(parser, QStringLiteral("idle-timeout-seconds"),
                    config.http.idleTimeoutSeconds) &&
        positiveInt(parser, QStringLiteral("request-timeout-seconds"),
                    config.http.requestTimeoutSeconds) &&
        positiveInt(parser, QStringLiteral("max-connections-per-ip"),
                    config.http.maxConnectionsPerIp) &&
        positiveInt(parser, QStringLiteral("session-idle-days"), config.sessionLifetime.idleDays) &&
        positiveInt(parser, QStringLiteral("session-max-days"), config.sessionLifetime.maxDays) &&
        positiveInt(parser, QStringLiteral("purge-after-days"), config.purgeAfterDays) &&
        positiveInt(parser, QStringLiteral("two-factor-lockout-max-seconds"),
                    config.twoFactorLockoutMaxSeconds) &&
        positiveInt(parser, QStringLiteral("rate-limit-authorize"),
                    config.rateLimits.authorizePagesPerIpPerMinute) &&
        positiveInt(parser, QStringLiteral("max-pending-sign-ins-per-ip"),
                    config.maxPendingAuthorizationsPerIp) &&
        positiveInt(parser, QStringLiteral("max-pending-sign-ins"),
                    config.maxPendingAuthorizations) &&
        positiveInt(parser, QStringLiteral("database-connections"), config.databaseConnections);
    int maxBody = static_cast<int>(config.maxBodyBytes);
    limitsOk = limitsOk && positiveInt(parser, QStringLiteral("max-body-bytes"), maxBody);
    if (!limitsOk) {
        err << "tasklane-server: limits and lifetimes must be positive whole numbers" << Qt::endl;
        return 2;
    }
    config.maxBodyBytes = maxBody;
    if (!parseRequireTwoFactor(parser, config)) {
        err << "tasklane-server: --require-2fa-for-admins takes on or off "
               "(or use --no-require-2fa-for-admins alone)"
            << Qt::endl;
        return 2;
    }
    for (const QString &proxy : parser.values(QStringLiteral("trusted-proxy"))) {
        if (!config.http.trustedProxies.add(proxy)) {
            err << "tasklane-server: --trusted-proxy needs an address or CIDR, for example "
                   "10.0.0.0/8, not "
                << proxy << Qt::endl;
            return 2;
        }
    }
    config.clockOffsetFile = parser.value(QStringLiteral("clock-offset-file"));
    if (!config.clockOffsetFile.isEmpty()) {
        err << "tasklane-server: the clock is moved by " << config.clockOffsetFile
            << " (--clock-offset-file is for tests only)" << Qt::endl;
        Clock::useOffsetFile(config.clockOffsetFile);
    }
    const QString cost = parser.value(QStringLiteral("password-cost"));
    if (cost == QLatin1String("moderate")) {
        config.passwordCost = PasswordHasher::Cost::Moderate;
    } else if (!cost.isEmpty() && cost != QLatin1String("interactive")) {
        err << "tasklane-server: --password-cost must be interactive or moderate" << Qt::endl;
        return 2;
    }
    config.issuer = parser.value(QStringLiteral("issuer"));
    config.databaseUrl = parser.value(QStringLiteral("database"));
    config.dataDir = parser.isSet(QStringLiteral("data-dir"))
                         ? parser.value(QStringLiteral("data-dir"))
                         // Local: on Windows the roaming one would copy the live database
                         // between computers (Linux, macOS: the same folder either way).
                         : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (config.databaseUrl.isEmpty()) {
        // A new data directory is the owner's alone: the database holds every user's tasks.
        const bool created = OwnerOnlyFile::createDirectory(config.dataDir);
        const QFileInfo info(config.dataDir);
        if (!created || !info.isDir() || !info.isWritable() || !info.isReadable()) {
            err << "tasklane-server: cannot use the data directory " << config.dataDir
                << " (it must be a readable, writable directory)" << Qt::endl;
            return 1;
        }
    }

    if (!Crypto::initialize()) {
        err << "tasklane-server: libsodium failed to initialise" << Qt::endl;
        return 1;
    }

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        AdminCli::Options options;
        options.email = parser.value(QStringLiteral("email"));
        options.displayName = parser.value(QStringLiteral("display-name"));
        options.admin = parser.isSet(QStringLiteral("admin"));
        options.passwordFromStdin = parser.isSet(QStringLiteral("password-stdin"));
        options.confidential = parser.isSet(QStringLiteral("confidential"));
        options.redirectUris = parser.values(QStringLiteral("redirect-uri"));
        options.owner = parser.value(QStringLiteral("owner"));
        options.scopes = parser.values(QStringLiteral("scope"));
        options.overlap = parser.value(QStringLiteral("overlap"));
        return AdminCli(config, in, out, err).run(positional, options);
    }

    // Who serves a SQLite data directory, for the app to find (ServerDataDir). A second instance
    // on the same directory is allowed (SQLite sees every commit of either), and says so.
    std::optional<ServingLock> servingLock;
    if (config.databaseUrl.isEmpty()) {
        servingLock.emplace(config.dataDir);
        if (!servingLock->acquire()) {
            err << "tasklane-server: note: another tasklane-server (pid "
                << servingLock->holderPid() << ") serves " << QDir(config.dataDir).absolutePath()
                << " too" << Qt::endl;
            servingLock.reset();
        }
    }

    TasklaneServer server(config);
    try {
        if (!server.start()) {
            err << "tasklane-server: cannot listen on " << parser.value(QStringLiteral("listen"))
                << " (address in use or not available)" << Qt::endl;
            return 1;
        }
    } catch (const StoreError &error) {
        err << "tasklane-server: " << error.what() << Qt::endl;
        return 1;
    } catch (const SecretBox::KeyError &error) {
        err << "tasklane-server: " << error.what() << Qt::endl;
        return 1;
    }
    // SIGINT and SIGTERM (Ctrl+C, Ctrl+Break on Windows) end the event loop, so destructors
    // close the database cleanly.
    TerminationSignals::quitApplicationOnRequest(app);
    if (parser.isSet(QStringLiteral("exit-with-stdin"))) {
        auto *watch = new StdinWatch(&app);
        QObject::connect(watch, &StdinWatch::closed, &app, &QCoreApplication::quit);
    }
    if (servingLock)
        servingLock->publishAddress(server.baseUrl());
    if (!config.requireTwoFactorForAdmins)
        err << "tasklane-server: warning: --require-2fa-for-admins=off: administrators get the "
               "admin scope without two-factor authentication"
            << Qt::endl;
    out << "tasklane-server listening on " << server.baseUrl() << Qt::endl;
    const int code = QCoreApplication::exec();
    out << "tasklane-server stopped" << Qt::endl;
    return code;
}
