#pragma once

#include <QString>

#include <optional>

class Database;

// An authorization request in progress in the browser: sign-in, then consent.
struct AuthorizationRequest
{
    enum class Stage { SignIn, Consent };

    QString id;
    QString clientId;
    QString redirectUri;
    QString state;
    QString scope;
    QString codeChallenge;
    QString deviceName;
    QString csrfToken;
    QString browserBinding; // hash of the cookie that ties the request to one browser
    QString userId;
    Stage stage = Stage::SignIn;
    qint64 expiresAtMs = 0;
};

struct AuthorizationCode
{
    QString codeHash;
    QString clientId;
    QString userId;
    QString redirectUri;
    QString scope;
    QString codeChallenge;
    QString deviceName;
    qint64 expiresAtMs = 0;
    qint64 usedAtMs = 0; // 0: not used yet
    QString sessionId;   // the session the code's exchange created
    // The security log's sign-in method: password, password+totp or password+backup_code.
    QString signInMethod = QStringLiteral("password");
};

class AuthorizationStore
{
public:
    explicit AuthorizationStore(Database &db);

    void insertRequest(const AuthorizationRequest &request);
    std::optional<AuthorizationRequest> findRequest(const QString &id);
    void updateRequest(const AuthorizationRequest &request);
    void deleteRequest(const QString &id);
    void deleteExpiredRequests(qint64 nowMs);

    void insertCode(const AuthorizationCode &code);
    std::optional<AuthorizationCode> findCode(const QString &codeHash);
    // Marks the code used; false when it was used already (someone replays it).
    bool markCodeUsed(const QString &codeHash, qint64 nowMs);
    void attachSession(const QString &codeHash, const QString &sessionId);

private:
    Database &m_db;
};
