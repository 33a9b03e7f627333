#include "PasswordStrength.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

// Passwords at the top of every leaked list, lower case, without the digits and symbols people
// add around them.
const QSet<QString> &commonPasswords()
{
    static const QSet<QString> words{
        QStringLiteral("password"),      QStringLiteral("passw0rd"),  QStringLiteral("qwerty"),
        QStringLiteral("qwertyuiop"),    QStringLiteral("asdfghjkl"), QStringLiteral("letmein"),
        QStringLiteral("welcome"),       QStringLiteral("iloveyou"),  QStringLiteral("admin"),
        QStringLiteral("administrator"), QStringLiteral("monkey"),    QStringLiteral("dragon"),
        QStringLiteral("football"),      QStringLiteral("baseball"),  QStringLiteral("sunshine"),
        QStringLiteral("princess"),      QStringLiteral("master"),    QStringLiteral("shadow"),
        QStringLiteral("superman"),      QStringLiteral("trustno"),   QStringLiteral("secret"),
        QStringLiteral("changeme"),      QStringLiteral("login"),     QStringLiteral("tasklane"),
        QStringLiteral("abc"),           QStringLiteral("abcdef"),    QStringLiteral("zaq"),
        QStringLiteral("test"),          QStringLiteral("hello"),     QStringLiteral("starwars"),
    };
    return words;
}

// The letters of `password` without leading and trailing digits and symbols, lower case.
QString core(const QString &password)
{
    int first = 0;
    int last = int(password.size()) - 1;
    while (first <= last && !password.at(first).isLetter())
        ++first;
    while (last >= first && !password.at(last).isLetter())
        --last;
    return password.mid(first, last - first + 1).toLower();
}

} // namespace

PasswordStrength::Estimate PasswordStrength::estimate(const QString &password,
                                                      const QStringList &context)
{
    Estimate result;
    const int length = int(password.size());
    if (length == 0) {
        result.text = tr("Enter a new password");
        return result;
    }
    if (length < MinLength) {
        result.level = Level::TooShort;
        const int missing = MinLength - length;
        result.text = missing == 1 ? tr("Too short: 1 more character")
                                   : tr("Too short: %1 more characters").arg(missing);
        result.hint = tr("Use at least %1 characters.").arg(MinLength);
        return result;
    }
    if (length > MaxLength) {
        result.level = Level::TooLong;
        result.text = tr("Too long: at most %1 characters").arg(MaxLength);
        return result;
    }

    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    double effectiveLength = 0;
    for (int i = 0; i < length; ++i) {
        const QChar c = password.at(i);
        if (c.unicode() > 127)
            other = true;
        else if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            symbol = true;
        const int step = i > 0 ? int(c.unicode()) - int(password.at(i - 1).unicode()) : 99;
        effectiveLength += (step >= -1 && step <= 1) ? 0.25 : 1.0;
    }
    // However long, a handful of different characters is a handful of guesses per position.
    const qsizetype distinct = QSet<QChar>(password.begin(), password.end()).size();
    effectiveLength = std::min(effectiveLength, 3.0 * double(distinct));
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) +
                     (other ? 100 : 0);
    result.bits = effectiveLength * std::log2(double(pool));

    const QString letters = core(password);
    bool known = commonPasswords().contains(letters);
    for (const QString &word : context) {
        const QString lowered = word.trimmed().toLower();
        if (!lowered.isEmpty() &&
            (letters == lowered || (password.toLower().contains(lowered) && result.bits < 60)))
            known = true;
    }

    if (known || result.bits < 36) {
        result.level = Level::Weak;
        result.score = 1;
        result.text = tr("Weak");
        result.hint = known ? tr("This is a well-known password or contains your name.")
                            : tr("Make it longer, or mix words, digits and symbols.");
    } else if (result.bits < 56) {
        result.level = Level::Fair;
        result.score = 2;
        result.text = tr("Fair");
        result.hint = tr("A few more characters or words would make it much stronger.");
    } else if (result.bits < 80) {
        result.level = Level::Good;
        result.score = 3;
        result.text = tr("Good");
    } else {
        result.level = Level::Strong;
        result.score = 4;
        result.text = tr("Strong");
    }
    return result;
}
