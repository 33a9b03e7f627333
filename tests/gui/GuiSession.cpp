#include "GuiSession.h"

#include "ApiClient.h"
#include "AppContext.h"
#include "CredentialStore.h"
#include "FormBrowser.h"
#include "KeychainRead.h"
#include "MainWindow.h"
#include "OAuthTestClient.h"
#include "SessionManager.h"
#include "TaskEditor.h"
#include "TaskModel.h"
#include "TasksPage.h"
#include "TestServer.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <signal.h>

GuiSession::GuiSession()
{
    m_modalTimer.setInterval(20);
}

GuiSession::~GuiSession()
{
    m_proxyTester.reset();
    window.reset();
    m_modelTester.reset();
    context.reset();
    home.reset();
    server.reset();
}

void GuiSession::prepareTestCase(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TasklaneGuiTest"));
    QCoreApplication::setApplicationName(applicationName);
}

bool GuiSession::setUp(const QStringList &serverArguments, bool administrator)
{
    server = std::make_unique<TestServer>(serverArguments);
    if (!server->start() || !server->createUser(Username, Password, administrator))
        return false;
    home = std::make_unique<QTemporaryDir>();
    if (!home->isValid())
        return false;
    m_keychainService =
        QStringLiteral("tasklane-gui-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return buildWindow();
}

bool GuiSession::restart()
{
    m_proxyTester.reset();
    window.reset();
    m_modelTester.reset();
    context.reset();
    return buildWindow();
}

bool GuiSession::buildWindow()
{
    AppContext::Options options;
    options.profile = QStringLiteral("gui-test");
    options.settingsFile = home->filePath(QStringLiteral("settings.ini"));
    options.keychainService = m_keychainService;
    options.localServerDataDir = home->filePath(QStringLiteral("server"));
    context = std::make_unique<AppContext>(options);
    context->apiClient()->setTimeout(std::chrono::seconds(20));
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        context->taskModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    window = std::make_unique<MainWindow>(*context);
    // The tasks page (and the proxy its table shows) is built at the first sign-in; the tester
    // starts with it, before the proxy has seen any change.
    if (window->tasksPage())
        watchTaskProxy(window->tasksPage());
    QObject::connect(window.get(), &MainWindow::tasksPageCreated, window.get(),
                     [this](TasksPage *page) { watchTaskProxy(page); });
    window->resize(1000, 650);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get())) {
        qWarning("the main window did not become active");
        return false;
    }
    window->start();
    return true;
}

void GuiSession::watchTaskProxy(TasksPage *page)
{
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        page->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

bool GuiSession::waitForPage(const char *name, int timeoutMs)
{
    const QLatin1String wanted(name);
    if (QTest::qWaitFor([this, wanted] { return pageName() == wanted; }, timeoutMs))
        return true;
    qWarning("waited for %s; on %s", name, qPrintable(pageName()));
    return false;
}

bool GuiSession::connectToServer()
{
    auto *urlEdit = find<QLineEdit>("serverUrlEdit");
    auto *connectButton = find<QPushButton>("connectServerButton");
    if (!urlEdit || !connectButton)
        return false;
    urlEdit->setText(server->baseUrl());
    QTest::mouseClick(connectButton, Qt::LeftButton);
    return waitForPage("signInPage", SlowMs);
}

bool GuiSession::signInWithBrowser(const QString &username, const QString &password)
{
    auto *button = find<QPushButton>("signInBrowserButton");
    if (!button || pageName() != QLatin1String("signInPage"))
        return false;
    FormBrowser browser(username, password);
    context->session()->oauth()->setBrowserLauncher(browser.launcher());
    QTest::mouseClick(button, Qt::LeftButton);
    if (!waitForPage("tasksPage", SlowMs)) {
        qWarning("browser: %s", qPrintable(browser.lastError));
        return false;
    }
    if (!find<QTableView>("taskTable") || !find<TaskEditor>("taskEditor") ||
        !find<QLineEdit>("taskTitleEdit") || !find<QPlainTextEdit>("taskNotesEdit")) {
        qWarning("the tasks page lacks its table or editor");
        return false;
    }
    return true;
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
    TaskModel *model = context->taskModel();
    // The first page: the rest comes when the list is scrolled down.
    const int shown = int(std::min<qsizetype>(tasks.size(), TaskListQuery::DefaultPageSize));
    if (!QTest::qWaitFor(
            [model, shown] { return !model->isLoading() && model->rowCount() == shown; }, 20000)) {
        qWarning("the list shows %d of %d tasks (loading: %d)", model->rowCount(), shown,
                 model->isLoading());
        return false;
    }
    return true;
}

QModelIndex GuiSession::rowOfTitle(const QString &title) const
{
    if (!window->tasksPage())
        return {};
    const QAbstractItemModel *model = window->tasksPage()->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, TaskModel::Title);
        if (index.data(Qt::DisplayRole).toString() == title)
            return index;
    }
    return {};
}

