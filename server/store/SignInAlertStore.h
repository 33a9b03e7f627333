#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// A sign-in from a device, network or software the account had not used before, waiting for
// its user's answer ("it was me", or "it was not": the session is revoked).
struct SignInAlert
{
    QString id; // the id of its sign_in.alert security event
    QString userId;
    QString sessionId;
    qint64 occurredAtMs = 0;
    QString ip;
    QString userAgent;
    QString deviceName;
    QStringList reasons;     // what was new: "network", "software", "device"
    qint64 answeredAtMs = 0; // 0: not answered yet
    QString answer;          // "confirmed" or "denied" once answered
};

// What an account has signed in from (networks, software families, devices) and its new-sign-in
// alerts.
// Both in the database, so every server instance on it flags and answers the same.
class SignInAlertStore
{
public:
    explicit SignInAlertStore(Database &db);

    // Whether the account has signed in since origins were kept (migration 16).
    bool hasOrigins(const QString &userId);
    // Whether the account knows any origin of `kind` (devices: a sign-in that sent a device id).
    bool hasOriginsOf(const QString &userId, const QString &kind);
    bool knows(const QString &userId, const QString &kind, const QString &value);
    // Remembers an origin; one already known stays as it was (ON CONFLICT: two instances
    // remembering the same one at once both succeed).
    // `sessionId`: the session whose sign-in brings it; kept with an origin seen first here.
    void remember(const QString &userId, const QString &kind, const QString &value,
                  const QString &sessionId, qint64 nowMs);
    // Forgets the origins that `sessionId`'s sign-in brought first; returns how many.
    int forgetOriginsOf(const QString &userId, const QString &sessionId);

    void insert(const SignInAlert &alert);
    std::optional<SignInAlert> find(const QString &id);
    // The user's unanswered alerts, oldest first.
    QList<SignInAlert> listOpen(const QString &userId);
    // Records the answer; false when the alert had been answered already.
    bool answer(const QString &id, const QString &answer, qint64 nowMs);

private:
    Database &m_db;
};
