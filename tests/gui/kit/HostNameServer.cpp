#include "HostNameServer.h"

#include "GuiSession.h"

#include <QLineEdit>
#include <QTcpServer>

HostNameServer::HostNameServer()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("no free port");
    m_port = probe.serverPort();
}

QString HostNameServer::origin() const
{
    return QStringLiteral("http://localhost:%1").arg(m_port);
}

QStringList HostNameServer::serverArguments() const
{
    return {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port),
            QStringLiteral("--issuer"), origin()};
}

bool HostNameServer::signIn(GuiSession &gui) const
{
    auto *urlEdit = gui.find<QLineEdit>("serverUrlEdit");
    if (!urlEdit)
        return false;
    if (gui.pageName() != QLatin1String("welcomePage")) {
        KitProblem::report(QStringLiteral("not on the welcome page but on %1").arg(gui.pageName()));
        return false;
    }
    urlEdit->setText(origin());
    if (!gui.click("connectServerButton") ||
        !gui.app().waitForPage(QStringLiteral("signInPage"), GuiSession::SlowMs))
        return false;
    return gui.signIn(gui.user());
}
