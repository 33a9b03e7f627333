#include "FormBrowser.h"

#include "OAuthTestClient.h"

#include <QTimer>

FormBrowser::FormBrowser(QString username, QString password)
    : m_username(std::move(username))
    , m_password(std::move(password))
{}

bool FormBrowser::complete(const QUrl &signInLink)
{
    lastError.clear();
    const auto signInPage = m_http.get(signInLink);
    if (signInPage.status != 200) {
        lastError = QStringLiteral("sign-in page answered %1").arg(signInPage.status);
        return false;
    }
    const QUrl base = signInLink.adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
    auto consentPage = m_http.postForm(
        base.resolved(QUrl(QStringLiteral("/oauth2/authorize/sign-in"))),
        {{QStringLiteral("request_id"),
          OAuthTestClient::formField(signInPage.body, QStringLiteral("request_id"))},
         {QStringLiteral("csrf_token"),
          OAuthTestClient::formField(signInPage.body, QStringLiteral("csrf_token"))},
         {QStringLiteral("username"), m_username},
         {QStringLiteral("password"), m_password}});
    if (OAuthTestClient::isTwoFactorPage(consentPage)) {
        if (!twoFactorCode) {
            lastError = QStringLiteral("the account asks for a two-factor code and none was given");
            return false;
        }
        consentPage = m_http.postForm(
            base.resolved(QUrl(QStringLiteral("/oauth2/authorize/two-factor"))),
            {{QStringLiteral("request_id"),
              OAuthTestClient::formField(consentPage.body, QStringLiteral("request_id"))},
             {QStringLiteral("csrf_token"),
              OAuthTestClient::formField(consentPage.body, QStringLiteral("csrf_token"))},
             {QStringLiteral("code"), twoFactorCode()}});
    }
    if (OAuthTestClient::isChangePasswordPage(consentPage)) {
        if (newPassword.isEmpty()) {
            lastError = QStringLiteral("the account must choose a new password and none was given");
            return false;
        }
        consentPage = m_http.postForm(
            base.resolved(QUrl(QStringLiteral("/oauth2/authorize/change-password"))),
            {{QStringLiteral("request_id"),
              OAuthTestClient::formField(consentPage.body, QStringLiteral("request_id"))},
             {QStringLiteral("csrf_token"),
              OAuthTestClient::formField(consentPage.body, QStringLiteral("csrf_token"))},
             {QStringLiteral("new_password"), newPassword},
             {QStringLiteral("confirm_password"), newPassword}});
    }
    if (consentPage.status != 200 || !consentPage.body.contains("Allow access")) {
        lastError = QStringLiteral("no consent page: %1")
                        .arg(QString::fromUtf8(consentPage.body.left(300)));
        return false;
    }
    const auto redirect = m_http.postForm(
        base.resolved(QUrl(QStringLiteral("/oauth2/authorize/consent"))),
        {{QStringLiteral("request_id"),
          OAuthTestClient::formField(consentPage.body, QStringLiteral("request_id"))},
         {QStringLiteral("csrf_token"),
          OAuthTestClient::formField(consentPage.body, QStringLiteral("csrf_token"))},
         {QStringLiteral("decision"), decision}});
    if (redirect.status != 303) {
        lastError = QStringLiteral("consent answered %1").arg(redirect.status);
        return false;
    }
    QUrl target(QString::fromUtf8(redirect.header("Location")));
    if (rewriteRedirect)
        target = rewriteRedirect(target);
    if (beforeFollowingRedirect)
        beforeFollowingRedirect();
    redirectFollowed = target;
    loopbackPage = m_http.get(target);
    if (loopbackPage.status != 200) {
        lastError = QStringLiteral("the app's loopback page answered %1").arg(loopbackPage.status);
        return false;
    }
    return true;
}

std::function<bool(const QUrl &)> FormBrowser::launcher()
{
    return [this](const QUrl &url) {
        // A real browser opens the page after the app's call returns.
        QTimer::singleShot(0, [this, url] { complete(url); });
        return true;
    };
}
