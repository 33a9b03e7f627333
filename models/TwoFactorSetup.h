#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// A two-factor setup as POST /v1/me/2fa/setup answers it (docs/api.md 12.6): the shared secret
// (RFC 4648 base32) and the otpauth:// URI an authenticator app scans, with its parameters.
// Holds a secret: never log it.
struct TwoFactorSetup
{
    Q_DECLARE_TR_FUNCTIONS(TwoFactorSetup)

public:
    QString secret;
    QString otpauthUri;
    QString algorithm = QStringLiteral("SHA1");
    int digits = 6;
    int period = 30;

    bool isValid() const;
    // The secret as people type it: blocks of four (see groupInFours).
    QString groupedSecret() const { return groupInFours(secret); }
    // "Time-based, 6 digits, new code every 30 seconds, SHA-1": what to pick in an
    // authenticator app that asks instead of scanning.
    QString parametersInWords() const;

    // "JBSWY3DPEHPK3PXP" -> "JBSW Y3DP EHPK 3PXP": upper case, whitespace dropped, blocks of four
    // separated by single spaces, so a long key can be read out and typed without losing place.
    static QString groupInFours(const QString &key);
    // "SHA1" -> "SHA-1", "sha256" -> "SHA-256"; anything else as given.
    static QString algorithmInWords(const QString &algorithm);

    QJsonObject toJson() const;
    static TwoFactorSetup fromJson(const QJsonObject &object);

    friend bool operator==(const TwoFactorSetup &, const TwoFactorSetup &) = default;
};
Q_DECLARE_METATYPE(TwoFactorSetup)
