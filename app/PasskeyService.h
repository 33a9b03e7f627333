#pragma once

#include "ApiError.h"
#include "CallTracker.h"

#include <QObject>
#include <QUrl>

#include <functional>

class ApiClient;
class PasskeyModel;

// The account's passkeys over the server API (docs/api.md 12.11): lists them into PasskeyModel,
// removes one, and adds one the only way a desktop app can: the server hands out a single-use
// link to its registration page, which opens in the system browser (WebAuthn runs there), and the
// list is loaded again when the user comes back. Failures carry the operation and the ApiError
// (request id included); the issuer being an IP address is PASSKEYS_NEED_HOST_NAME.
class PasskeyService : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Load, Remove, Add };
    Q_ENUM(Operation)

    static inline const QString NeedHostName = QStringLiteral("PASSKEYS_NEED_HOST_NAME");
    static inline const QString LimitReached = QStringLiteral("PASSKEY_LIMIT_REACHED");

    // Opens a URL in the browser; false when no browser could be started.
    using BrowserLauncher = std::function<bool(const QUrl &)>;

    PasskeyService(ApiClient *client, PasskeyModel *model, QObject *parent = nullptr);
    ~PasskeyService() override;

    void setBrowserLauncher(BrowserLauncher launcher) { m_launcher = std::move(launcher); }

    // GET /v1/me/passkeys into the model; loaded() or failed(Load).
    void load();
    // DELETE /v1/me/passkeys/{id}; the row goes, then removed(name), or failed(Remove). A
    // passkey the server no longer knows (404) is gone either way.
    void remove(const QString &id);
    // POST /v1/me/passkeys/registrations, then the link goes to the browser: browserOpened(url),
    // or browserFailed(url) so the user can open it by hand, or failed(Add).
    void add();

    // Drops what is on its way and empties the model (on sign-out).
    void reset();

    bool isBusy() const { return m_calls.isBusy(); }
    bool isBusy(Operation operation) const { return m_calls.isBusy(operation); }

signals:
    void loaded();
    void removed(const QString &name);
    void browserOpened(const QUrl &url);
    void browserFailed(const QUrl &url);
    void failed(PasskeyService::Operation operation, const ApiError &error);
    void operationStarted(PasskeyService::Operation operation);
    void operationFinished(PasskeyService::Operation operation);
    void busyChanged(bool busy);

private:
    ApiClient *m_client;
    PasskeyModel *m_model;
    BrowserLauncher m_launcher;
    CallTracker<PasskeyService, Operation> m_calls;
};
