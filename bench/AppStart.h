#pragma once
// Shared by the start benchmarks (bench_coldstart.cpp, bench_signedin.cpp): starting a program
// as a fresh process and timing it until it prints a line.
#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>

namespace AppStart {

// The environment of an app start: offscreen, the start-up log on (tasklane prints
// "main window shown" and "first page of tasks shown" through it) and `home` as the profile.
inline QProcessEnvironment environment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tasklane.startup.info=true"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    return env;
}

// Milliseconds from QProcess::start() to `line` in the program's output, or -1. The process is
// then asked to quit (SIGTERM: tasklane ends its event loop and finishes what it writes, such as
// a refreshed token in the keychain) and killed only if it does not.
inline double timeToLine(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &env, const QByteArray &line)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    QByteArray output;
    double after = -1;
    while (clock.elapsed() < 60000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(20);
        output += process.readAll();
        if (output.contains(line)) {
            after = double(clock.nsecsElapsed()) / 1e6;
            break;
        }
    }
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    if (after < 0)
        std::fprintf(stderr, "%s never printed \"%s\":\n%s\n", qPrintable(program),
                     line.constData(), output.constData());
    return after;
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

} // namespace AppStart
