#include "GuiSession.h"

#include "AppContext.h"
#include "AppIcons.h"
#include "DeferredIconStyle.h"
#include "Screenshots.h"
#include "ServerFaults.h"
#include "TaskModel.h"
#include "TaskPageSource.h"

#include <QApplication>
#include <QStandardPaths>

GuiSession::GuiSession()
    : m_screens(m_app, m_ui, m_modals)
    , m_tasks(m_app)
{}

GuiSession::~GuiSession()
{
    // In cleanup(), after a failure: the screen as it was, before anything closes.
    Screenshots::onFailure(window.get());
    m_modals.cancel();
}

void GuiSession::prepareTestCase(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TasklaneGuiTest"));
    QCoreApplication::setApplicationName(applicationName);
    // A platform's native file and print dialogs cannot be driven (and offscreen has none).
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    // As app/main.cpp does, so toolbars and screenshots show the icons users see.
    DeferredIconStyle::install();
    AppIcons::install();
}

bool GuiSession::setUp(const QStringList &serverArguments, bool administrator)
{
    KitProblem::clear();
    server = std::make_unique<TestServer>(serverArguments);
    if (!server->start()) {
        KitProblem::report(QStringLiteral("tasklane-server did not start"));
        return false;
    }
    m_users = std::make_unique<UserFactory>(*server);
    m_signIn = std::make_unique<AppSignIn>(m_app, *server, *m_users);
    m_user = TestUser(Username, Password);
    m_user.admin = administrator;
    if (!server->createUser(Username, Password, administrator)) {
        KitProblem::report(QStringLiteral("the server's CLI did not create %1").arg(Username));
        return false;
    }
    return m_app.create();
}

bool GuiSession::restart()
{
    return m_app.restart();
}

Ui &GuiSession::ui() const
{
    // The window is built again by restart(): always the current one.
    m_ui.setMainWindow(window.get());
    return m_ui;
}

TestUser GuiSession::createUser(const QString &username, UserFactory::Options options)
{
    return m_users->create(username, options);
}

bool GuiSession::signIn(const TestUser &user, const QString &twoFactorCode)
{
    return m_signIn->withBrowser(user, twoFactorCode);
}

bool GuiSession::signInWithToken(const TestUser &user, const QString &token)
{
    return m_signIn->withToken(user, token);
}

bool GuiSession::signOut()
{
    return m_signIn->signOut();
}

bool GuiSession::openAndAnswer(QAnyStringView screen, QAnyStringView button,
                               std::function<void(QWidget *)> inspect)
{
    ui(); // the current window
    return m_screens.openAndAnswer(screen, button, std::move(inspect));
}

bool GuiSession::connectToServer()
{
    return m_signIn->connectToServer();
}

bool GuiSession::signInWithBrowser(const QString &username, const QString &password)
{
    if (pageName() != QLatin1String("signInPage")) {
        KitProblem::report(QStringLiteral("signInWithBrowser() needs the sign-in page; the "
                                          "window shows %1")
                               .arg(pageName()));
        return false;
    }
    return m_signIn->withBrowser(username == m_user.username ? m_user
                                                             : TestUser(username, password));
}

bool GuiSession::signInThroughUi()
{
    return connectToServer() && signInWithBrowser();
}

bool GuiSession::signInWithTasks(const QList<QJsonObject> &tasks)
{
    for (const QJsonObject &t : tasks) {
        if (createTaskOverHttp(t).value(QStringLiteral("id")).toString().isEmpty())
            return false;
    }
    if (!signInThroughUi())
        return false;
    // The first page: the rest comes when the list is scrolled down.
    return m_tasks.waitForRows(
        int(std::min<qsizetype>(tasks.size(), TaskListQuery::DefaultPageSize)));
}

QString GuiSession::pageName() const
{
    return m_app.pageName();
}

void GuiSession::snap(const QString &name, QWidget *widget)
{
    Screenshots::snap(name, widget);
}

QModelIndex GuiSession::rowOfTitle(const QString &title) const
{
    return m_tasks.rowOfTitle(title);
}

bool GuiSession::clickRow(const QString &title)
{
    return m_tasks.clickRow(title);
}

QString GuiSession::otherClientToken()
{
    return m_users->accessToken(m_user);
}

HttpClient::Reply GuiSession::api(const QByteArray &method, const QString &path,
                                  const QJsonObject &body)
{
    return m_users->api(m_user, method, path, body);
}

QJsonObject GuiSession::createTaskOverHttp(const QJsonObject &task)
{
    const auto reply = api("POST", QStringLiteral("/v1/tasks"), task);
    if (reply.status != 201)
        KitProblem::report(QStringLiteral("POST /v1/tasks answered %1: %2")
                               .arg(reply.status)
                               .arg(QString::fromUtf8(reply.body)));
    return reply.json();
}

QJsonObject GuiSession::taskOnServer(const QString &id)
{
    const auto reply = api("GET", QStringLiteral("/v1/tasks/") + id);
    return reply.status == 200 ? reply.json() : QJsonObject();
}

QJsonObject GuiSession::task(const QString &title, const QString &status, int priority,
                             const QString &due, const QStringList &labels)
{
    return TaskList::task(title, status, priority, due, labels);
}

QStringList GuiSession::keychainKeys() const
{
    return m_app.keychainKeys();
}

QString GuiSession::storedCredential(const QString &username)
{
    return m_app.storedCredential(username);
}

bool GuiSession::freezeServer()
{
    return ServerFaults::freeze(*server);
}

bool GuiSession::requestWaitingAtServer() const
{
    return ServerFaults::requestWaiting(*server);
}

void GuiSession::answerModal(const QString &dialogName, const QString &buttonName,
                             std::function<void(QWidget *)> inspect)
{
    m_modals.answer(dialogName, buttonName, std::move(inspect));
}
