#include "AdminCli.h"

#include "JsonTime.h"
#include "ServingLock.h"
#include "account/AccountFields.h"
#include "admin/AdminActions.h"
#include "admin/ServiceClientActions.h"
#include "oauth/RedirectUris.h"
#include "security/PasswordHasher.h"
#include "security/PasswordPolicy.h"
#include "security/SecretBox.h"
#include "security/TokenFormat.h"
#include "store/ClientStore.h"
#include "store/Clock.h"
#include "store/Database.h"
#include "store/DatabaseCopy.h"
#include "store/SessionStore.h"
#include "store/SqlDialect.h"
#include "store/StoreError.h"
#include "store/UserStore.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace {

// "1 session", "2 sessions".
QString counted(int count, const QString &singular)
{
    return QStringLiteral("%1 %2%3").arg(count).arg(singular,
                                                    count == 1 ? QString() : QStringLiteral("s"));
}

// What revoking everything ended, as both commands that do it say it.
QString revokedSummary(const AdminActions::Result &result)
{
    return QStringLiteral("revoked %1 and %2")
        .arg(counted(result.sessionsRevoked, QStringLiteral("session")),
             counted(result.tokensRevoked, QStringLiteral("personal access token")));
}

} // namespace

AdminCli::AdminCli(ServerConfig config, QTextStream &in, QTextStream &out, QTextStream &err)
    : m_config(std::move(config))
    , m_in(in)
    , m_out(out)
    , m_err(err)
{}

int AdminCli::fail(const QString &message, int code)
{
    m_err << "tasklane-server: " << message << Qt::endl;
    return code;
}

int AdminCli::run(const QStringList &arguments, const Options &options)
{
    const QString area = arguments.value(0);
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    try {
        if (area == QLatin1String("migrate-to"))
            return migrateTo(arguments.mid(1));
        if (area == QLatin1String("user") && command == QLatin1String("add"))
            return userAdd(rest, options);
        if (area == QLatin1String("user") && command == QLatin1String("list"))
            return userList();
        if (area == QLatin1String("user") && command == QLatin1String("passwd"))
            return userPasswd(rest, options);
        if (area == QLatin1String("user") && command == QLatin1String("disable"))
            return userDisable(rest);
        if (area == QLatin1String("user") && command == QLatin1String("enable"))
            return userEnable(rest);
        if (area == QLatin1String("user") && command == QLatin1String("sessions"))
            return userSessions(rest);
        if (area == QLatin1String("user") && command == QLatin1String("revoke-all"))
            return userRevokeAll(rest);
        if (area == QLatin1String("user") && command == QLatin1String("reset-2fa"))
            return userResetTwoFactor(rest);
        if (area == QLatin1String("user") && command == QLatin1String("role"))
            return userRole(rest);
        if (area == QLatin1String("client") && command == QLatin1String("add"))
            return clientAdd(rest, options);
        if (area == QLatin1String("service") && command == QLatin1String("add"))
            return serviceAdd(rest, options);
        if (area == QLatin1String("service") && command == QLatin1String("list"))
            return serviceList(rest);
        if (area == QLatin1String("service") && command == QLatin1String("rotate"))
            return serviceRotate(rest, options);
        if (area == QLatin1String("service") && command == QLatin1String("revoke"))
            return serviceRevoke(rest);
    } catch (const StoreError &error) {
        return fail(QStringLiteral("database error: %1")
                        .arg(SqlDialect::oneLine(QString::fromUtf8(error.what()))));
    }
    return fail(
        QStringLiteral("unknown command \"%1\"; see --help").arg(arguments.join(QLatin1Char(' '))),
        2);
}

