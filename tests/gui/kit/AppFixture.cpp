#include "AppFixture.h"

#include "ApiClient.h"
#include "AppContext.h"
#include "KeychainRead.h"
#include "KitProblem.h"
#include "MainWindow.h"
#include "PersonalTokenModel.h"
#include "SecurityLogModel.h"
#include "SessionManager.h"
#include "SessionModel.h"
#include "TaskModel.h"
#include "TasksPage.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

AppFixture::AppFixture() = default;

AppFixture::~AppFixture()
{
    destroy();
}

bool AppFixture::create()
{
    home = std::make_unique<QTemporaryDir>();
    if (!home->isValid()) {
        KitProblem::report(QStringLiteral("no temporary folder for the app's settings"));
        return false;
    }
    m_keychainService =
        QStringLiteral("tasklane-gui-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return build();
}

bool AppFixture::restart()
{
    destroy();
    return build();
}

void AppFixture::destroy()
{
    // The proxy belongs to the window, the models to the context: each tester goes first.
    m_proxyTester.reset();
    window.reset();
    m_modelTesters.clear();
    context.reset();
}

bool AppFixture::build()
{
    AppContext::Options options;
    options.profile = QStringLiteral("gui-test");
    options.settingsFile = settingsFile();
    options.keychainService = m_keychainService;
    options.localServerDataDir = home->filePath(QStringLiteral("server"));
    context = std::make_unique<AppContext>(options);
    context->apiClient()->setTimeout(std::chrono::seconds(20));
    if (language) {
        // As app/main.cpp does with --lang: before the first window.
        context->setCommandLineLanguage(language);
        if (context->installLanguage() != *language) {
            KitProblem::report(QStringLiteral("language %1 could not be installed").arg(*language));
            return false;
        }
    }
    watch(context->taskModel());
    watch(context->personalTokenModel());
    watch(context->sessionModel());
    watch(context->securityLogModel());

    window = std::make_unique<MainWindow>(*context);
    // The tasks page (and the proxy its table shows) is built at the first sign-in; the tester
    // starts with it, before the proxy has seen any change.
    if (window->tasksPage())
        watchTaskProxy(window->tasksPage());
    QObject::connect(window.get(), &MainWindow::tasksPageCreated, window.get(),
                     [this](TasksPage *page) { watchTaskProxy(page); });
    window->resize(WindowWidth, WindowHeight);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get())) {
        KitProblem::report(QStringLiteral("the main window did not become active"));
        return false;
    }
    window->start();
    return true;
}

void AppFixture::watch(QAbstractItemModel *model)
{
    m_modelTesters.push_back(std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest));
}

void AppFixture::watchTaskProxy(TasksPage *page)
{
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        page->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

QString AppFixture::settingsFile() const
{
    return home ? home->filePath(QStringLiteral("settings.ini")) : QString();
}

QString AppFixture::pageName() const
{
    const auto *stack =
        window ? window->findChild<QStackedWidget *>(QStringLiteral("pageStack")) : nullptr;
    return stack && stack->currentWidget() ? stack->currentWidget()->objectName() : QString();
}

bool AppFixture::waitForPage(const QString &name, int timeoutMs)
{
    if (QTest::qWaitFor([this, name] { return pageName() == name; }, timeoutMs))
        return true;
    KitProblem::report(QStringLiteral("waited %1 s for %2; the window shows %3")
                           .arg(timeoutMs / 1000)
                           .arg(name, pageName()));
    return false;
}

QStringList AppFixture::keychainKeys() const
{
    // QtKeychain files an entry under the attributes server = service name, user = key.
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                               QStringLiteral("server"), m_keychainService});
    if (!tool.waitForFinished(20000)) {
        KitProblem::report(QStringLiteral("secret-tool did not finish"));
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

QString AppFixture::storedCredential(const QString &username)
{
    const KeychainRead read = readKeychain(
        *context->credentials(), context->session()->serverMetadata().issuer.toString(), username);
    return read.result == CredentialStore::Result::Ok ? read.secret : QString();
}
