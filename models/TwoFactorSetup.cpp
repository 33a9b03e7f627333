#include "TwoFactorSetup.h"

bool TwoFactorSetup::isValid() const
{
    return !secret.isEmpty() && otpauthUri.startsWith(QLatin1String("otpauth://totp/")) &&
           digits > 0 && period > 0;
}

QString TwoFactorSetup::parametersInWords() const
{
    // One sentence for translators; the numbers are never 1 in practice (RFC 6238 allows 6 to 8
    // digits and periods of many seconds).
    return tr("Time-based, %1 digits, new code every %2 seconds, %3")
        .arg(digits)
        .arg(period)
        .arg(algorithmInWords(algorithm));
}

QString TwoFactorSetup::groupInFours(const QString &key)
{
    QString compact;
    compact.reserve(key.size());
    for (const QChar c : key) {
        if (!c.isSpace())
            compact.append(c.toUpper());
    }
    QString grouped;
    grouped.reserve(compact.size() + compact.size() / 4);
    for (qsizetype i = 0; i < compact.size(); i += 4) {
        if (i > 0)
            grouped.append(QLatin1Char(' '));
        grouped.append(QStringView(compact).mid(i, 4));
    }
    return grouped;
}

QString TwoFactorSetup::algorithmInWords(const QString &algorithm)
{
    const QString upper = algorithm.toUpper();
    if (upper.startsWith(QLatin1String("SHA")) && upper.size() > 3 && upper.at(3).isDigit())
        return QStringLiteral("SHA-") + upper.mid(3);
    return algorithm;
}

QJsonObject TwoFactorSetup::toJson() const
{
    return QJsonObject{
        {QStringLiteral("secret"), secret},       {QStringLiteral("otpauthUri"), otpauthUri},
        {QStringLiteral("algorithm"), algorithm}, {QStringLiteral("digits"), digits},
        {QStringLiteral("period"), period},
    };
}

TwoFactorSetup TwoFactorSetup::fromJson(const QJsonObject &object)
{
    TwoFactorSetup setup;
    setup.secret = object.value(QStringLiteral("secret")).toString();
    setup.otpauthUri = object.value(QStringLiteral("otpauthUri")).toString();
    setup.algorithm = object.value(QStringLiteral("algorithm")).toString(setup.algorithm);
    setup.digits = object.value(QStringLiteral("digits")).toInt(setup.digits);
    setup.period = object.value(QStringLiteral("period")).toInt(setup.period);
    return setup;
}
