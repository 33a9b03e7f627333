#include "GuiSession.h"

#include "ApiClient.h"
#include "AppContext.h"
#include "FormBrowser.h"
#include "MainWindow.h"
#include "OAuthTestClient.h"
#include "SessionManager.h"
#include "TaskModel.h"
#include "TasksPage.h"
#include "TestServer.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

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

bool GuiSession::setUp(const QStringList &serverArguments)
{
    server = std::make_unique<TestServer>(serverArguments);
    if (!server->start() || !server->createUser(Username, Password))
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
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        window->tasksPage()->table()->model(),
        QAbstractItemModelTester::FailureReportingMode::QtTest);
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

bool GuiSession::signInThroughUi()
{
    auto *urlEdit = find<QLineEdit>("serverUrlEdit");
    auto *connectButton = find<QPushButton>("connectServerButton");
    if (!urlEdit || !connectButton)
        return false;
    urlEdit->setText(server->baseUrl());
    QTest::mouseClick(connectButton, Qt::LeftButton);
    if (!QTest::qWaitFor([this] { return pageName() == QLatin1String("signInPage"); }, SlowMs)) {
        qWarning("no sign-in page; on %s", qPrintable(pageName()));
        return false;
    }
    FormBrowser browser(Username, Password);
    context->session()->oauth()->setBrowserLauncher(browser.launcher());
    QTest::mouseClick(find<QPushButton>("signInBrowserButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([this] { return pageName() == QLatin1String("tasksPage"); }, SlowMs)) {
        qWarning("not signed in; on %s; browser: %s", qPrintable(pageName()),
                 qPrintable(browser.lastError));
        return false;
    }
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
