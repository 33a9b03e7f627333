#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// A service account's client as GET /v1/admin/service-clients lists it (docs/api.md 12.8a):
// never its secret.
struct ServiceClient
{
    QString id; // the client_id
    QString name;
    QString ownerId;
    QString ownerUsername;
    QStringList scopes;
    QDateTime createdAt;
    QDateTime lastUsedAt;              // invalid: no token issued yet
    QDateTime secretRotatedAt;         // invalid: never rotated
    QDateTime previousSecretExpiresAt; // invalid: no previous secret
    QDateTime revokedAt;               // invalid: active

    bool isRevoked() const { return revokedAt.isValid(); }
    // The previous secret still works at `now` (a rotation's overlap).
    bool isRotating(const QDateTime &now) const
    {
        return previousSecretExpiresAt.isValid() && previousSecretExpiresAt > now;
    }

    static ServiceClient fromJson(const QJsonObject &object);

    friend bool operator==(const ServiceClient &, const ServiceClient &) = default;
};
