#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

struct OAuthClient
{
    enum class Kind { Public, Confidential };

    QString id;
    QString name;
    Kind kind = Kind::Public;
    QString secretHash;
    QStringList redirectUris;
    bool builtin = false;
    QDateTime createdAt;
};

class ClientStore
{
public:
    static constexpr auto DesktopClientId = "tasklane-desktop";

    explicit ClientStore(Database &db);

    // Creates the built-in public client for the desktop app when it is missing.
    void ensureBuiltinClients();
    std::optional<OAuthClient> find(const QString &clientId);
    OAuthClient create(const OAuthClient &client);

private:
    Database &m_db;
};
