#pragma once

#include "ApiError.h"
#include "TwoFactorSetup.h"
#include "TwoFactorStatus.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class ApiCall;
class ApiClient;
struct ApiResult;

// Two-factor authentication of the signed-in account (docs/api.md 12.6) for the screens: the
// status, starting or continuing a setup, confirming it with a first code, new backup codes and
// turning it off. Every call answers with exactly one signal: its result, or failed() with the
// ApiError (request id, attempts left, lockout end). After a change the status is fetched again,
// so views showing it follow. Codes and secrets pass through, and are never logged.
class TwoFactorService : public QObject
{
    Q_OBJECT

public:
    enum class Action { FetchStatus, StartSetup, Confirm, RegenerateBackupCodes, Disable };
    Q_ENUM(Action)

    // The `code` of the code-check refusals (all 403).
    static inline const QString CodeInvalid = QStringLiteral("TWO_FACTOR_CODE_INVALID");
    static inline const QString CodeReused = QStringLiteral("TWO_FACTOR_CODE_REUSED");
    static inline const QString CodesLocked = QStringLiteral("TWO_FACTOR_LOCKED");
    static inline const QString CodeRequired = QStringLiteral("TWO_FACTOR_REQUIRED");

    explicit TwoFactorService(ApiClient *client, QObject *parent = nullptr);

    // Who and where, for what the user keeps (the backup code sheet); not sent anywhere.
    void setAccountName(const QString &name) { m_accountName = name; }
    QString accountName() const { return m_accountName; }
    QUrl serverUrl() const;

    // The last status fetched; nullopt before the first answer (and after forgetStatus()).
    std::optional<TwoFactorStatus> status() const { return m_status; }
    void forgetStatus() { m_status.reset(); }
    bool isBusy() const { return m_pending > 0; }

    // GET /v1/me/2fa -> statusFetched.
    void fetchStatus();
    // POST /v1/me/2fa/setup -> setupStarted (the same secret again while a setup is pending).
    void startSetup();
    // POST /v1/me/2fa/confirm with a TOTP code -> confirmed with the ten backup codes.
    void confirm(const QString &code);
    // POST /v1/me/2fa/backup-codes with a TOTP code -> backupCodesRegenerated.
    void regenerateBackupCodes(const QString &code);
    // DELETE /v1/me/2fa with a TOTP code or an unused backup code -> disabled.
    void disable(const QString &code);

    // A sentence for people about `error`, worded for the code checks of 12.6: a wrong code with
    // the attempts left, a reused code, the lockout with its end ("until 14:05, in about 5
    // minutes"), a missing code; any other error's own message. The request id is not in it
    // (ErrorPanel shows it on its own line).
    static QString describeError(const ApiError &error,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc());
    // When code checks are allowed again: the body's lockedUntil, else now + Retry-After;
    // invalid when `error` is not a lockout.
    static QDateTime lockoutEnd(const ApiError &error,
                                const QDateTime &now = QDateTime::currentDateTimeUtc());
    // What the user typed, as the server reads it: surrounding and inner whitespace dropped.
    static QString normalizedCode(const QString &typed);

signals:
    void statusFetched(const TwoFactorStatus &status);
    void setupStarted(const TwoFactorSetup &setup);
    void confirmed(const QStringList &backupCodes, const QDateTime &enabledAt);
    void backupCodesRegenerated(const QStringList &backupCodes);
    void disabled();
    void failed(TwoFactorService::Action action, const ApiError &error);
    void busyChanged(bool busy);

private:
    // Counts the call as pending until `handler` has run; busyChanged on the edges.
    void track(ApiCall *call, Action action, std::function<void(const ApiResult &)> handler);
    void fail(Action action, const ApiError &error);
    static std::optional<QStringList> backupCodesFrom(const ApiResult &result);

    ApiClient *m_client;
    QString m_accountName;
    std::optional<TwoFactorStatus> m_status;
    int m_pending = 0;
};
