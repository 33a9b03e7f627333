#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A personal access token as GET /v1/me/tokens lists it (docs/api.md 12.1). The secret is
// never part of it: the server shows it once, in the answer to POST, and the app hands it
// straight to the dialog that shows it.
struct PersonalToken
{
    // At most this many active (neither revoked nor expired) tokens per account.
    static constexpr int MaxActive = 5;
    // The lifetimes the server accepts (`expiresInDays`); 0 stands for "never expires".
    static constexpr int ExpiryChoices[] = {7, 30, 90, 365, 0};

    QString id;
    QString name;
    QStringList scopes; // canonical order
    QDateTime createdAt;
    QDateTime expiresAt;  // invalid: never expires
    QDateTime lastUsedAt; // invalid: never used
    QString lastUsedIp;
    QString lastUsedUserAgent;
    // Set on a token that was rotated: the token that replaced it, and when it stops working.
    QString replacedBy;
    QDateTime validUntil;

    // A rotated token works until validUntil, then the server drops it; it no longer counts
    // against the limit and cannot be rotated again.
    bool isRotated() const { return !replacedBy.isEmpty(); }
    bool neverExpires() const { return !expiresAt.isValid(); }
    bool isExpired(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }
    bool wasUsed() const { return lastUsedAt.isValid(); }

    QJsonObject toJson() const;
    static PersonalToken fromJson(const QJsonObject &object);

    // The scopes a token can be given, in canonical order (`account` never: docs/api.md 12.1).
    static QStringList grantableScopes();
    // A scope in a few words ("Read tasks") and in a sentence (what it lets the holder do).
    static QString scopeLabel(const QString &scope);
    static QString scopeDescription(const QString &scope);
    // "Read tasks, Change tasks"
    static QString scopesText(const QStringList &scopes);

    friend bool operator==(const PersonalToken &, const PersonalToken &) = default;

    // tr() under the context "PersonalToken", so lupdate finds these texts (and free functions
    // of the .cpp call PersonalToken::tr).
    Q_DECLARE_TR_FUNCTIONS(PersonalToken)
};
