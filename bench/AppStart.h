#pragma once
// Shared by the start benchmarks (bench_coldstart.cpp, bench_signedin.cpp): starting a program
// as a fresh process and timing it until it prints a line, on the wall clock and in CPU time.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>

namespace AppStart {

// The platform the starts run on: offscreen, or TASKLANE_BENCH_PLATFORM (e.g. xcb under
// scripts/with-xdesktop.sh, to include a real display and system tray).
inline QString platform()
{
    const QString platform = qEnvironmentVariable("TASKLANE_BENCH_PLATFORM");
    return platform.isEmpty() ? QStringLiteral("offscreen") : platform;
}

// The environment of an app start: platform(), the start-up log on
// (tasklane prints "main window shown" and "first page of tasks shown" through it) and `home`
// as the profile.
inline QProcessEnvironment environment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tasklane.startup.info=true"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    return env;
}

// Time on a CPU so far of every thread of process `pid`, in milliseconds: the scheduler's own
// count (Linux: /proc/PID/task/*/schedstat, nanoseconds on a CPU), which a loaded machine
// inflates far less than the wall clock. Threads that have already ended are not in that list,
// so work handed to a short-lived thread does not show here. -1 where there is no such count.
inline double cpuMilliseconds(qint64 pid)
{
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    if (!tasks.exists())
        return -1;
    qint64 nanoseconds = 0;
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile schedstat(tasks.filePath(task + QStringLiteral("/schedstat")));
        if (!schedstat.open(QIODevice::ReadOnly))
            return -1;
        nanoseconds += schedstat.readAll().split(' ').value(0).toLongLong();
    }
    return double(nanoseconds) / 1e6;
}

struct Start
{
    double wall = -1; // milliseconds from QProcess::start() to the line; -1: never printed
    double cpu = -1;  // CPU time of the process by then (cpuMilliseconds()); -1: not known
};

// The time from QProcess::start() to `line` in the program's output. The process is then asked
// to quit (SIGTERM: tasklane ends its event loop and finishes what it writes, such as a
// refreshed token in the keychain) and killed only if it does not.
inline Start timeToLine(const QString &program, const QStringList &arguments,
                        const QProcessEnvironment &env, const QByteArray &line)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    QByteArray output;
    Start start;
    while (clock.elapsed() < 60000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(20);
        output += process.readAll();
        if (output.contains(line)) {
            start.wall = double(clock.nsecsElapsed()) / 1e6;
            start.cpu = cpuMilliseconds(process.processId());
            break;
        }
    }
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    if (start.wall < 0)
        std::fprintf(stderr, "%s never printed \"%s\":\n%s\n", qPrintable(program),
                     line.constData(), output.constData());
    return start;
}

// The instructions `program` executes from its first one (the dynamic loader's) to printing
// `line`, counted by valgrind's callgrind: the same on a busy machine as on an idle one, unlike
// any clock, so a change of a few percent shows. The count is dumped into `workDirectory` with
// callgrind_control once the line is read, which includes whatever the program does meanwhile;
// with `dumpBefore`, a callgrind function pattern for what prints the line, callgrind dumps it
// itself on entering that function, so the count ends exactly there. -1 where valgrind is
// missing or the line never came.
inline qint64 instructionsToLine(const QString &program, const QStringList &arguments,
                                 const QProcessEnvironment &env, const QByteArray &line,
                                 const QString &workDirectory, const QString &dumpBefore = {})
{
    const QString outFile = QDir(workDirectory).filePath(QStringLiteral("callgrind.out"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList valgrindArguments{QStringLiteral("--tool=callgrind"),
                                  QStringLiteral("--callgrind-out-file=") + outFile};
    if (!dumpBefore.isEmpty())
        valgrindArguments << QStringLiteral("--dump-before=") + dumpBefore;
    process.start(QStringLiteral("valgrind"), valgrindArguments << program << arguments);
    QElapsedTimer clock;
    clock.start();
    QByteArray output;
    bool shown = false;
    // Under valgrind a start takes some fifty times longer.
    while (clock.elapsed() < 300000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(50);
        output += process.readAll();
        if (output.contains(line)) {
            shown = true;
            break;
        }
    }
    qint64 instructions = -1;
    if (shown) {
        // Without dumpBefore: dumps the counts so far into outFile.1 and returns once it is
        // written. With it, callgrind wrote outFile.1 before the line was printed.
        if (dumpBefore.isEmpty()) {
            QProcess control;
            control.start(QStringLiteral("callgrind_control"),
                          {QStringLiteral("--dump"), QString::number(process.processId())});
            control.waitForFinished(60000);
        }
        QFile dump(outFile + QStringLiteral(".1"));
        if (dump.open(QIODevice::ReadOnly)) {
            while (!dump.atEnd()) {
                const QByteArray text = dump.readLine().trimmed();
                if (text.startsWith("summary: ") || text.startsWith("totals: ")) {
                    instructions = text.mid(text.indexOf(' ') + 1).toLongLong();
                    break;
                }
            }
        }
    }
    process.terminate();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    if (instructions < 0)
        std::fprintf(stderr, "%s under callgrind: no count at \"%s\":\n%s\n", qPrintable(program),
                     line.constData(), output.constData());
    return instructions;
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// "median (min-max)", the spread a loaded machine gives.
inline QString summary(const QList<double> &values)
{
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    return QStringLiteral("%1 ms (%2-%3)")
        .arg(median(values), 7, 'f', 1)
        .arg(*low, 0, 'f', 1)
        .arg(*high, 0, 'f', 1);
}

// The machine's load average over 1, 5 and 15 minutes (Linux: /proc/loadavg), printed with the
// figures: other work on the machine widens their spread.
inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    const QList<QByteArray> fields = file.readAll().split(' ');
    return fields.size() < 3 ? QStringLiteral("unknown")
                             : QString::fromLatin1(fields.mid(0, 3).join(' '));
}

} // namespace AppStart
