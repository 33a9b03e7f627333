#include "TwoFactorAccount.h"

#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "OathTool.h"
#include "TestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

namespace {

constexpr qint64 StepSeconds = 30;

qint64 currentStep()
{
    return QDateTime::currentSecsSinceEpoch() / StepSeconds;
}

} // namespace

TwoFactorAccount TwoFactorAccount::enable(const TestServer &server, HttpClient &http,
                                          const QString &accessToken)
{
    const auto setup = http.postJson(server.url(QStringLiteral("/v1/me/2fa/setup")), {},
                                     HttpClient::bearer(accessToken));
    const QString secret = setup.json().value(QStringLiteral("secret")).toString();
    if (setup.status != 200 || secret.isEmpty()) {
        qWarning("2FA setup failed: HTTP %d %s", setup.status, setup.body.constData());
        return {};
    }
    const qint64 step = currentStep();
    const auto confirm = http.postJson(
        server.url(QStringLiteral("/v1/me/2fa/confirm")),
        QJsonObject{{QStringLiteral("code"), OathTool::totp(secret, step * StepSeconds)}},
        HttpClient::bearer(accessToken));
    if (confirm.status != 200) {
        qWarning("2FA confirm failed: HTTP %d %s", confirm.status, confirm.body.constData());
        return {};
    }
    TwoFactorAccount account;
    account.m_state = std::make_shared<State>();
    account.m_state->secret = secret;
    account.m_state->lastStep = step;
    const QJsonArray codes = confirm.json().value(QStringLiteral("backupCodes")).toArray();
    for (const QJsonValue &code : codes)
        account.m_state->backupCodes.append(code.toString());
    return account;
}

TwoFactorAccount TwoFactorAccount::enableFor(const TestServer &server, HttpClient &http,
                                             const QString &username, const QString &password)
{
    OAuthTestClient client(server);
    client.deviceName = QStringLiteral("Two-factor setup");
    const QJsonObject tokens = client.signIn(username, password);
    const QString token = tokens.value(QStringLiteral("access_token")).toString();
    if (token.isEmpty()) {
        qWarning("%s could not sign in to turn two-factor authentication on", qPrintable(username));
        return {};
    }
    TwoFactorAccount account = enable(server, http, token);
    // The whole session goes with its refresh token (RFC 7009).
    client.revoke(tokens.value(QStringLiteral("refresh_token")).toString());
    return account;
}

QString TwoFactorAccount::secret() const
{
    return m_state ? m_state->secret : QString();
}

QString TwoFactorAccount::takeBackupCode()
{
    if (!m_state || m_state->backupCodes.isEmpty()) {
        qWarning("no backup code left");
        return {};
    }
    return m_state->backupCodes.takeFirst();
}

QString TwoFactorAccount::freshCode()
{
    if (!m_state)
        return {};
    const qint64 wanted = std::max(currentStep(), m_state->lastStep + 1);
    // The server takes one step of skew, no more: further ahead, the clock has to move on.
    if (!QTest::qWaitFor([wanted] { return wanted <= currentStep() + 1; },
                         int(StepSeconds + 5) * 1000)) {
        qWarning("waited in vain for TOTP step %lld", wanted);
        return {};
    }
    m_state->lastStep = wanted;
    return OathTool::totp(m_state->secret, wanted * StepSeconds);
}

std::function<QString()> TwoFactorAccount::signInCodes() const
{
    TwoFactorAccount shared = *this;
    return [shared]() mutable {
        return shared.m_state && shared.m_state->backupCodes.isEmpty() ? shared.freshCode()
                                                                       : shared.takeBackupCode();
    };
}

void TwoFactorAccount::answerSignIns(OAuthTestClient &client) const
{
    client.twoFactorCode = signInCodes();
}
