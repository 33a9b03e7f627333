#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// One passkey (WebAuthn credential) of the account, as GET /v1/me/passkeys lists it
// (docs/api.md 12.11). The key itself stays in the authenticator; the app only names it.
struct Passkey
{
    QString id;
    QString name;
    QDateTime createdAt;
    QDateTime lastUsedAt; // invalid until it has signed in once

    static Passkey fromJson(const QJsonObject &object);

    friend bool operator==(const Passkey &, const Passkey &) = default;
};
Q_DECLARE_METATYPE(Passkey)
