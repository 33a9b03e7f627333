#pragma once

#include <QString>

// TOTP codes as the user's phone computes them: Debian's oathtool (tests/support/OathTool), never
// the code under test. RFC 6238 with the server's parameters: SHA-1, 6 digits, 30-second steps.
//
// The server accepts the previous, current and next step, but each step only once, and never one
// older than the last it accepted (docs/api.md 12.6). So a script that needs a second code within
// the same 30 seconds takes the next step's code, and a third one has to wait for the clock.
// fresh() does that bookkeeping: use it for every code that is meant to be accepted.
class Totp
{
public:
    static constexpr int StepSeconds = 30;

    // The code of the current step.
    static QString now(const QString &secret);
    // The code of the step after the current one (accepted now, as one step of skew).
    static QString next(const QString &secret);
    // The code of the step holding `unixSeconds`.
    static QString at(const QString &secret, qint64 unixSeconds);
    // A code the server will not accept for `secret` now: six equal digits that are none of the
    // codes from a minute before to a minute after (in case the step turns on the way).
    static QString wrong(const QString &secret);
    // A code of a step later than any fresh() handed out for this secret before: the current
    // step, else the next one, else (both handed out) the next one once the clock has moved on,
    // waited for with the event loop running. Empty (with a kit problem) if oathtool failed.
    static QString fresh(const QString &secret);
    // Tells fresh() that the step holding `unixSeconds` was used for this secret by other means.
    static void markUsed(const QString &secret, qint64 unixSeconds);

    static qint64 stepOf(qint64 unixSeconds) { return unixSeconds / StepSeconds; }
};
