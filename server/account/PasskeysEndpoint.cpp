#include "PasskeysEndpoint.h"

#include "JsonTime.h"
#include "PasskeyForm.h"
#include "SecurityLog.h"
#include "ServerServices.h"
#include "http/ApiError.h"
#include "http/ErrorResponses.h"
#include "http/HtmlPage.h"
#include "http/Router.h"
#include "oauth/Scopes.h"
#include "security/Crypto.h"
#include "security/WebAuthn.h"
#include "store/Ids.h"

#include <QUrl>

namespace {

QJsonValue instantOrNull(qint64 ms)
{
    return ms == 0 ? QJsonValue(QJsonValue::Null) : JsonTime::fromDateTime(JsonTime::fromMsecs(ms));
}

QByteArray fromBase64Url(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(),
                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The ticket row's id: the hash of the secret in the link, so the database never holds a
// link that works.
QString ticketId(const QString &ticket)
{
    return QString::fromLatin1(Crypto::sha256(ticket.toLatin1()).toHex());
}

} // namespace

PasskeysEndpoint::PasskeysEndpoint(ServerServices &services)
    : m_services(services)
{}

void PasskeysEndpoint::registerRoutes(Router &router)
{
    using M = RequestContext::Method;
    router.add(M::Get, QStringLiteral("/v1/me/passkeys"),
               [this](RequestContext &c) { return list(c); });
    router.add(M::Delete, QStringLiteral("/v1/me/passkeys/{id}"),
               [this](RequestContext &c) { return remove(c); });
    router.add(M::Post, QStringLiteral("/v1/me/passkeys/registrations"),
               [this](RequestContext &c) { return startRegistration(c); });
    router.add(M::Get, QStringLiteral("/passkeys/add"),
               [this](RequestContext &c) { return registrationPage(c); });
    router.add(M::Post, QStringLiteral("/passkeys/add"),
               [this](RequestContext &c) { return finishRegistration(c); });
}

QJsonObject PasskeysEndpoint::toJson(const Passkey &passkey)
{
    return QJsonObject{
        {QStringLiteral("id"), passkey.id},
        {QStringLiteral("name"), passkey.name},
        {QStringLiteral("createdAt"), instantOrNull(passkey.createdAtMs)},
        {QStringLiteral("lastUsedAt"), instantOrNull(passkey.lastUsedAtMs)},
    };
}

HttpResponse PasskeysEndpoint::list(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Account);
    QJsonArray items;
    const auto passkeys = m_services.passkeys.listForUser(principal.user.id);
    for (const Passkey &passkey : passkeys)
        items.append(toJson(passkey));
    return HttpResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

HttpResponse PasskeysEndpoint::remove(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Account);
    m_services.db.transaction([&] {
        const auto removed =
            m_services.passkeys.remove(principal.user.id, context.pathParam(QStringLiteral("id")));
        // Another user's passkey answers like an unknown one: ids are not confirmed to strangers.
        if (!removed)
            throw ApiError::notFound(QStringLiteral("No passkey with this id."));
        m_services.securityEvents.record(
            SecurityLog::eventFor(context, principal.user.id, SecurityEventType::PasskeyRemoved,
                                  {{QStringLiteral("passkeyId"), removed->id},
                                   {QStringLiteral("passkeyName"), removed->name}}));
    });
    return HttpResponse::noContent();
}

HttpResponse PasskeysEndpoint::startRegistration(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Account);
    if (WebAuthn::rpIdForIssuer(m_services.issuer).isEmpty())
        throw ApiError::conflict(
            QStringLiteral("Passkeys need the server reached by a host name (such as localhost), "
                           "not an IP address: start it with --issuer."),
            QStringLiteral("PASSKEYS_NEED_HOST_NAME"));
    if (m_services.passkeys.listForUser(principal.user.id).size() >= MaxPerAccount)
        throw ApiError::conflict(
            QStringLiteral("An account can have at most %1 passkeys; remove one first.")
                .arg(MaxPerAccount),
            QStringLiteral("PASSKEY_LIMIT_REACHED"));
    const qint64 now = Clock::nowMs();
    const QString ticket = QString::fromLatin1(Crypto::base64Url(Crypto::randomBytes(32)));
    m_services.webAuthnChallenges.issue(WebAuthnChallengeStore::Purpose::RegistrationTicket,
                                        principal.user.id, {}, now + TicketLifetimeMs, now,
                                        ticketId(ticket));
    QUrl url(m_services.issuer);
    url.setPath(QStringLiteral("/passkeys/add"));
    url.setQuery(QStringLiteral("ticket=") + ticket);
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
                    {QStringLiteral("expiresAt"), instantOrNull(now + TicketLifetimeMs)}},
        201);
}

HttpResponse PasskeysEndpoint::expiredLink(const RequestContext &context) const
{
    const PageLanguage language = context.pageLanguage();
    return ErrorResponses::page(
        context, 400, language.translate("PasskeysEndpoint", "This link has expired"),
        language.translate("PasskeysEndpoint", "Return to the app and add the passkey again."));
}

HttpResponse PasskeysEndpoint::registrationPage(RequestContext &context)
{
    const qint64 now = Clock::nowMs();
    const QString ticket = context.queryValue(QStringLiteral("ticket"));
    const auto row = m_services.webAuthnChallenges.peek(
        ticketId(ticket), WebAuthnChallengeStore::Purpose::RegistrationTicket, now);
    const auto user = row ? m_services.users.findById(row->userId) : std::nullopt;
    if (ticket.isEmpty() || !row || !user || user->disabled)
        return expiredLink(context);
    return page(context, ticket, *row, *user, {}, {});
}

