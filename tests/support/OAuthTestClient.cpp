#include "OAuthTestClient.h"

#include "TestServer.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

OAuthTestClient::OAuthTestClient(const TestServer &server, QString client)
    : OAuthTestClient(server.baseUrl(), std::move(client))
{}

OAuthTestClient::OAuthTestClient(const QString &baseUrl, QString client)
    : clientId(std::move(client))
    , m_baseUrl(baseUrl)
{
    QByteArray random(48, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / 4);
    verifier = QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    state = QString::number(QRandomGenerator::system()->generate64(), 16);
}

QString OAuthTestClient::challengeFor(const QString &codeVerifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(codeVerifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString OAuthTestClient::formField(const QByteArray &html, const QString &name)
{
    const QRegularExpression pattern(QStringLiteral("name=\"%1\" value=\"([^\"]*)\"").arg(name));
    return pattern.match(QString::fromUtf8(html)).captured(1);
}

QUrl OAuthTestClient::authorizeUrl() const
{
    QUrl url(m_baseUrl + QStringLiteral("/oauth2/authorize"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    query.addQueryItem(QStringLiteral("scope"), scope);
    query.addQueryItem(QStringLiteral("state"), state);
    query.addQueryItem(QStringLiteral("code_challenge"), challengeFor(verifier));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    query.addQueryItem(QStringLiteral("device_name"), deviceName);
    url.setQuery(query);
    return url;
}

HttpClient::Reply OAuthTestClient::openAuthorize()
{
    return http.get(authorizeUrl());
}

HttpClient::Reply OAuthTestClient::submitSignIn(const HttpClient::Reply &page,
                                                const QString &username, const QString &password)
{
    return http.postForm(
        QUrl(m_baseUrl + QStringLiteral("/oauth2/authorize/sign-in")),
        {{QStringLiteral("request_id"), formField(page.body, QStringLiteral("request_id"))},
         {QStringLiteral("csrf_token"), formField(page.body, QStringLiteral("csrf_token"))},
         {QStringLiteral("username"), username},
         {QStringLiteral("password"), password}});
}

bool OAuthTestClient::isTwoFactorPage(const HttpClient::Reply &page)
{
    return page.body.contains("action=\"/oauth2/authorize/two-factor\"");
}

HttpClient::Reply OAuthTestClient::submitTwoFactor(const HttpClient::Reply &page,
                                                   const QString &code)
{
    return http.postForm(
        QUrl(m_baseUrl + QStringLiteral("/oauth2/authorize/two-factor")),
        {{QStringLiteral("request_id"), formField(page.body, QStringLiteral("request_id"))},
         {QStringLiteral("csrf_token"), formField(page.body, QStringLiteral("csrf_token"))},
         {QStringLiteral("code"), code}});
}

bool OAuthTestClient::isChangePasswordPage(const HttpClient::Reply &page)
{
    return page.body.contains("action=\"/oauth2/authorize/change-password\"");
}

HttpClient::Reply OAuthTestClient::submitChangePassword(const HttpClient::Reply &page,
                                                        const QString &newPassword,
                                                        const QString &confirmation)
{
    return http.postForm(
        QUrl(m_baseUrl + QStringLiteral("/oauth2/authorize/change-password")),
        {{QStringLiteral("request_id"), formField(page.body, QStringLiteral("request_id"))},
         {QStringLiteral("csrf_token"), formField(page.body, QStringLiteral("csrf_token"))},
         {QStringLiteral("new_password"), newPassword},
         {QStringLiteral("confirm_password"), confirmation}});
}

HttpClient::Reply OAuthTestClient::submitConsent(const HttpClient::Reply &page,
                                                 const QString &decision)
{
    return http.postForm(
        QUrl(m_baseUrl + QStringLiteral("/oauth2/authorize/consent")),
        {{QStringLiteral("request_id"), formField(page.body, QStringLiteral("request_id"))},
         {QStringLiteral("csrf_token"), formField(page.body, QStringLiteral("csrf_token"))},
         {QStringLiteral("decision"), decision}});
}

QString OAuthTestClient::redirectParam(const HttpClient::Reply &redirect, const QString &name)
{
    const QUrl location(QString::fromUtf8(redirect.header("Location")));
    return QUrlQuery(location).queryItemValue(name, QUrl::FullyDecoded);
}

HttpClient::Reply OAuthTestClient::exchangeCode(const QString &code, const QString &codeVerifier)
{
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), redirectUri},
        {QStringLiteral("code_verifier"), codeVerifier.isEmpty() ? verifier : codeVerifier}};
    if (!deviceId.isEmpty())
        fields.append({QStringLiteral("device_id"), deviceId});
    return http.postForm(QUrl(m_baseUrl + QStringLiteral("/oauth2/token")), fields);
}

HttpClient::Reply OAuthTestClient::refresh(const QString &refreshToken)
{
    return http.postForm(QUrl(m_baseUrl + QStringLiteral("/oauth2/token")),
                         {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                          {QStringLiteral("client_id"), clientId},
                          {QStringLiteral("refresh_token"), refreshToken}});
}

HttpClient::Reply OAuthTestClient::revoke(const QString &token)
{
    return http.postForm(
        QUrl(m_baseUrl + QStringLiteral("/oauth2/revoke")),
        {{QStringLiteral("client_id"), clientId}, {QStringLiteral("token"), token}});
}

QString OAuthTestClient::authorizationCode(const QString &username, const QString &password)
{
    const auto signInPage = openAuthorize();
    if (signInPage.status != 200)
        return {};
    auto consentPage = submitSignIn(signInPage, username, password);
    if (isTwoFactorPage(consentPage)) {
        if (!twoFactorCode)
            return {};
        consentPage = submitTwoFactor(consentPage, twoFactorCode());
    }
    if (consentPage.status != 200 || !consentPage.body.contains("Allow access"))
        return {};
    const auto redirect = submitConsent(consentPage, QStringLiteral("approve"));
    if (redirect.status != 303 || redirectParam(redirect, QStringLiteral("state")) != state)
        return {};
    return redirectParam(redirect, QStringLiteral("code"));
}

QJsonObject OAuthTestClient::signIn(const QString &username, const QString &password)
{
    const QString code = authorizationCode(username, password);
    if (code.isEmpty())
        return {};
    const auto reply = exchangeCode(code);
    return reply.status == 200 ? reply.json() : QJsonObject();
}
