#include "PasskeyPage.h"

#include "OAuthTestClient.h"
#include "SoftAuthenticator.h"

#include <QRegularExpression>

QString PasskeyPage::dataAttribute(const QByteArray &html, const QString &name)
{
    const QRegularExpression pattern(QStringLiteral("data-%1=\"([^\"]*)\"").arg(name));
    return pattern.match(QString::fromUtf8(html)).captured(1);
}

PasskeyPage::Result PasskeyPage::registerThrough(HttpClient &http, QUrl link,
                                                 SoftAuthenticator &authenticator,
                                                 const QString &name)
{
    Result result;
    if (link.host() != QLatin1String("localhost")) {
        result.problem = QStringLiteral("not a link of a localhost issuer: ") + link.toString();
        return result;
    }
    link.setHost(QStringLiteral("127.0.0.1"));
    result.page = http.get(link);
    if (result.page.status != 200) {
        result.problem = QStringLiteral("registration page: %1").arg(result.page.status);
        return result;
    }
    const QByteArray &body = result.page.body;
    const auto created = authenticator.create(
        SoftAuthenticator::fromBase64Url(dataAttribute(body, QStringLiteral("challenge"))),
        SoftAuthenticator::fromBase64Url(dataAttribute(body, QStringLiteral("user-id"))));
    QUrl add = link;
    add.setPath(QStringLiteral("/passkeys/add"));
    add.setQuery(QString());
    const auto done = http.postForm(
        add,
        {{QStringLiteral("ticket"), OAuthTestClient::formField(body, QStringLiteral("ticket"))},
         {QStringLiteral("challenge_id"),
          OAuthTestClient::formField(body, QStringLiteral("challenge_id"))},
         {QStringLiteral("name"), name},
         {QStringLiteral("credential_id"),
          QString::fromLatin1(SoftAuthenticator::base64Url(authenticator.credentialId))},
         {QStringLiteral("client_data"),
          QString::fromLatin1(SoftAuthenticator::base64Url(created.clientDataJson))},
         {QStringLiteral("attestation_object"),
          QString::fromLatin1(SoftAuthenticator::base64Url(created.attestationObject))}});
    if (done.status != 200 || !done.body.contains("passkey-added")) {
        result.problem = QStringLiteral("registration: %1 %2")
                             .arg(done.status)
                             .arg(QString::fromUtf8(done.body.left(600)));
        return result;
    }
    result.added = true;
    return result;
}
