#include "SignedInDevice.h"

#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "TestServer.h"

#include <QJsonObject>
#include <QTest>

SignedInDevice SignedInDevice::signIn(OAuthTestClient &client, const QString &username,
                                      const QString &password, const TestServer &server,
                                      HttpClient &http)
{
    const QJsonObject tokens = client.signIn(username, password);
    SignedInDevice device;
    device.clientId = client.clientId;
    device.accessToken = tokens.value(QStringLiteral("access_token")).toString();
    device.refreshToken = tokens.value(QStringLiteral("refresh_token")).toString();
    device.sessionId =
        http.get(server.url(QStringLiteral("/v1/me")), HttpClient::bearer(device.accessToken))
            .json()
            .value(QStringLiteral("sessionId"))
            .toString();
    if (device.sessionId.isEmpty())
        qWarning("sign-in of %s on %s failed", qPrintable(username), qPrintable(client.deviceName));
    return device;
}

void verifyRefreshRefused(const TestServer &server, const SignedInDevice &device)
{
    OAuthTestClient client(server, device.clientId);
    const auto refreshed = client.refresh(device.refreshToken);
    QCOMPARE(refreshed.status, 400);
    QCOMPARE(refreshed.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
}
