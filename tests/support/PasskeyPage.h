#pragma once

#include "HttpClient.h"

#include <QString>
#include <QUrl>

class SoftAuthenticator;

// The server's passkey registration page (docs/api.md 12.11) done as a browser would, with
// SoftAuthenticator as its authenticator: GET the link, create the credential for the page's
// challenge and user handle, POST /passkeys/add. The link names the issuer (http://localhost:P);
// the tests' servers listen on 127.0.0.1, so the request goes there.
namespace PasskeyPage {

struct Result
{
    bool added = false;
    HttpClient::Reply page; // the registration page as served (for its headers)
    QString problem;        // why not, for the test's message
};

Result registerThrough(HttpClient &http, QUrl link, SoftAuthenticator &authenticator,
                       const QString &name);

// The value of a data-<name>="..." attribute of a page.
QString dataAttribute(const QByteArray &html, const QString &name);

} // namespace PasskeyPage
