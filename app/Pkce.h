#pragma once

#include <QString>

// The client half of RFC 7636: a fresh code_verifier per sign-in and its S256 challenge.
// QOAuth2AuthorizationCodeFlow has no PKCE before Qt 6.8, so OAuthSignIn adds these itself.
struct PkcePair
{
    QString verifier;
    QString challenge;

    static PkcePair generate();                           // 32 CSPRNG bytes, base64url (43 chars)
    static QString challengeFor(const QString &verifier); // BASE64URL(SHA256(verifier))
};
