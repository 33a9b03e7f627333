#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

struct OAuthClient
{
    // Service: a service account's client (ServiceClientStore), which may only use the
    // client_credentials grant and acts on its owner's tasks.
    enum class Kind { Public, Confidential, Service };

    QString id;
    QString name;
    Kind kind = Kind::Public;
    QString secretHash;
    QStringList redirectUris;
    bool builtin = false;
    QDateTime createdAt;
    // Service clients only (empty or 0 otherwise).
    QString ownerId;
    QString scope;
    QString previousSecretHash;       // the secret before the last rotation...
    qint64 previousSecretUntilMs = 0; // ...accepted until then
    qint64 revokedAtMs = 0;           // 0: not revoked

    // The hashes of the secrets that authenticate the client at `nowMs`.
    QStringList acceptedSecretHashes(qint64 nowMs) const;
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
