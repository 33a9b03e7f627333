#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One signed-in device of the account, as GET /v1/me/sessions lists it (docs/api.md 12.5).
// (Not "Session": the server, which links this library, has its own struct of that name.)
struct SignedInSession
{
    QString id;
    QString clientId;
    QString clientName;
    QString deviceName; // may be empty
    QString ip;         // of the most recent recorded activity
    QString userAgent;  // idem
    QDateTime createdAt;
    QDateTime lastActiveAt;
    QDateTime expiresAt;  // when it ends unless refreshed before (idle time) or at the latest;
                          // invalid from a server that does not say
    bool current = false; // the session of the access token that listed it: this app

    // The device name, else the client's name, else "Unnamed device".
    QString displayName() const;
    // The client's name for people: the app's own client (tasklane-desktop) in the user's
    // language, as the server names it in English only; else the server's name, else the id.
    static QString clientDisplayName(const QString &clientId, const QString &clientName);

    QJsonObject toJson() const;
    static SignedInSession fromJson(const QJsonObject &object);

    friend bool operator==(const SignedInSession &, const SignedInSession &) = default;
};
