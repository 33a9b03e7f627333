#pragma once

#include "ServerConfig.h"

#include <QStringList>
#include <QTextStream>

#include <functional>

class Database;
struct User;

// The administration commands of tasklane-server (user add|list|passwd|disable|enable|sessions|
// revoke-all|reset-2fa|role, client add, service add|list|rotate|revoke, migrate-to). Returns the
// process exit code; writes results to `out` and problems to `err`. Commands that act on an account
// go through AdminActions, as the admin API does, so they are logged the same way (the actor is
// "cli").
class AdminCli
{
public:
    struct Options
    {
        QString email;
        QString displayName;
        bool admin = false;
        bool passwordFromStdin = false;
        bool confidential = false;
        QStringList redirectUris;
        QString owner;      // service add
        QStringList scopes; // service add
        QString overlap;    // service rotate: seconds, empty for the default
    };

    AdminCli(ServerConfig config, QTextStream &in, QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments, const Options &options);

private:
    int userAdd(const QStringList &args, const Options &options);
    int userList();
    int userPasswd(const QStringList &args, const Options &options);
    int userDisable(const QStringList &args);
    int userEnable(const QStringList &args);
    int userSessions(const QStringList &args);
    int userRevokeAll(const QStringList &args);
    int userResetTwoFactor(const QStringList &args);
    int userRole(const QStringList &args);
    int clientAdd(const QStringList &args, const Options &options);
    // Service clients (docs/api.md 16.2), through ServiceClientActions as the admin API.
    int serviceAdd(const QStringList &args, const Options &options);
    int serviceList(const QStringList &args);
    int serviceRotate(const QStringList &args, const Options &options);
    int serviceRevoke(const QStringList &args);
    // Copies the SQLite database of the data directory into an empty PostgreSQL database.
    int migrateTo(const QStringList &args);

    // The password from standard input without its final line break; empty on failure.
    QString readPassword(const Options &options);
    int fail(const QString &message, int code = 1);
    // Opens the database and runs `work` with the user that `args` (exactly NAME) names;
    // otherwise prints `usage` (exit 2) or that there is no such user (exit 1).
    int withUser(const QStringList &args, const QString &usage,
                 const std::function<int(Database &, const User &)> &work);

    ServerConfig m_config;
    QTextStream &m_in;
    QTextStream &m_out;
    QTextStream &m_err;
};