bool GuiSession::clickRow(const QString &title)
{
    const QModelIndex index = rowOfTitle(title);
    if (!index.isValid()) {
        qWarning("no row titled %s", qPrintable(title));
        return false;
    }
    QTableView *table = window->tasksPage()->table();
    const QRect cell = table->visualRect(index.siblingAtColumn(TaskModel::Status));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    return true;
}

QString GuiSession::pageName() const
{
    const auto *stack = find<QStackedWidget>("pageStack");
    return stack && stack->currentWidget() ? stack->currentWidget()->objectName() : QString();
}

void GuiSession::snap(const QString &name, QWidget *widget)
{
    const QString folder = qEnvironmentVariable("TASKLANE_SCREENSHOTS");
    if (folder.isEmpty() || !widget)
        return;
    QDir().mkpath(folder);
    if (!widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))))
        qWarning("could not save screenshot %s", qPrintable(name));
}

QString GuiSession::otherClientToken()
{
    if (m_token.isEmpty()) {
        OAuthTestClient client(*server);
        client.deviceName = QStringLiteral("Other device");
        m_token =
            client.signIn(Username, Password).value(QStringLiteral("access_token")).toString();
    }
    return m_token;
}

HttpClient::Reply GuiSession::api(const QByteArray &method, const QString &path,
                                  const QJsonObject &body)
{
    HttpClient::Headers headers = HttpClient::bearer(otherClientToken());
    QByteArray payload;
    if (!body.isEmpty()) {
        headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return m_http.send(method, server->url(path), payload, headers);
}

QJsonObject GuiSession::createTaskOverHttp(const QJsonObject &task)
{
    const auto reply = api("POST", QStringLiteral("/v1/tasks"), task);
    if (reply.status != 201)
        qWarning("POST /v1/tasks answered %d: %s", reply.status, reply.body.constData());
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
    QJsonObject object{{QStringLiteral("title"), title},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("priority"), priority}};
    if (!due.isEmpty())
        object.insert(QStringLiteral("dueDate"), due);
    if (!labels.isEmpty())
        object.insert(QStringLiteral("labels"), QJsonArray::fromStringList(labels));
    return object;
}

QStringList GuiSession::keychainKeys() const
{
    // QtKeychain files an entry under the attributes server = service name, user = key.
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                               QStringLiteral("server"), m_keychainService});
    if (!tool.waitForFinished(20000)) {
        qWarning("secret-tool did not finish");
        return {QStringLiteral("<secret-tool failed>")};
    }
    QStringList keys;
    // secret-tool prints the attributes on stderr and the rest, secrets included, on stdout:
    // only stderr is read.
    const QList<QByteArray> lines = tool.readAllStandardError().split('\n');
    const QByteArray userAttribute = QByteArrayLiteral("attribute.user = ");
    for (const QByteArray &line : lines) {
        if (line.startsWith(userAttribute))
            keys.append(QString::fromUtf8(line.mid(userAttribute.size())));
    }
    return keys;
}

QString GuiSession::storedCredential(const QString &username)
{
    const KeychainRead read = readKeychain(
        *context->credentials(), context->session()->serverMetadata().issuer.toString(), username);
    return read.result == CredentialStore::Result::Ok ? read.secret : QString();
}

bool GuiSession::freezeServer()
{
    return server->isRunning() && ::kill(pid_t(server->processId()), SIGSTOP) == 0;
}

bool GuiSession::requestWaitingAtServer() const
{
    // /proc/net/tcp: "sl local rem st tx_queue:rx_queue ...", addresses as hex IP:port. A socket
    // of the server's port with bytes in its receive queue holds a request nobody has read.
    QFile table(QStringLiteral("/proc/net/tcp"));
    if (!table.open(QIODevice::ReadOnly))
        return false;
    const QByteArray serverAddress =
        "0100007F:" + QByteArray::number(server->url().port(), 16).toUpper().rightJustified(4, '0');
    const QList<QByteArray> lines = table.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5 || fields.at(1) != serverAddress || fields.at(3) != "01")
            continue;
        const QList<QByteArray> queues = fields.at(4).split(':');
        if (queues.size() == 2 && queues.at(1).toLongLong(nullptr, 16) > 0)
            return true;
    }
    return false;
}

void GuiSession::answerModal(const QString &dialogName, const QString &buttonName,
                             std::function<void(QWidget *)> inspect)
{
    m_answered = false;
    QObject::disconnect(&m_modalTimer, nullptr, nullptr, nullptr);
    QObject::connect(
        &m_modalTimer, &QTimer::timeout, &m_modalTimer, [this, dialogName, buttonName, inspect] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != dialogName || !modal->isVisible())
                return;
            m_modalTimer.stop();
            if (inspect)
                inspect(modal);
            auto *button = modal->findChild<QAbstractButton *>(buttonName);
            if (!button) {
                qWarning("%s has no button %s", qPrintable(dialogName), qPrintable(buttonName));
                return;
            }
            m_answered = true;
            QTest::mouseClick(button, Qt::LeftButton);
        });
    m_modalTimer.start();
}
