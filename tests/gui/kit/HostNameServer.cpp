#include "HostNameServer.h"

#include "AppContext.h"
#include "GuiSession.h"
#include "KitProblem.h"
#include "NoticeService.h"
#include "OAuthTestClient.h"

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

bool HostNameServer::signInFromPhone(GuiSession &gui) const
{
    if (!signIn(gui))
        return false;
    OAuthTestClient phone(*gui.server);
    phone.deviceName = QStringLiteral("Pixel");
    phone.http.userAgent = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
                           "(KHTML, like Gecko) Chrome/120.0.6099.43 Mobile Safari/537.36";
    if (phone.signIn(GuiSession::Username, GuiSession::Password)
            .value(QStringLiteral("access_token"))
            .toString()
            .isEmpty()) {
        KitProblem::report(QStringLiteral("the phone's sign-in was refused"));
        return false;
    }
    gui.context->noticeService()->refresh();
    return true;
}
