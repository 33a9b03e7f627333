#include "ClientAuthenticator.h"

#include "http/ApiError.h"
#include "http/RequestContext.h"
#include "security/Crypto.h"
#include "security/TokenFormat.h"
#include "store/Clock.h"

#include <QUrl>

namespace {

OAuthError invalidClient(const QString &description)
{
    return OAuthError(QStringLiteral("invalid_client"), description, 401);
}

} // namespace

ClientAuthenticator::ClientAuthenticator(ClientStore &clients)
    : m_clients(clients)
{}

OAuthClient ClientAuthenticator::authenticate(const RequestContext &context,
                                              const QHash<QString, QString> &form)
{
    QString clientId = form.value(QStringLiteral("client_id"));
    QString secret = form.value(QStringLiteral("client_secret"));
    const QByteArray authorization = context.header("authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon < 0)
            throw invalidClient(QStringLiteral("Malformed Basic credentials."));
        // RFC 6749 section 2.3.1: id and secret are form-encoded before Basic encoding.
        const QString basicId = QUrl::fromPercentEncoding(decoded.left(colon));
        if (!clientId.isEmpty() && clientId != basicId)
            throw invalidClient(QStringLiteral("client_id does not match the Basic credentials."));
        clientId = basicId;
        secret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
    }
    if (clientId.isEmpty())
        throw invalidClient(QStringLiteral("The request names no client (client_id)."));
    const auto client = m_clients.find(clientId);
    if (!client)
        throw invalidClient(QStringLiteral("Unknown client."));
    if (client->kind == OAuthClient::Kind::Service) {
        const auto refuse = [&](const QString &reason) {
            if (m_onRefused)
                m_onRefused(context, *client, reason);
            return invalidClient(QStringLiteral("Client authentication failed."));
        };
        if (client->revokedAtMs != 0)
            throw refuse(QStringLiteral("revoked"));
        const QByteArray presented = TokenFormat::storageHash(secret);
        bool ok = false;
        // Every accepted hash is compared, so the time does not tell which one matched.
        for (const QString &hash : client->acceptedSecretHashes(Clock::nowMs()))
            ok = Crypto::constantTimeEquals(presented, hash.toLatin1()) || ok;
        if (secret.isEmpty() || !ok)
            throw refuse(QStringLiteral("wrong_secret"));
    } else if (client->kind == OAuthClient::Kind::Confidential) {
        const bool ok =
            !secret.isEmpty() && Crypto::constantTimeEquals(TokenFormat::storageHash(secret),
                                                            client->secretHash.toLatin1());
        if (!ok)
            throw invalidClient(QStringLiteral("Client authentication failed."));
    }
    return *client;
}

OAuthClient ClientAuthenticator::requireConfidential(const RequestContext &context,
                                                     const QHash<QString, QString> &form)
{
    const OAuthClient client = authenticate(context, form);
    if (client.kind != OAuthClient::Kind::Confidential)
        throw invalidClient(QStringLiteral("Only confidential clients may use this endpoint."));
    return client;
}