HttpResponse PasskeysEndpoint::page(const RequestContext &context, const QString &ticket,
                                    const WebAuthnChallenge &ticketRow, const User &user,
                                    const QString &name, const QString &error, int status)
{
    const PageLanguage language = context.pageLanguage();
    const qint64 now = Clock::nowMs();
    HtmlPage html(language, language.translate("PasskeysEndpoint", "Add a passkey"));
    html.addHeading(language.translate("PasskeysEndpoint", "Add a passkey"));
    html.addParagraph(
        language
            .translate("PasskeysEndpoint",
                       "A passkey signs you in as %1 without your password: your device checks "
                       "your fingerprint, face or PIN.")
            .arg(user.username));
    if (!error.isEmpty())
        html.addRawHtml(QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>")
                            .arg(HtmlPage::escape(error)));
    PasskeyForm form;
    form.mode = PasskeyForm::Mode::Create;
    form.action = QStringLiteral("/passkeys/add");
    form.rpId = WebAuthn::rpIdForIssuer(m_services.issuer);
    if (!form.rpId.isEmpty()) {
        const WebAuthnChallenge challenge = m_services.webAuthnChallenges.issue(
            WebAuthnChallengeStore::Purpose::Registration, user.id, ticketRow.id,
            std::min(now + ChallengeLifetimeMs, ticketRow.expiresAtMs), now);
        form.challenge = challenge.challenge;
        form.hiddenFields = {{QStringLiteral("ticket"), ticket},
                             {QStringLiteral("challenge_id"), challenge.id}};
    }
    const auto existing = m_services.passkeys.listForUser(user.id);
    for (const Passkey &passkey : existing)
        form.credentialIds.append(QString::fromLatin1(Crypto::base64Url(passkey.credentialId)));
    form.userHandle = user.id.toUtf8();
    form.userName = user.username;
    form.userDisplayName = user.displayName.isEmpty() ? user.username : user.displayName;
    form.defaultName =
        name.isEmpty()
            ? language.translate("PasskeysEndpoint", "Passkey %1").arg(existing.size() + 1)
            : name;
    form.buttonText = language.translate("PasskeysEndpoint", "Create passkey");
    form.addTo(html, language);
    return html.render(status);
}

HttpResponse PasskeysEndpoint::finishRegistration(RequestContext &context)
{
    const qint64 now = Clock::nowMs();
    QHash<QString, QString> form;
    try {
        form = context.formBody();
    } catch (const OAuthError &) {
        return expiredLink(context);
    }
    const QString ticket = form.value(QStringLiteral("ticket"));
    const auto row = m_services.webAuthnChallenges.peek(
        ticketId(ticket), WebAuthnChallengeStore::Purpose::RegistrationTicket, now);
    const auto user = row ? m_services.users.findById(row->userId) : std::nullopt;
    if (ticket.isEmpty() || !row || !user || user->disabled)
        return expiredLink(context);

    const PageLanguage language = context.pageLanguage();
    const QString name = form.value(QStringLiteral("name")).trimmed();
    const auto challenge =
        m_services.webAuthnChallenges.take(form.value(QStringLiteral("challenge_id")),
                                           WebAuthnChallengeStore::Purpose::Registration, now);
    const auto again = [&](const QString &error) {
        return page(context, ticket, *row, *user, name, error, 400);
    };
    if (name.isEmpty() || name.size() > MaxNameLength)
        return again(language
                         .translate("PasskeysEndpoint", "Give the passkey a name of 1 to %1 "
                                                        "characters.")
                         .arg(MaxNameLength));
    if (!challenge || challenge->requestId != row->id || challenge->userId != user->id)
        return again(language.translate("PasskeysEndpoint",
                                        "This page has expired. Try again on this new one."));

    WebAuthn::Expectation expected;
    expected.challenge = challenge->challenge;
    expected.origin = WebAuthn::originOfIssuer(m_services.issuer);
    expected.rpId = WebAuthn::rpIdForIssuer(m_services.issuer);
    const WebAuthn::Registration registration = WebAuthn::verifyRegistration(
        fromBase64Url(form.value(QStringLiteral("client_data"))),
        fromBase64Url(form.value(QStringLiteral("attestation_object"))), expected);
    if (registration.failure != WebAuthn::Failure::None)
        return again(
            language
                .translate("PasskeysEndpoint", "The passkey could not be added (%1). Try again.")
                .arg(WebAuthn::failureName(registration.failure)));

    Passkey passkey;
    passkey.id = Ids::make();
    passkey.userId = user->id;
    passkey.credentialId = registration.credentialId;
    passkey.publicKey = registration.publicKey.encoded();
    passkey.signCount = registration.signCount;
    passkey.name = name;
    passkey.createdAtMs = now;
    const bool added = m_services.db.transaction([&] {
        // The ticket is single-use: of two forms sent with it, one adds a passkey.
        if (!m_services.webAuthnChallenges.take(
                row->id, WebAuthnChallengeStore::Purpose::RegistrationTicket, now))
            return false;
        if (!m_services.passkeys.insert(passkey))
            return false;
        m_services.securityEvents.record(
            SecurityLog::eventFor(context, user->id, SecurityEventType::PasskeyAdded,
                                  {{QStringLiteral("passkeyId"), passkey.id},
                                   {QStringLiteral("passkeyName"), passkey.name}}));
        return true;
    });
    if (!added)
        return expiredLink(context);

    HtmlPage done(language, language.translate("PasskeysEndpoint", "Passkey added"));
    done.addHeading(language.translate("PasskeysEndpoint", "Passkey added"));
    done.addRawHtml(
        QStringLiteral("<p class=\"notice\" role=\"status\" id=\"passkey-added\">%1"
                       "</p>")
            .arg(HtmlPage::escape(
                language
                    .translate("PasskeysEndpoint", "“%1” can now sign you in. Return to the app.")
                    .arg(name))));
    return done.render();
}
