#include "KitProblem.h"

#include <QtDebug>

namespace {
QString &lastProblem()
{
    static QString problem;
    return problem;
}

int &reportCount()
{
    static int count = 0;
    return count;
}
} // namespace

void KitProblem::report(const QString &problem)
{
    lastProblem() = problem;
    ++reportCount();
    qWarning("kit: %s", qPrintable(problem));
}

void KitProblem::clear()
{
    lastProblem().clear();
}

QString KitProblem::last()
{
    return lastProblem().isEmpty() ? QStringLiteral("(the kit reported no problem)")
                                   : lastProblem();
}

int KitProblem::count()
{
    return reportCount();
}
