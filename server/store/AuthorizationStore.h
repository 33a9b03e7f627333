#pragma once

#include <QString>

#include <optional>

class Database;

// How the user proved who they are in the browser; the code exchange reports it with the
// session it creates (sign_in.succeeded, docs/api.md 12.7).
namespace SignInMethod {
inline const QString Password = QStringLiteral("password");
inline const QString PasswordTotp = QStringLiteral("password+totp");
inline const QString PasswordBackupCode = QStringLiteral("password+backup_code");
inline const QString PasswordPasskey = QStringLiteral("password+passkey");
inline const QString Passkey = QStringLiteral("passkey"); // passwordless, user verified
} // namespace SignInMethod

// An authorization request in progress in the browser: sign-in, the two-factor step when the
// account has it on, a new password when the account has a one-time password, then consent.
struct AuthorizationRequest
{
    enum class Stage { SignIn, TwoFactor, ChangePassword, Consent };

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
    QString signInMethod; // a SignInMethod, set once the user is known; empty before
    QString ip;           // the client IP that began it (bounds pending requests per IP)
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
    // The security log's sign-in method (a SignInMethod); codes issued before migration 6
    // read back as password sign-ins.
    QString signInMethod = SignInMethod::Password;
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
    // Requests not yet finished (call deleteExpiredRequests() first to leave out expired ones).
    struct Pending
    {
        int total = 0;
        int fromIp = 0;
        qint64 firstTotalExpiryMs = 0; // when the oldest of them expires
        qint64 firstFromIpExpiryMs = 0;
    };
    Pending pendingRequests(const QString &ip);

    void insertCode(const AuthorizationCode &code);
    std::optional<AuthorizationCode> findCode(const QString &codeHash);
    // Marks the code used; false when it was used already (someone replays it).
    bool markCodeUsed(const QString &codeHash, qint64 nowMs);
    void attachSession(const QString &codeHash, const QString &sessionId);

private:
    Database &m_db;
};
