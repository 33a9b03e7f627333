#include "Screenshots.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QWidget>

namespace {

// Data tags and object names as parts of a file name.
QString fileNamePart(const QString &text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]+"));
    QString part = text;
    part.replace(unsafe, QStringLiteral("_"));
    return part;
}

bool save(QWidget *widget, const QString &path)
{
    if (widget->grab().save(path))
        return true;
    qWarning("could not save the screenshot %s", qPrintable(path));
    return false;
}

} // namespace

void Screenshots::snap(const QString &name, QWidget *widget)
{
    const QString folder = qEnvironmentVariable("TASKLANE_SCREENSHOTS");
    if (folder.isEmpty() || !widget)
        return;
    QDir().mkpath(folder);
    save(widget, QDir(folder).filePath(name + QStringLiteral(".png")));
}

QString Screenshots::failureFolder()
{
    QString base = qEnvironmentVariable("TASKLANE_TEST_OUTPUT");
    if (base.isEmpty())
        base = QDir::currentPath();
    const QString test = QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName();
    return QDir(base).filePath(QStringLiteral("gui-failures/") + test);
}

QStringList Screenshots::onFailure(QWidget *mainWindow)
{
    if (!QTest::currentTestFunction() || !QTest::currentTestFailed())
        return {};
    QString stem = QString::fromLatin1(QTest::currentTestFunction());
    if (const char *tag = QTest::currentDataTag(); tag && *tag)
        stem += QLatin1Char('-') + fileNamePart(QString::fromUtf8(tag));
    const QDir folder(failureFolder());
    if (!folder.mkpath(QStringLiteral("."))) {
        qWarning("could not make %s", qPrintable(folder.path()));
        return {};
    }

    // What the user was looking at: the modal dialog, else the active window, else the window.
    QWidget *active = QApplication::activeModalWidget();
    if (!active)
        active = QApplication::activeWindow();
    if (!active || !active->isVisible())
        active = mainWindow;
    QStringList saved;
    if (active && active->isVisible()) {
        const QString path = folder.filePath(stem + QStringLiteral(".png"));
        if (save(active, path))
            saved.append(path);
    }
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window == active || !window->isVisible() || window->isMinimized())
            continue;
        const QString name = window->objectName().isEmpty()
                                 ? QString::fromLatin1(window->metaObject()->className())
                                 : window->objectName();
        const QString path =
            folder.filePath(stem + QLatin1Char('-') + fileNamePart(name) + QStringLiteral(".png"));
        if (save(window, path))
            saved.append(path);
    }
    for (const QString &path : std::as_const(saved))
        qInfo("failure screenshot: %s", qPrintable(path));
    return saved;
}
