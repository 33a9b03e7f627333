#pragma once

#include "ServerConfig.h"

#include <QStringList>
#include <QTextStream>

// The administration commands of tasklane-server (user add|list|passwd|disable, client add).
// Returns the process exit code; writes results to `out` and problems to `err`.
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
    };

    AdminCli(ServerConfig config, QTextStream &in, QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments, const Options &options);

private:
    int userAdd(const QStringList &args, const Options &options);
    int userList();
    int userPasswd(const QStringList &args, const Options &options);
    int userDisable(const QStringList &args);
    int clientAdd(const QStringList &args, const Options &options);

    // The password from standard input without its final line break; empty on failure.
    QString readPassword(const Options &options);
    int fail(const QString &message, int code = 1);

    ServerConfig m_config;
    QTextStream &m_in;
    QTextStream &m_out;
    QTextStream &m_err;
};
