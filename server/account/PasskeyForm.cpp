#include "PasskeyForm.h"

#include "http/HtmlPage.h"
#include "security/Crypto.h"

void PasskeyForm::addTo(HtmlPage &page, const PageLanguage &language) const
{
    if (rpId.isEmpty()) {
        page.addParagraph(
            language.translate("PasskeyForm",
                               "Passkeys work only when this server is reached by a host name "
                               "(for example localhost), not by an IP address."),
            QStringLiteral("hint"));
        return;
    }
    const auto attribute = [](const char *name, const QString &value) {
        return QStringLiteral(" data-%1=\"%2\"").arg(QLatin1String(name), HtmlPage::escape(value));
    };
    QString attributes =
        attribute("mode", mode == Mode::Create ? QStringLiteral("create") : QStringLiteral("get")) +
        attribute("rp-id", rpId) +
        attribute("challenge", QString::fromLatin1(Crypto::base64Url(challenge))) +
        attribute("wait-text",
                  language.translate("PasskeyForm", "Follow your browser's prompt to use your "
                                                    "passkey…")) +
        attribute("error-text",
                  language.translate("PasskeyForm", "The passkey prompt was closed or failed. "
                                                    "Try again."));
    QString fields;
    for (const auto &[name, value] : hiddenFields)
        fields += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                      .arg(HtmlPage::escape(name), HtmlPage::escape(value));
    QStringList answer{QStringLiteral("credential_id"), QStringLiteral("client_data")};
    if (mode == Mode::Create) {
        attributes += attribute("exclude", credentialIds.join(QLatin1Char(','))) +
                      attribute("user-id", QString::fromLatin1(Crypto::base64Url(userHandle))) +
                      attribute("user-name", userName) +
                      attribute("user-display-name", userDisplayName);
        answer << QStringLiteral("attestation_object");
        fields += QStringLiteral("<label for=\"passkey_name\">%1</label>"
                                 "<input id=\"passkey_name\" name=\"name\" maxlength=\"100\" "
                                 "required value=\"%2\">")
                      .arg(HtmlPage::escape(language.translate("PasskeyForm", "Passkey name")),
                           HtmlPage::escape(defaultName));
    } else {
        attributes +=
            attribute("allow", credentialIds.join(QLatin1Char(','))) +
            attribute("user-verification",
                      userVerification ? QStringLiteral("required") : QStringLiteral("preferred"));
        answer << QStringLiteral("authenticator_data") << QStringLiteral("signature")
               << QStringLiteral("user_handle");
    }
    for (const QString &name : answer)
        fields += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"\">").arg(name);
    page.addRawHtml(
        QStringLiteral("<form id=\"passkey-form\" method=\"post\" action=\"%1\"%2>%3"
                       "<button type=\"button\" id=\"passkey-button\"%5>%4</button>"
                       "<p id=\"passkey-status\" class=\"hint\" role=\"status\"></p>"
                       "</form>")
            .arg(HtmlPage::escape(action), attributes, fields, HtmlPage::escape(buttonText),
                 mode == Mode::Get ? QStringLiteral(" class=\"secondary\"") : QString()));
    page.addScript(QStringLiteral("/static/passkeys.js"));
}
