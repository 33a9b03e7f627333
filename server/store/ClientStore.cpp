#include "ClientStore.h"

#include "Database.h"
#include "Ids.h"
#include "JsonTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

const QString InsertClient =
    QStringLiteral("INSERT INTO clients (id, name, kind, secret_hash, redirect_uris, builtin, "
                   "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");

QString redirectUrisText(const OAuthClient &client)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(client.redirectUris))
                                 .toJson(QJsonDocument::Compact));
}

QString kindName(OAuthClient::Kind kind)
{
    switch (kind) {
    case OAuthClient::Kind::Confidential:
        return QStringLiteral("confidential");
    case OAuthClient::Kind::Service:
        return QStringLiteral("service");
    case OAuthClient::Kind::Public:
        break;
    }
    return QStringLiteral("public");
}

QVariantList insertValues(const OAuthClient &client, qint64 createdAtMs)
{
    return {client.id,
            client.name,
            kindName(client.kind),
            client.secretHash.isEmpty() ? QVariant() : QVariant(client.secretHash),
            redirectUrisText(client),
            client.builtin ? 1 : 0,
            createdAtMs};
}

} // namespace

QStringList OAuthClient::acceptedSecretHashes(qint64 nowMs) const
{
    QStringList hashes;
    if (!secretHash.isEmpty())
        hashes.append(secretHash);
    if (!previousSecretHash.isEmpty() && previousSecretUntilMs > nowMs)
        hashes.append(previousSecretHash);
    return hashes;
}

ClientStore::ClientStore(Database &db)
    : m_db(db)
{}

void ClientStore::ensureBuiltinClients()
{
    const QString id = QString::fromLatin1(DesktopClientId);
    OAuthClient desktop;
    desktop.id = id;
    desktop.name = QStringLiteral("Tasklane for desktop");
    desktop.kind = OAuthClient::Kind::Public;
    // RFC 8252 section 7.3: the port of a loopback redirect is not compared.
    desktop.redirectUris = {
        QStringLiteral("http://127.0.0.1/"), QStringLiteral("http://127.0.0.1/callback"),
        QStringLiteral("http://[::1]/"), QStringLiteral("http://[::1]/callback")};
    desktop.builtin = true;
    // Created when missing, and its rules kept current across upgrades, in one statement:
    // instances starting at once on one database may both find it missing.
    m_db.exec(InsertClient + QStringLiteral(" ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                            "redirect_uris = excluded.redirect_uris"),
              insertValues(desktop, Clock::nowMs()));
}

std::optional<OAuthClient> ClientStore::find(const QString &clientId)
{
    auto &query =
        m_db.exec(QStringLiteral("SELECT id, name, kind, secret_hash, redirect_uris, builtin, "
                                 "created_at, owner_id, scope, previous_secret_hash, "
                                 "previous_secret_until, revoked_at FROM clients WHERE id = ?"),
                  {clientId});
    if (!query.next())
        return std::nullopt;
    OAuthClient client;
    client.id = query.value(0).toString();
    client.name = query.value(1).toString();
    const QString kind = query.value(2).toString();
    client.kind = kind == QLatin1String("confidential") ? OAuthClient::Kind::Confidential
                  : kind == QLatin1String("service")    ? OAuthClient::Kind::Service
                                                        : OAuthClient::Kind::Public;
    client.secretHash = query.value(3).toString();
    const auto uris = QJsonDocument::fromJson(query.value(4).toByteArray()).array();
    for (const auto &uri : uris)
        client.redirectUris.append(uri.toString());
    client.builtin = query.value(5).toInt() != 0;
    client.createdAt = JsonTime::fromMsecs(query.value(6).toLongLong());
    client.ownerId = query.value(7).toString();
    client.scope = query.value(8).toString();
    client.previousSecretHash = query.value(9).toString();
    client.previousSecretUntilMs = query.value(10).toLongLong();
    client.revokedAtMs = query.value(11).toLongLong();
    return client;
}

OAuthClient ClientStore::create(const OAuthClient &client)
{
    OAuthClient created = client;
    if (created.id.isEmpty())
        created.id = Ids::make();
    const qint64 now = Clock::nowMs();
    created.createdAt = JsonTime::fromMsecs(now);
    m_db.exec(InsertClient, insertValues(created, now));
    return created;
}