QString AdminCli::readPassword(const Options &options)
{
    if (!options.passwordFromStdin)
        return {};
    QString password = m_in.readAll();
    if (password.endsWith(QLatin1Char('\n')))
        password.chop(1);
    if (password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password;
}

int AdminCli::userAdd(const QStringList &args, const Options &options)
{
    if (args.size() != 1)
        return fail(
            QStringLiteral("usage: user add NAME --email EMAIL [--admin] [--display-name NAME] "
                           "[--password-stdin]"),
            2);
    const QString username = args.first();
    if (const auto problem = AccountFields::usernameProblem(username))
        return fail(*problem);
    if (const auto problem = AccountFields::emailProblem(options.email))
        return fail(QStringLiteral("--email: ") + *problem);
    if (const auto problem = AccountFields::displayNameProblem(options.displayName))
        return fail(QStringLiteral("--display-name: ") + *problem);
    // Without --password-stdin: a one-time password, printed once, to be changed at the first
    // sign-in, as the admin API makes one.
    const bool oneTime = !options.passwordFromStdin;
    const QString password = oneTime ? PasswordPolicy::newOneTimePassword() : readPassword(options);
    if (password.isEmpty())
        return fail(QStringLiteral("the password is empty"));
    if (const auto problem = PasswordPolicy::problem(password))
        return fail(*problem);

    Database db(m_config.effectiveDatabaseUrl());
    db.migrate();
    User user;
    user.username = username;
    user.email = options.email;
    user.displayName = options.displayName.isEmpty() ? username : options.displayName;
    user.role = options.admin ? UserRole::Admin : UserRole::User;
    const QString hash = PasswordHasher(m_config.passwordCost).hash(password);
    std::optional<User> created;
    if (oneTime) {
        const auto result = AdminActions(db).createUser(AdminActor::commandLine(), user, hash);
        if (result.outcome == AdminActions::Outcome::Done)
            created = result.target;
    } else {
        created = UserStore(db).create(user, hash);
    }
    if (!created)
        return fail(QStringLiteral("a user named \"%1\" already exists").arg(username));
    m_out << "Created " << userRoleName(created->role) << " " << created->username << " (id "
          << created->id << ")" << Qt::endl;
    if (oneTime) {
        m_out << "One-time password: " << password << Qt::endl;
        m_err << "Give it to " << created->username
              << " safely: it is shown only now, and must be changed at the first sign-in."
              << Qt::endl;
    }
    return 0;
}

int AdminCli::userList()
{
    Database db(m_config.effectiveDatabaseUrl());
    db.migrate();
    const auto users = UserStore(db).list();
    m_out << QStringLiteral("%1 %2 %3 %4")
                 .arg(QStringLiteral("USERNAME"), -20)
                 .arg(QStringLiteral("ROLE"), -6)
                 .arg(QStringLiteral("STATUS"), -9)
                 .arg(QStringLiteral("EMAIL"))
          << Qt::endl;
    for (const User &user : users) {
        m_out << QStringLiteral("%1 %2 %3 %4")
                     .arg(user.username, -20)
                     .arg(userRoleName(user.role), -6)
                     .arg(user.disabled ? QStringLiteral("disabled") : QStringLiteral("active"), -9)
                     .arg(user.email)
              << Qt::endl;
    }
    return 0;
}

int AdminCli::userPasswd(const QStringList &args, const Options &options)
{
    if (args.size() != 1 || !options.passwordFromStdin)
        return fail(QStringLiteral("usage: user passwd NAME --password-stdin"), 2);
    const QString password = readPassword(options);
    if (password.isEmpty())
        return fail(QStringLiteral("the password is empty"));
    if (const auto problem = PasswordPolicy::problem(password))
        return fail(*problem);
    Database db(m_config.effectiveDatabaseUrl());
    db.migrate();
    UserStore users(db);
    const auto user = users.findByUsername(args.first());
    if (!user)
        return fail(QStringLiteral("no user named \"%1\"").arg(args.first()));
    users.setPasswordHash(user->id, PasswordHasher(m_config.passwordCost).hash(password));
    m_out << "Changed the password of " << user->username << Qt::endl;
    return 0;
}

int AdminCli::withUser(const QStringList &args, const QString &usage,
                       const std::function<int(Database &, const User &)> &work)
{
    if (args.size() != 1)
        return fail(QStringLiteral("usage: ") + usage, 2);
    Database db(m_config.effectiveDatabaseUrl());
    db.migrate();
    const auto user = UserStore(db).findByUsername(args.first());
    if (!user)
        return fail(QStringLiteral("no user named \"%1\"").arg(args.first()));
    return work(db, *user);
}

int AdminCli::userDisable(const QStringList &args)
{
    return withUser(
        args, QStringLiteral("user disable NAME"), [this](Database &db, const User &user) {
            const auto result = AdminActions(db).disable(AdminActor::commandLine(), user.id);
            if (result.outcome == AdminActions::Outcome::LastAdmin)
                return fail(QStringLiteral("%1 is the last administrator; make another user an "
                                           "administrator first")
                                .arg(user.username));
            m_out << "Disabled " << user.username << "; " << revokedSummary(result) << Qt::endl;
            return 0;
        });
}

int AdminCli::userEnable(const QStringList &args)
{
    return withUser(
        args, QStringLiteral("user enable NAME"), [this](Database &db, const User &user) {
            // Nothing to do is not a failure, and not worth an entry in either log.
            if (!user.disabled) {
                m_out << user.username << " is enabled already" << Qt::endl;
                return 0;
            }
            AdminActions(db).enable(AdminActor::commandLine(), user.id);
            m_out << "Enabled " << user.username
                  << "; they can sign in again (what disabling revoked stays revoked)" << Qt::endl;
            return 0;
        });
}

int AdminCli::userSessions(const QStringList &args)
{
    return withUser(
        args, QStringLiteral("user sessions NAME"), [this](Database &db, const User &user) {
            const auto sessions = SessionStore(db, m_config.sessionLifetime).listForUser(user.id);
            const auto row = [](const QString &id, const QString &device, const QString &client,
                                const QString &ip, const QString &lastActive) {
                return QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(id, -36)
                    .arg(device, -24)
                    .arg(client, -24)
                    .arg(ip, -15)
                    .arg(lastActive);
            };
            m_out << row(QStringLiteral("ID"), QStringLiteral("DEVICE"), QStringLiteral("CLIENT"),
                         QStringLiteral("IP"), QStringLiteral("LAST ACTIVE"))
                  << Qt::endl;
            for (const Session &session : sessions) {
                m_out << row(session.id, session.deviceName, session.clientName, session.ip,
                             JsonTime::fromMsecs(session.lastActiveAtMs).toString(Qt::ISODate))
                      << Qt::endl;
            }
            return 0;
        });
}

int AdminCli::userRevokeAll(const QStringList &args)
{
    return withUser(
        args, QStringLiteral("user revoke-all NAME"), [this](Database &db, const User &user) {
            const auto result = AdminActions(db).revokeAll(AdminActor::commandLine(), user.id);
            m_out << user.username << ": " << revokedSummary(result) << Qt::endl;
            return 0;
        });
}

int AdminCli::clientAdd(const QStringList &args, const Options &options)
{
    if (args.size() != 1 || !options.confidential)
        return fail(
            QStringLiteral("usage: client add NAME --confidential [--redirect-uri URI ...]\n"
                           "(public native clients register themselves: POST /oauth2/register)"),
            2);
    Database db(m_config.effectiveDatabaseUrl());
    db.migrate();
    OAuthClient client;
    client.name = args.first();
    client.kind = OAuthClient::Kind::Confidential;
    client.redirectUris = options.redirectUris;
    const QString secret = TokenFormat::generate(TokenFormat::Kind::ClientSecret);
    client.secretHash = QString::fromLatin1(TokenFormat::storageHash(secret));
    const OAuthClient created = ClientStore(db).create(client);
    m_out << "client_id=" << created.id << Qt::endl << "client_secret=" << secret << Qt::endl;
    m_err << "Keep the secret safe: it is shown only now." << Qt::endl;
    return 0;
}

int AdminCli::serviceAdd(const QStringList &args, const Options &options)
{
    if (args.size() != 1 || options.owner.isEmpty())
        return fail(QStringLiteral("usage: service add NAME --owner USER --scope SCOPE "
                                   "[--scope SCOPE]"),
                    2);
    if (const auto problem = ServiceClientActions::nameProblem(args.first()))
        return fail(QStringLiteral("NAME: ") + *problem);
    QStringList scopes;
    for (const QString &option : options.scopes)
        scopes += option.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    scopes.removeDuplicates();
    if (const auto problem = ServiceClientActions::scopeProblem(scopes))
        return fail(QStringLiteral("--scope: ") + *problem);
    return withUser({options.owner}, QStringLiteral("service add NAME --owner USER --scope SCOPE"),
                    [&](Database &db, const User &owner) {
                        if (owner.disabled)
                            return fail(QStringLiteral("%1 is disabled").arg(owner.username));
                        const auto created = ServiceClientActions(db).create(
                            AdminActor::commandLine(), args.first(), owner, scopes);
                        m_out << "client_id=" << created.client.id << Qt::endl
                              << "client_secret=" << created.secret << Qt::endl;
                        m_err << "Keep the secret safe: it is shown only now." << Qt::endl;
                        return 0;
                    });
}

int AdminCli::serviceList(const QStringList &args)
{
    if (!args.isEmpty())
        return fail(QStringLiteral("usage: service list"), 2);
    Database db(m_config.effectiveDatabaseUrl());
    db.migrate();
    const auto instant = [](qint64 ms) {
        return ms == 0 ? QStringLiteral("-") : JsonTime::fromMsecs(ms).toString(Qt::ISODate);
    };
    const auto row = [](const QStringList &cells) {
        return QStringLiteral("%1 %2 %3 %4 %5 %6")
            .arg(cells.value(0), -36)
            .arg(cells.value(1), -24)
            .arg(cells.value(2), -16)
            .arg(cells.value(3), -23)
            .arg(cells.value(4), -20)
            .arg(cells.value(5));
    };
    m_out << row({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("OWNER"),
                  QStringLiteral("SCOPE"), QStringLiteral("LAST USED"), QStringLiteral("STATUS")})
          << Qt::endl;
    const qint64 now = Clock::nowMs();
    for (const ServiceClient &client : ServiceClientStore(db).list()) {
        QString status = QStringLiteral("active");
        if (client.revokedAtMs != 0)
            status = QStringLiteral("revoked");
        else if (client.previousSecretUntilMs > now)
            status = QStringLiteral("rotating until ") + instant(client.previousSecretUntilMs);
        m_out << row({client.id, client.name, client.ownerUsername, client.scope,
                      instant(client.lastUsedAtMs), status})
              << Qt::endl;
    }
    return 0;
}

int AdminCli::serviceRotate(const QStringList &args, const Options &options)
{
    if (args.size() != 1)
        return fail(QStringLiteral("usage: service rotate ID [--overlap SECONDS]"), 2);
    qint64 overlap = ServiceClientActions::DefaultOverlapSeconds;
    if (!options.overlap.isEmpty()) {
        bool ok = false;
        overlap = options.overlap.toLongLong(&ok);
        if (const auto problem = ServiceClientActions::overlapProblem(ok ? overlap : -1))
            return fail(QStringLiteral("--overlap: ") + *problem, 2);
    }
    Database db(m_config.effectiveDatabaseUrl());
    db.migrate();
    const auto rotated =
        ServiceClientActions(db).rotate(AdminActor::commandLine(), args.first(), overlap);
    if (!rotated)
        return fail(QStringLiteral("no service client with id \"%1\" that is not revoked")
                        .arg(args.first()));
    m_out << "client_id=" << rotated->client.id << Qt::endl
          << "client_secret=" << rotated->secret << Qt::endl;
    m_err << "Keep the secret safe: it is shown only now. The previous secret works for " << overlap
          << " more seconds." << Qt::endl;
    return 0;
}

int AdminCli::serviceRevoke(const QStringList &args)
{
    if (args.size() != 1)
        return fail(QStringLiteral("usage: service revoke ID"), 2);
    Database db(m_config.effectiveDatabaseUrl());
    db.migrate();
    const auto revoked = ServiceClientActions(db).revoke(AdminActor::commandLine(), args.first());
    if (!revoked)
        return fail(QStringLiteral("no service client with id \"%1\" that is not revoked")
                        .arg(args.first()));
    m_out << "Revoked the service client " << revoked->name << "; its tokens stop working now"
          << Qt::endl;
    return 0;
}

int AdminCli::userResetTwoFactor(const QStringList &args)
{
    return withUser(
        args, QStringLiteral("user reset-2fa NAME"), [this](Database &db, const User &user) {
            const auto result = AdminActions(db).resetTwoFactor(AdminActor::commandLine(), user.id);
            if (result.outcome == AdminActions::Outcome::TwoFactorOff)
                return fail(
                    QStringLiteral("two-factor authentication is off for %1").arg(user.username));
            m_out << "Turned two-factor authentication off for " << user.username
                  << "; they can set it up again after signing in" << Qt::endl;
            return 0;
        });
}

int AdminCli::userRole(const QStringList &args)
{
    const QString usage = QStringLiteral("user role NAME admin|user");
    const auto role = userRoleFromName(args.value(1));
    if (args.size() != 2 || !role)
        return fail(QStringLiteral("usage: ") + usage, 2);
    return withUser(args.mid(0, 1), usage, [this, role](Database &db, const User &user) {
        const auto result = AdminActions(db).setRole(AdminActor::commandLine(), user.id, *role);
        if (result.outcome == AdminActions::Outcome::LastAdmin)
            return fail(QStringLiteral("%1 is the last administrator; make another user an "
                                       "administrator first")
                            .arg(user.username));
        if (!result.changed) {
            m_out << user.username << " is " << userRoleName(*role) << " already" << Qt::endl;
            return 0;
        }
        m_out << "Made " << user.username << " "
              << (*role == UserRole::Admin ? "an administrator" : "a user") << Qt::endl;
        return 0;
    });
}

int AdminCli::migrateTo(const QStringList &args)
{
    const QString usage = QStringLiteral("usage: --data-dir DIR migrate-to postgresql://...");
    if (args.size() != 1)
        return fail(usage, 2);
    const QUrl targetUrl(args.first());
    if (targetUrl.scheme() != QLatin1String("postgresql") &&
        targetUrl.scheme() != QLatin1String("postgres"))
        return fail(QStringLiteral("migrate-to needs a postgresql:// URL; ") + usage, 2);
    if (!m_config.databaseUrl.isEmpty())
        return fail(QStringLiteral("migrate-to copies the SQLite database of --data-dir; leave "
                                   "out --database"),
                    2);
    // Never Database(sourceUrl) on a missing file: that would make an empty database to copy.
    const QString dataDir = QDir(m_config.dataDir).absolutePath();
    const QString sourceFile = QDir(dataDir).filePath(QStringLiteral("tasklane.db"));
    if (!QFileInfo(sourceFile).isFile())
        return fail(QStringLiteral("there is no database to migrate in %1").arg(dataDir));
    // A server serving the directory could write after its rows were copied. Held to the end,
    // the lock also shows the directory as taken to the app meanwhile.
    ServingLock lock(dataDir);
    if (!lock.acquire())
        return fail(QStringLiteral("a tasklane-server (pid %1) is serving %2; stop it first")
                        .arg(lock.holderPid())
                        .arg(dataDir));
    const QString shownTarget = targetUrl.toDisplayString(QUrl::RemovePassword | QUrl::RemoveQuery);

    Database source(Database::sqliteUrl(sourceFile));
    Database target(args.first()); // as given: QUrl could re-encode the user or password
    const auto counts = DatabaseCopy(source, target).run();

    qint64 total = 0;
    for (const auto &count : counts) {
        m_out << QStringLiteral("%1 %2").arg(count.table, -28).arg(count.rows) << Qt::endl;
        total += count.rows;
    }
    m_out << "Copied " << total << " rows in " << counts.size() << " tables from " << sourceFile
          << " to " << shownTarget << "; the row counts match" << Qt::endl;
    m_out << "Not copied (short-lived state that starts afresh): "
          << DatabaseCopy::skippedTables().join(QStringLiteral(", ")) << Qt::endl;
    m_out << "Two-factor secrets stay encrypted with "
          << QDir(dataDir).filePath(QLatin1String(SecretBox::KeyFileName))
          << ": copy that file into the data directory of every instance that serves "
          << shownTarget << Qt::endl;
    return 0;
}
