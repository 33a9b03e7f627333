#pragma once

#include "http/PageLanguage.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class HtmlPage;

// The passkey part of a page: a form whose data attributes carry the WebAuthn options and whose
// hidden fields server/web/passkeys.js fills with the authenticator's answer, a button, and a
// status line for the wait and for errors. Everything in it is HTML-escaped.
struct PasskeyForm
{
    enum class Mode { Create, Get };
    Mode mode = Mode::Get;
    QString action;                              // where the form posts
    QList<QPair<QString, QString>> hiddenFields; // request_id, csrf_token, challenge_id, ...
    QString rpId;
    QByteArray challenge;
    QStringList credentialIds;     // base64url: allowCredentials (Get), excludeCredentials (Create)
    bool userVerification = false; // Get: "required", else "preferred"
    // Create only: the account, and the name field's default.
    QByteArray userHandle;
    QString userName;
    QString userDisplayName;
    QString defaultName;
    QString buttonText;

    // Adds the form and its script to `page`. Without an RP id (the server is reached by an IP
    // address) it adds a note saying why there are no passkeys instead.
    void addTo(HtmlPage &page, const PageLanguage &language) const;
};
