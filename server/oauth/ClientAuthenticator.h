#pragma once

#include "store/ClientStore.h"

#include <QHash>

#include <functional>

class RequestContext;

// Identifies the client of a token, revocation or introspection request: a confidential or
// service client by HTTP Basic (or client_secret in the body), a public client by its client_id
// alone. A service client's previous secret counts until its overlap ends; a revoked service
// client is refused. Throws OAuthError invalid_client (401) when that fails.
class ClientAuthenticator
{
public:
    explicit ClientAuthenticator(ClientStore &clients);

    OAuthClient authenticate(const RequestContext &context, const QHash<QString, QString> &form);
    OAuthClient requireConfidential(const RequestContext &context,
                                    const QHash<QString, QString> &form);

    // Told of every refused attempt to authenticate as a known service client (the audit log
    // wants those), before the error is thrown.
    using RefusalObserver = std::function<void(const RequestContext &context,
                                               const OAuthClient &client, const QString &reason)>;
    void setRefusalObserver(RefusalObserver observer) { m_onRefused = std::move(observer); }

private:
    ClientStore &m_clients;
    RefusalObserver m_onRefused;
};
