#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Time-based one-time passwords: RFC 6238 over RFC 4226's HOTP with HMAC-SHA1, the variant
// every authenticator app speaks. The clock is a parameter, so callers (and tests) decide time.
namespace Totp {
constexpr int Digits = 6;
constexpr int PeriodSeconds = 30;
// Steps accepted on either side of the current one, for clocks that drift and slow typists.
constexpr int SkewSteps = 1;
constexpr int SecretBytes = 20; // 160 bits, RFC 4226's recommended key length

// The RFC 6238 counter: whole periods since the Unix epoch.
qint64 timeStep(qint64 unixSeconds);
// RFC 4226 section 5.3: dynamic truncation, zero-padded to `digits`.
QString hotp(const QByteArray &key, quint64 counter, int digits = Digits);
QString codeAt(const QByteArray &key, qint64 unixSeconds, int digits = Digits);

// A code as typed, without spaces; nullopt unless exactly `Digits` ASCII digits remain.
std::optional<QString> normalize(const QString &typed);
// The latest step in timeStep(unixSeconds) +- SkewSteps whose code equals `code`, or nullopt.
// Every candidate is compared, in constant time, so timing says nothing about which matched.
std::optional<qint64> matchStep(const QByteArray &key, const QString &code, qint64 unixSeconds);
} // namespace Totp
