#pragma once

#include "store/ClientStore.h"

#include <QHash>

class RequestContext;

// Identifies the client of a token, revocation or introspection request: a confidential client
// by HTTP Basic (or client_secret in the body), a public client by its client_id alone.
// Throws OAuthError invalid_client (401) when that fails.
class ClientAuthenticator
{
public:
    explicit ClientAuthenticator(ClientStore &clients);

    OAuthClient authenticate(const RequestContext &context, const QHash<QString, QString> &form);
    OAuthClient requireConfidential(const RequestContext &context,
                                    const QHash<QString, QString> &form);

private:
    ClientStore &m_clients;
};
