#include "UserFactory.h"

#include "KitProblem.h"
#include "OAuthTestClient.h"
#include "TestServer.h"
#include "Totp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString describe(const HttpClient::Reply &reply)
{
    return QStringLiteral("HTTP %1 %2").arg(reply.status).arg(QString::fromUtf8(reply.body));
}

} // namespace

UserFactory::UserFactory(const TestServer &server)
    : m_server(server)
{}

QString UserFactory::passwordFor(const QString &username)
{
    return username + QStringLiteral("'s own password");
}

TestUser UserFactory::create(const QString &username, Options options)
{
    KitProblem::clear();
    TestUser user;
    user.username = username;
    user.password = passwordFor(username);
    user.admin = options.testFlag(Option::Admin);
    if (!m_server.createUser(user.username, user.password, user.admin)) {
        KitProblem::report(QStringLiteral("the server's CLI did not create %1").arg(username));
        return {};
    }
    if (options.testFlag(Option::TwoFactor) && !enableTwoFactor(user))
        return {};
    return user;
}

bool UserFactory::enableTwoFactor(TestUser &user)
{
    const auto setup = api(user, "POST", QStringLiteral("/v1/me/2fa/setup"));
    if (setup.status != 200) {
        KitProblem::report(
            QStringLiteral("2FA setup for %1: %2").arg(user.username, describe(setup)));
        return false;
    }
    const QString secret = setup.json().value(QStringLiteral("secret")).toString();
    const QString code = Totp::fresh(secret);
    const auto confirm =
        api(user, "POST", QStringLiteral("/v1/me/2fa/confirm"), {{QStringLiteral("code"), code}});
    if (confirm.status != 200) {
        KitProblem::report(
            QStringLiteral("2FA confirm for %1: %2").arg(user.username, describe(confirm)));
        return false;
    }
    user.totpSecret = secret;
    user.confirmCode = code;
    user.backupCodes.clear();
    const QJsonArray codes = confirm.json().value(QStringLiteral("backupCodes")).toArray();
    for (const QJsonValue &backupCode : codes)
        user.backupCodes.append(backupCode.toString());
    return true;
}

QString UserFactory::accessToken(const TestUser &user)
{
    const auto known = m_accessTokens.constFind(user.username);
    if (known != m_accessTokens.constEnd())
        return *known;
    OAuthTestClient client(m_server);
    client.deviceName = QStringLiteral("Other device");
    if (user.hasTwoFactor())
        client.twoFactorCode = [user] { return user.freshCode(); };
    const QString token = client.signIn(user.username, user.password)
                              .value(QStringLiteral("access_token"))
                              .toString();
    if (token.isEmpty()) {
        KitProblem::report(QStringLiteral("%1 could not sign in over HTTP").arg(user.username));
        return {};
    }
    m_accessTokens.insert(user.username, token);
    return token;
}

HttpClient::Reply UserFactory::api(const TestUser &user, const QByteArray &method,
                                   const QString &path, const QJsonObject &body)
{
    HttpClient::Headers headers = HttpClient::bearer(accessToken(user));
    QByteArray payload;
    if (!body.isEmpty()) {
        headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return m_http.send(method, m_server.url(path), payload, headers);
}

QString UserFactory::createPersonalToken(const TestUser &user, const QString &name,
                                         const QStringList &scopes)
{
    const auto created = api(user, "POST", QStringLiteral("/v1/me/tokens"),
                             {{QStringLiteral("name"), name},
                              {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}});
    if (created.status != 201) {
        KitProblem::report(
            QStringLiteral("token %1 for %2: %3").arg(name, user.username, describe(created)));
        return {};
    }
    return created.json().value(QStringLiteral("token")).toString();
}
