#include "SystemBrowser.h"

#include <QDesktopServices>
#include <QProcess>

SystemBrowser::SystemBrowser(QString configuredCommand)
    : m_configuredCommand(std::move(configuredCommand))
{}

QString SystemBrowser::command() const
{
    const QString fromEnvironment = qEnvironmentVariable("TASKLANE_BROWSER");
    return fromEnvironment.isEmpty() ? m_configuredCommand : fromEnvironment;
}

bool SystemBrowser::open(const QUrl &url) const
{
    const QString configured = command();
    if (configured.isEmpty())
        return QDesktopServices::openUrl(url);
    QStringList arguments = QProcess::splitCommand(configured);
    if (arguments.isEmpty())
        return false;
    const QString program = arguments.takeFirst();
    arguments.append(url.toString(QUrl::FullyEncoded));
    return QProcess::startDetached(program, arguments);
}
