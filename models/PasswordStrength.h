#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// How hard a new password would be to guess, estimated as the user types, without widgets so it
// can be tested on its own. A rough estimate in the manner of zxcvbn, not a policy: the server
// decides what it accepts (docs/api.md 12.9: 8 to 1024 characters, not the current one).
//
// The estimate counts the character classes used and the length, counting a character that
// repeats the one before or continues a run ("aaa", "abc", "321") as a quarter, and at most
// three per different character used; a password that is a well-known one or one of the words
// in `context` (the user name, say) with digits or symbols around it is Weak whatever its length.
class PasswordStrength
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStrength)

public:
    static constexpr int MinLength = 8;
    static constexpr int MaxLength = 1024;

    enum class Level { Empty, TooShort, TooLong, Weak, Fair, Good, Strong };

    struct Estimate
    {
        Level level = Level::Empty;
        double bits = 0; // estimated guessing entropy
        int score = 0;   // 0 (unusable) to 4 (Strong), for a meter
        QString text;    // "Strong", "Too short: 3 more characters", ...
        QString hint;    // what would make it better; empty when nothing to say

        bool acceptable() const { return level >= Level::Weak; } // what the server takes
    };

    static Estimate estimate(const QString &password, const QStringList &context = {});
};
