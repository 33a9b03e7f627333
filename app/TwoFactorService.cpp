#include "TwoFactorService.h"

#include "ApiClient.h"
#include "JsonTime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>

#include <cmath>
#include <utility>

Q_LOGGING_CATEGORY(lcTwoFactor, "tasklane.app.twofactor")

namespace {

const QString TwoFactorPath = QStringLiteral("/v1/me/2fa");

QJsonObject codeBody(const QString &code)
{
    return QJsonObject{{QStringLiteral("code"), TwoFactorService::normalizedCode(code)}};
}

ApiError notWhatWasAsked(const ApiResult &result, const char *what)
{
    return ApiError::badResponse(QCoreApplication::translate("TwoFactorService", what),
                                 result.status, result.requestId);
}

} // namespace

TwoFactorService::TwoFactorService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

QUrl TwoFactorService::serverUrl() const
{
    return m_client->baseUrl();
}

void TwoFactorService::track(ApiCall *call, Action action,
                             std::function<void(const ApiResult &)> handler)
{
    if (m_pending++ == 0)
        emit busyChanged(true);
    connect(call, &ApiCall::finished, this, [this, action, handler](const ApiResult &result) {
        if (result.error)
            fail(action, *result.error);
        else
            handler(result);
        // After the handler: a follow-up status fetch keeps the service busy without a flicker.
        if (--m_pending == 0)
            emit busyChanged(false);
    });
}

void TwoFactorService::fail(Action action, const ApiError &error)
{
    // Refused codes are routine; the code itself is never part of the line.
    qCDebug(lcTwoFactor).noquote()
        << QVariant::fromValue(action).toString() << "failed:" << error.debugText();
    emit failed(action, error);
}

void TwoFactorService::fetchStatus()
{
    track(m_client->get(TwoFactorPath), Action::FetchStatus, [this](const ApiResult &result) {
        const QJsonObject object = result.object();
        if (!result.json.isObject() || !object.value(QStringLiteral("enabled")).isBool()) {
            fail(Action::FetchStatus,
                 notWhatWasAsked(result, "The server sent no two-factor status."));
            return;
        }
        m_status = TwoFactorStatus::fromJson(object);
        emit statusFetched(*m_status);
    });
}

void TwoFactorService::startSetup()
{
    track(m_client->post(TwoFactorPath + QStringLiteral("/setup"), {}), Action::StartSetup,
          [this](const ApiResult &result) {
              const TwoFactorSetup setup = TwoFactorSetup::fromJson(result.object());
              if (!setup.isValid()) {
                  fail(Action::StartSetup,
                       notWhatWasAsked(result, "The server sent no usable two-factor key."));
                  return;
              }
              emit setupStarted(setup);
          });
}

void TwoFactorService::confirm(const QString &code)
{
    track(m_client->post(TwoFactorPath + QStringLiteral("/confirm"), codeBody(code)),
          Action::Confirm, [this](const ApiResult &result) {
              const auto codes = backupCodesFrom(result);
              if (!codes) {
                  fail(Action::Confirm,
                       notWhatWasAsked(result, "The server turned two-factor authentication on "
                                               "but sent no backup codes."));
                  return;
              }
              qCInfo(lcTwoFactor) << "two-factor authentication turned on";
              emit confirmed(
                  *codes, JsonTime::toDateTime(result.object().value(QStringLiteral("enabledAt"))));
              fetchStatus();
          });
}

void TwoFactorService::regenerateBackupCodes(const QString &code)
{
    track(m_client->post(TwoFactorPath + QStringLiteral("/backup-codes"), codeBody(code)),
          Action::RegenerateBackupCodes, [this](const ApiResult &result) {
              const auto codes = backupCodesFrom(result);
              if (!codes) {
                  fail(Action::RegenerateBackupCodes,
                       notWhatWasAsked(result, "The server sent no new backup codes."));
                  return;
              }
              qCInfo(lcTwoFactor) << "backup codes regenerated";
              emit backupCodesRegenerated(*codes);
              fetchStatus();
          });
}

void TwoFactorService::disable(const QString &code)
{
    ApiRequest request;
    request.method = "DELETE";
    request.url = QUrl(TwoFactorPath);
    request.body = QJsonDocument(codeBody(code)).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    track(m_client->send(request), Action::Disable, [this](const ApiResult &) {
        qCInfo(lcTwoFactor) << "two-factor authentication turned off";
        emit disabled();
        fetchStatus();
    });
}

std::optional<QStringList> TwoFactorService::backupCodesFrom(const ApiResult &result)
{
    const QJsonValue value = result.object().value(QStringLiteral("backupCodes"));
    if (!value.isArray())
        return std::nullopt;
    QStringList codes;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString() || item.toString().isEmpty())
            return std::nullopt;
        codes.append(item.toString());
    }
    if (codes.isEmpty())
        return std::nullopt;
    return codes;
}

QString TwoFactorService::normalizedCode(const QString &typed)
{
    QString code;
    code.reserve(typed.size());
    for (const QChar c : typed) {
        if (!c.isSpace())
            code.append(c);
    }
    return code;
}

QDateTime TwoFactorService::lockoutEnd(const ApiError &error, const QDateTime &now)
{
    if (error.code != CodesLocked)
        return {};
    if (error.lockedUntil.isValid())
        return error.lockedUntil;
    if (error.retryAfterSeconds > 0)
        return now.addSecs(error.retryAfterSeconds);
    return {};
}

QString TwoFactorService::describeError(const ApiError &error, const QDateTime &now)
{
    if (error.kind != ApiError::Kind::Http)
        return error.message;
    if (error.code == CodeInvalid) {
        if (error.attemptsRemaining == 1)
            return tr("That code is not valid. 1 attempt left before code checks are locked for "
                      "a few minutes.");
        if (error.attemptsRemaining > 1)
            return tr("That code is not valid. %1 attempts left.").arg(error.attemptsRemaining);
        if (error.attemptsRemaining == 0)
            return tr("That code is not valid. No attempts left: code checks are locked for a few "
                      "minutes.");
        return tr("That code is not valid.");
    }
    if (error.code == CodeReused)
        return tr("That code was already used. Wait for the next code from your authenticator "
                  "app, then enter it.");
    if (error.code == CodeRequired)
        return tr("Enter a current code from your authenticator app.");
    if (error.code == CodesLocked) {
        const QDateTime until = lockoutEnd(error, now);
        if (!until.isValid())
            return tr("Too many wrong codes. Code checks are locked for a few minutes; even a "
                      "correct code is refused until then.");
        const qint64 seconds = qMax<qint64>(0, now.secsTo(until));
        const int minutes = int(std::ceil(double(seconds) / 60.0));
        const QString at = QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat);
        const QString wait =
            minutes <= 1 ? tr("in about a minute") : tr("in about %1 minutes").arg(minutes);
        return tr("Too many wrong codes. Try again at %1 (%2); until then even a correct code is "
                  "refused.")
            .arg(at, wait);
    }
    return error.message;
}
