// Benchmark (not a test): cold start of `tasklane` to its main window shown, next to a bare
// QApplication + QMainWindow + QTableView (bare_window.cpp) started the same way, in the same
// run. Each start is a fresh process with QT_QPA_PLATFORM=offscreen and a fresh profile; the
// clock runs from QProcess::start() to the process printing "main window shown". Rounds
// alternate bare / tasklane so machine noise hits both alike; medians are compared.
//
// Usage: tasklane-bench-coldstart TASKLANE_BIN BARE_BIN [ROUNDS]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

// Milliseconds from start to the line, or -1.
double timeToShown(const QString &program, const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tasklane.startup.info=true"));
    // A fresh profile: no settings, no silent sign-in, the welcome page.
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    QByteArray output;
    double shownAfter = -1;
    while (clock.elapsed() < 30000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(50);
        output += process.readAll();
        if (output.contains("main window shown")) {
            shownAfter = double(clock.nsecsElapsed()) / 1e6;
            break;
        }
    }
    process.kill();
    process.waitForFinished(5000);
    if (shownAfter < 0)
        std::fprintf(stderr, "%s never showed its window:\n%s\n", qPrintable(program),
                     output.constData());
    return shownAfter;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: %s TASKLANE_BIN BARE_BIN [ROUNDS]\n", argv[0]);
        return 2;
    }
    const int rounds = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 15;
    QList<double> bare;
    QList<double> tasklane;
    // One unmeasured start each: loading shared libraries from disk the first time is not
    // what either program costs on a warm machine.
    for (int round = -1; round < rounds; ++round) {
        QTemporaryDir homeBare;
        QTemporaryDir homeApp;
        const double b = timeToShown(args.at(2), {}, homeBare.path());
        const double t = timeToShown(args.at(1), {}, homeApp.path());
        if (b < 0 || t < 0)
            return 1;
        if (round < 0)
            continue;
        bare.append(b);
        tasklane.append(t);
    }
    const double bareMedian = median(bare);
    const double appMedian = median(tasklane);
    std::printf("cold start to main window shown (offscreen), median of %d alternating starts\n",
                rounds);
    std::printf("  bare QApplication + QMainWindow + QTableView: %8.1f ms\n", bareMedian);
    std::printf("  tasklane (welcome page, fresh profile):       %8.1f ms\n", appMedian);
    std::printf("  ratio tasklane / bare: %.2f (target: at most 1.5)\n", appMedian / bareMedian);
    return 0;
}
