// Benchmark (not a test): cold start of `tasklane` to its main window shown, next to a bare
// QApplication + QMainWindow + QTableView (bare_window.cpp) started the same way, in the same
// run. Each start is a fresh process with QT_QPA_PLATFORM=offscreen and a fresh profile; the
// clock runs from QProcess::start() to the process printing "main window shown" (both print it
// once their first frame is painted). Rounds alternate bare / tasklane so machine noise hits
// both alike; medians are compared, on the wall clock and in CPU time (Linux), which a loaded
// machine disturbs less.
//
// With --instructions, each start runs under valgrind's callgrind instead and the figure is the
// number of instructions executed up to that line (loader included): slow (a start takes
// seconds) but the same on a busy machine, so it shows what a change saves where the clocks'
// spread hides it.
//
// Usage: tasklane-bench-coldstart [--instructions] TASKLANE_BIN BARE_BIN [ROUNDS]
#include "AppStart.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

namespace {
const QByteArray Shown = "main window shown";
// What runs each program's line once the first frame is painted, as callgrind names it: the
// queued call made by ui/AfterNextPaint.cpp and bare_window.cpp's FirstPaint. Counting ends on
// entering it, before the window icon tasklane sets right after the line on X11.
const auto TasklaneLineFunction = QStringLiteral("*AfterNextPaint*impl*");
const auto BareLineFunction = QStringLiteral("*FirstPaint*impl*");

// Millions of instructions, "median (min-max)".
QString instructionSummary(const QList<double> &values)
{
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    return QStringLiteral("%1 M instructions (%2-%3)")
        .arg(AppStart::median(values) / 1e6, 7, 'f', 2)
        .arg(*low / 1e6, 0, 'f', 2)
        .arg(*high / 1e6, 0, 'f', 2);
}

// --instructions: alternating starts under callgrind, no unmeasured one (nothing here depends
// on a warm disk).
int countInstructions(const QString &tasklaneBin, const QString &bareBin, int rounds)
{
    QList<double> bare;
    QList<double> tasklane;
    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir homeBare;
        QTemporaryDir homeApp;
        const qint64 b =
            AppStart::instructionsToLine(bareBin, {}, AppStart::environment(homeBare.path()), Shown,
                                         homeBare.path(), BareLineFunction);
        const qint64 t =
            AppStart::instructionsToLine(tasklaneBin, {}, AppStart::environment(homeApp.path()),
                                         Shown, homeApp.path(), TasklaneLineFunction);
        if (b < 0 || t < 0)
            return 1;
        bare.append(double(b));
        tasklane.append(double(t));
    }
    std::printf("cold start to main window shown (%s, first frame painted), instructions "
                "counted by callgrind from the loader's first one, median (min-max) of %d "
                "alternating starts\n",
                qPrintable(AppStart::platform()), rounds);
    std::printf("  bare QApplication + QMainWindow + QTableView: %s\n",
                qPrintable(instructionSummary(bare)));
    std::printf("  tasklane (welcome page, fresh profile):       %s\n",
                qPrintable(instructionSummary(tasklane)));
    std::printf("  instruction ratio tasklane / bare: %.3f\n",
                AppStart::median(tasklane) / AppStart::median(bare));
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool instructions = args.removeAll(QStringLiteral("--instructions")) > 0;
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: %s [--instructions] TASKLANE_BIN BARE_BIN [ROUNDS]\n",
                     argv[0]);
        return 2;
    }
    if (instructions)
        return countInstructions(args.at(1), args.at(2),
                                 args.size() > 3 ? std::max(1, args.at(3).toInt()) : 3);
    const int rounds = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 15;
    const QByteArray shown = Shown;
    const QString loadBefore = AppStart::loadAverage();
    QList<double> bare;
    QList<double> tasklane;
    QList<double> ratios; // per round, for the spread of the ratio itself
    QList<double> bareCpu;
    QList<double> tasklaneCpu;
    QList<double> cpuRatios;
    // One unmeasured start each: loading shared libraries from disk the first time is not
    // what either program costs on a warm machine.
    for (int round = -1; round < rounds; ++round) {
        QTemporaryDir homeBare;
        QTemporaryDir homeApp;
        const AppStart::Start b =
            AppStart::timeToLine(args.at(2), {}, AppStart::environment(homeBare.path()), shown);
        const AppStart::Start t =
            AppStart::timeToLine(args.at(1), {}, AppStart::environment(homeApp.path()), shown);
        if (b.wall < 0 || t.wall < 0)
            return 1;
        if (round < 0)
            continue;
        bare.append(b.wall);
        tasklane.append(t.wall);
        ratios.append(t.wall / b.wall);
        if (b.cpu >= 0 && t.cpu >= 0) {
            bareCpu.append(b.cpu);
            tasklaneCpu.append(t.cpu);
            cpuRatios.append(t.cpu / b.cpu);
        }
    }
    const double ratio = AppStart::median(tasklane) / AppStart::median(bare);
    const auto [low, high] = std::minmax_element(ratios.begin(), ratios.end());
    std::printf("cold start to main window shown (%s, first frame painted), median "
                "(min-max) of %d alternating starts; load average %s before, %s after\n",
                qPrintable(AppStart::platform()), rounds, qPrintable(loadBefore),
                qPrintable(AppStart::loadAverage()));
    std::printf("  bare QApplication + QMainWindow + QTableView: %s\n",
                qPrintable(AppStart::summary(bare)));
    std::printf("  tasklane (welcome page, fresh profile):       %s\n",
                qPrintable(AppStart::summary(tasklane)));
    std::printf("  ratio tasklane / bare: %.2f (per round %.2f-%.2f; target: at most 1.2)\n", ratio,
                *low, *high);
    if (!bareCpu.isEmpty()) {
        std::printf("  CPU time to the window, bare:     %s\n",
                    qPrintable(AppStart::summary(bareCpu)));
        std::printf("  CPU time to the window, tasklane: %s\n",
                    qPrintable(AppStart::summary(tasklaneCpu)));
        const auto [cpuLow, cpuHigh] = std::minmax_element(cpuRatios.begin(), cpuRatios.end());
        std::printf("  CPU time ratio tasklane / bare: %.2f (per round %.2f-%.2f)\n",
                    AppStart::median(tasklaneCpu) / AppStart::median(bareCpu), *cpuLow, *cpuHigh);
    }
    return 0;
}
