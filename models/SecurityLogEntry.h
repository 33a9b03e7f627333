#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One entry of the account's security log, as GET /v1/me/security-events lists it
// (docs/api.md 12.7), with its type and details put into plain words.
// (Not "SecurityEvent": the server, which links this library, has its own struct of that name.)
struct SecurityLogEntry
{
    // What the entry is about, for the log's type filter.
    enum class Category { SignIn, Session, Token, TwoFactor, Other };

    QString id;
    QString type; // "token.created", ...
    QDateTime occurredAt;
    QString ip;
    QString userAgent;
    QString sessionId; // empty when no session was involved
    QJsonObject details;

    Category category() const { return categoryOf(type); }
    // "Signed in", "Token created"; an unknown type as the server wrote it.
    QString title() const;
    // The details in a sentence: "“Backup script”: Read tasks, Change tasks"; may be empty.
    QString detailText() const;
    // Worth a second look: failed sign-ins, wrong or locked two-factor codes, a token used from
    // an address it was not used from before, a session the server ended because a credential
    // of it was used twice.
    bool needsAttention() const;

    QJsonObject toJson() const;
    static SecurityLogEntry fromJson(const QJsonObject &object);

    static Category categoryOf(const QString &type);
    // The types the server documents, in the order of docs/api.md 12.7.
    static QStringList knownTypes();
    // The known types of one category.
    static QStringList typesOf(Category category);
    // "Sign-ins", "Sessions", "Tokens", "Two-factor", "Other"
    static QString categoryLabel(Category category);

    friend bool operator==(const SecurityLogEntry &, const SecurityLogEntry &) = default;

    // tr() under the context "SecurityLogEntry", so lupdate finds these texts (and free functions
    // of the .cpp call SecurityLogEntry::tr).
    Q_DECLARE_TR_FUNCTIONS(SecurityLogEntry)
};
