#include "XDesktop.h"

#include "KitProblem.h"

#include <QColor>
#include <QDir>
#include <QGuiApplication>
#include <QPixmap>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

namespace {

quint64 windowId(const QString &text)
{
    bool ok = false;
    const quint64 id = text.toULongLong(&ok, 0); // "0x2a00003" and "44040195" alike
    return ok ? id : 0;
}

int field(const QString &info, const QString &name)
{
    const QRegularExpression line(
        QStringLiteral("^\\s*%1:\\s*(-?\\d+)\\s*$").arg(QRegularExpression::escape(name)),
        QRegularExpression::MultilineOption);
    const auto match = line.match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

bool XDesktop::check()
{
    if (QGuiApplication::platformName() != QLatin1String("xcb") ||
        qEnvironmentVariableIsEmpty("DISPLAY")) {
        KitProblem::report(QStringLiteral("not on an X display (platform %1): run the test "
                                          "inside scripts/with-xdesktop.sh")
                               .arg(QGuiApplication::platformName()));
        return false;
    }
    for (const char *tool : {"xwininfo", "xdotool"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty()) {
            KitProblem::report(
                QStringLiteral("%1 is missing (scripts/install-deps.sh)").arg(QLatin1String(tool)));
            return false;
        }
    }
    return true;
}

std::optional<QString> XDesktop::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        KitProblem::report(QStringLiteral("%1 %2 failed: %3 %4")
                               .arg(program, arguments.join(QLatin1Char(' ')),
                                    process.errorString(),
                                    QString::fromLocal8Bit(process.readAllStandardError())));
        return {};
    }
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

QList<quint64> XDesktop::trayWindows()
{
    const QList<quint64> windows = windowsOfClass(QStringLiteral("^trayer$"));
    if (windows.isEmpty())
        KitProblem::report(QStringLiteral("no tray host (trayer) on the display"));
    return windows;
}

QList<quint64> XDesktop::windowsOfClass(const QString &pattern)
{
    // xdotool search exits 1 when nothing matches: not a failure here.
    QProcess process;
    process.start(QStringLiteral("xdotool"),
                  {QStringLiteral("search"), QStringLiteral("--class"), pattern});
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit) {
        KitProblem::report(QStringLiteral("xdotool search --class %1 failed: %2")
                               .arg(pattern, process.errorString()));
        return {};
    }
    QList<quint64> windows;
    const QString found = QString::fromLocal8Bit(process.readAllStandardOutput());
    for (const QString &line : found.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (const quint64 id = windowId(line.trimmed()))
            windows.append(id);
    }
    return windows;
}

QList<quint64> XDesktop::ancestors(quint64 window)
{
    if (window == 0) { // xwininfo would ask for a click on a window
        KitProblem::report(QStringLiteral("no X window"));
        return {};
    }
    static const QRegularExpression root(QStringLiteral("Root window id: (0x[0-9a-f]+)"));
    static const QRegularExpression parent(QStringLiteral("Parent window id: (0x[0-9a-f]+)"));
    QList<quint64> chain;
    for (quint64 current = window;;) {
        const QString tree =
            run(QStringLiteral("xwininfo"),
                {QStringLiteral("-tree"), QStringLiteral("-id"), QString::number(current)})
                .value_or(QString());
        const auto rootMatch = root.match(tree);
        const auto parentMatch = parent.match(tree);
        if (!rootMatch.hasMatch() || !parentMatch.hasMatch()) {
            KitProblem::report(QStringLiteral("no parent of X window %1 (xwininfo said: %2)")
                                   .arg(current)
                                   .arg(tree));
            return {};
        }
        const quint64 up = windowId(parentMatch.captured(1));
        if (up == 0 || up == windowId(rootMatch.captured(1)))
            return chain;
        chain.append(up);
        current = up;
    }
}

QRect XDesktop::geometry(quint64 window)
{
    if (window == 0) {
        KitProblem::report(QStringLiteral("no X window"));
        return {};
    }
    const QString info =
        run(QStringLiteral("xwininfo"), {QStringLiteral("-id"), QString::number(window)})
            .value_or(QString());
    if (!info.contains(QLatin1String("Map State: IsViewable")))
        return {};
    return {field(info, QStringLiteral("Absolute upper-left X")),
            field(info, QStringLiteral("Absolute upper-left Y")),
            field(info, QStringLiteral("Width")), field(info, QStringLiteral("Height"))};
}

QImage XDesktop::grab(const QRect &area)
{
    // Window 0 is the root window on xcb: the screen as shown, every program's windows in it.
    return QGuiApplication::primaryScreen()
        ->grabWindow(0, area.x(), area.y(), area.width(), area.height())
        .toImage()
        .convertToFormat(QImage::Format_RGB32);
}

double XDesktop::difference(const QImage &shown, const QImage &expected)
{
    if (shown.size() != expected.size() || shown.isNull())
        return 255;
    double sum = 0;
    for (int y = 0; y < shown.height(); ++y) {
        for (int x = 0; x < shown.width(); ++x) {
            const QColor a = shown.pixelColor(x, y);
            const QColor b = expected.pixelColor(x, y);
            sum += std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                             std::abs(a.blue() - b.blue())});
        }
    }
    return sum / (shown.width() * shown.height());
}

void XDesktop::save(const QImage &image, const QString &name)
{
    const QString folder = qEnvironmentVariable("TASKLANE_SCREENSHOTS");
    if (!folder.isEmpty() && QDir().mkpath(folder))
        image.save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

bool XDesktop::focus(quint64 window)
{
    return run(QStringLiteral("xdotool"),
               {QStringLiteral("windowfocus"), QStringLiteral("--sync"), QString::number(window)})
        .has_value();
}

bool XDesktop::click(const QPoint &point)
{
    return run(QStringLiteral("xdotool"),
               {QStringLiteral("mousemove"), QStringLiteral("--sync"), QString::number(point.x()),
                QString::number(point.y()), QStringLiteral("click"), QStringLiteral("1")})
        .has_value();
}
