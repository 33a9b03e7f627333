#include "AdminSetUp.h"

#include "AdminService.h"
#include "AdminUserModel.h"
#include "AdminWindow.h"
#include "AppContext.h"
#include "AuditLogModel.h"
#include "GuiSession.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "SecurityTableView.h"
#include "TestServer.h"
#include "Totp.h"
#include "TwoFactorAccount.h"

#include <QAction>
#include <QDateTime>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

AdminSetUp::AdminSetUp(GuiSession &gui)
    : m_gui(gui)
{}

bool AdminSetUp::start()
{
    return m_gui.setUp({}, true);
}

bool AdminSetUp::signInAdministrator()
{
    HttpClient http;
    const TwoFactorAccount twoFactor = TwoFactorAccount::enableFor(
        *m_gui.server, http, GuiSession::Username, GuiSession::Password);
    if (twoFactor.isEmpty())
        return false;
    m_gui.user().totpSecret = twoFactor.secret();
    Totp::markUsed(twoFactor.secret(), QDateTime::currentSecsSinceEpoch()); // the confirmation
    return m_gui.signInThroughUi();
}

bool AdminSetUp::createBob()
{
    return m_gui.server->createUser(Bob, BobPassword);
}

bool AdminSetUp::setUpAdministrator()
{
    return start() && createBob() && signInAdministrator();
}

AdminSetUp::BobsCredentials AdminSetUp::signInBob()
{
    BobsCredentials bob;
    OAuthTestClient client(*m_gui.server);
    client.deviceName = BobsDevice;
    const QJsonObject tokens = client.signIn(Bob, BobPassword);
    bob.accessToken = tokens.value(QStringLiteral("access_token")).toString();
    bob.refreshToken = tokens.value(QStringLiteral("refresh_token")).toString();
    HttpClient http;
    const auto created =
        http.postJson(m_gui.server->url(QStringLiteral("/v1/me/tokens")),
                      {{QStringLiteral("name"), BobsToken},
                       {QStringLiteral("scopes"), QJsonArray{QStringLiteral("tasks:read")}}},
                      HttpClient::bearer(bob.accessToken));
    if (created.status != 201)
        qWarning("POST /v1/me/tokens: %d %s", created.status, created.body.constData());
    bob.personalToken = created.json().value(QStringLiteral("token")).toString();
    return bob;
}

AdminWindow *AdminSetUp::openAdministration()
{
    auto *action = m_gui.find<QAction>("actionAdministration");
    if (!action || !action->isVisible() || !action->isEnabled()) {
        qWarning("actionAdministration is missing, hidden or off");
        return nullptr;
    }
    action->trigger();
    auto *window = m_gui.find<AdminWindow>("adminWindow");
    if (!window || !QTest::qWaitForWindowExposed(window) || !settle())
        return nullptr;
    return window;
}

bool AdminSetUp::settle()
{
    AdminService *service = m_gui.context->adminService();
    AdminUserModel *users = m_gui.context->adminUserModel();
    AuditLogModel *audit = m_gui.context->auditLogModel();
    // The models take their pages from the event loop after the service has answered.
    return QTest::qWaitFor(
        [=] { return !service->isBusy() && !users->isLoading() && !audit->isLoading(); },
        GuiSession::SlowMs);
}

bool AdminSetUp::findAndOpen(const QString &text, const QString &username)
{
    auto *search = m_gui.find<QLineEdit>("userSearchEdit");
    auto *table = m_gui.find<SecurityTableView>("adminUserTable");
    if (!search || !table)
        return false;
    search->setFocus();
    search->selectAll();
    QTest::keyClicks(search, text);
    AdminUserModel *users = m_gui.context->adminUserModel();
    // The search goes to the server after a pause in typing.
    if (!QTest::qWaitFor(
            [&] { return users->searchText() == text && users->isLoaded() && !users->isLoading(); },
            GuiSession::SlowMs)) {
        qWarning("the search for %s did not run", qPrintable(text));
        return false;
    }
    // Enter goes on to the results; a click there opens a user.
    QTest::keyClick(search, Qt::Key_Return);
    return openListed(username);
}

bool AdminSetUp::openListed(const QString &username)
{
    auto *table = m_gui.find<SecurityTableView>("adminUserTable");
    if (!table || !settle())
        return false;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, AdminUserModel::Username);
        if (index.data(AdminUserModel::AccountRole).value<AdminUser>().username != username)
            continue;
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        AdminService *service = m_gui.context->adminService();
        auto *name = m_gui.find<QLabel>("userNameLabel");
        return QTest::qWaitFor(
            [&] {
                return service->openUser().username == username && !service->isBusy() && name &&
                       name->text().contains(username);
            },
            GuiSession::SlowMs);
    }
    qWarning("%s is not listed", qPrintable(username));
    return false;
}
