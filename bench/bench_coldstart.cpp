// Benchmark (not a test): cold start of `tasklane` to its main window shown, next to a bare
// QApplication + QMainWindow + QTableView (bare_window.cpp) started the same way, in the same
// run. Each start is a fresh process with QT_QPA_PLATFORM=offscreen and a fresh profile; the
// clock runs from QProcess::start() to the process printing "main window shown" (both print it
// once their first frame is painted). Rounds alternate bare / tasklane so machine noise hits
// both alike; medians are compared, on the wall clock and in CPU time (Linux), which a loaded
// machine disturbs less.
//
// Usage: tasklane-bench-coldstart TASKLANE_BIN BARE_BIN [ROUNDS]
#include "AppStart.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: %s TASKLANE_BIN BARE_BIN [ROUNDS]\n", argv[0]);
        return 2;
    }
    const int rounds = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 15;
    const QByteArray shown = "main window shown";
    const QString loadBefore = AppStart::loadAverage();
    QList<double> bare;
    QList<double> tasklane;
    QList<double> ratios; // per round, for the spread of the ratio itself
    QList<double> bareCpu;
    QList<double> tasklaneCpu;
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
        }
    }
    const double ratio = AppStart::median(tasklane) / AppStart::median(bare);
    const auto [low, high] = std::minmax_element(ratios.begin(), ratios.end());
    std::printf("cold start to main window shown (offscreen, first frame painted), median "
                "(min-max) of %d alternating starts; load average %s before, %s after\n",
                rounds, qPrintable(loadBefore), qPrintable(AppStart::loadAverage()));
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
        std::printf("  CPU time ratio tasklane / bare: %.2f\n",
                    AppStart::median(tasklaneCpu) / AppStart::median(bareCpu));
    }
    return 0;
}
