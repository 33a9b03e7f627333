#include "Totp.h"

#include "KitProblem.h"
#include "OathTool.h"

#include <QDateTime>
#include <QHash>
#include <QTest>

namespace {

// The last step fresh() handed out, per secret (secrets are random per test, so one table for the
// whole process never mixes accounts up).
QHash<QString, qint64> &lastSteps()
{
    static QHash<QString, qint64> steps;
    return steps;
}

QString normalized(const QString &secret)
{
    QString key = secret;
    key.remove(QLatin1Char(' '));
    return key.toUpper();
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

QString Totp::now(const QString &secret)
{
    return at(secret, nowSeconds());
}

QString Totp::next(const QString &secret)
{
    return at(secret, nowSeconds() + StepSeconds);
}

QString Totp::at(const QString &secret, qint64 unixSeconds)
{
    const QString code = OathTool::totp(normalized(secret), unixSeconds);
    if (code.isEmpty())
        KitProblem::report(QStringLiteral("oathtool gave no code (is oathtool installed?)"));
    return code;
}

QString Totp::wrong(const QString &secret)
{
    const qint64 seconds = nowSeconds();
    QStringList accepted;
    for (qint64 offset = -2 * StepSeconds; offset <= 2 * StepSeconds; offset += StepSeconds)
        accepted.append(at(secret, seconds + offset));
    for (int digit = 0; digit <= 9; ++digit) {
        const QString candidate(6, QChar(u'0' + digit));
        if (!accepted.contains(candidate))
            return candidate;
    }
    return QStringLiteral("012345"); // unreachable: five codes cannot cover ten candidates
}

QString Totp::fresh(const QString &secret)
{
    const QString key = normalized(secret);
    const auto known = lastSteps().constFind(key);
    const qint64 wanted = known == lastSteps().constEnd()
                              ? stepOf(nowSeconds())
                              : std::max(stepOf(nowSeconds()), *known + 1);
    // One step ahead is as far as the server looks; further ahead means waiting for the clock.
    const bool reachable = QTest::qWaitFor([wanted] { return wanted <= stepOf(nowSeconds()) + 1; },
                                           (StepSeconds + 5) * 1000);
    if (!reachable) {
        KitProblem::report(QStringLiteral("waited in vain for the TOTP step %1").arg(wanted));
        return {};
    }
    lastSteps().insert(key, wanted);
    return at(key, wanted * StepSeconds);
}

void Totp::markUsed(const QString &secret, qint64 unixSeconds)
{
    const QString key = normalized(secret);
    const qint64 step = stepOf(unixSeconds);
    if (step > lastSteps().value(key, -1))
        lastSteps().insert(key, step);
}
