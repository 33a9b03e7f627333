#include "AppSignIn.h"

#include "AppContext.h"
#include "AppFixture.h"
#include "FormBrowser.h"
#include "KitProblem.h"
#include "MainWindow.h"
#include "OAuthSignIn.h"
#include "SessionManager.h"
#include "TaskEditor.h"
#include "TestServer.h"
#include "UserFactory.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

AppSignIn::AppSignIn(AppFixture &app, const TestServer &server, UserFactory &users)
    : m_app(app)
    , m_server(server)
    , m_users(users)
{}

AppSignIn::~AppSignIn() = default;

bool AppSignIn::connectToServer()
{
    KitProblem::clear();
    auto *urlEdit = m_app.window->findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"));
    auto *connectButton =
        m_app.window->findChild<QPushButton *>(QStringLiteral("connectServerButton"));
    if (!urlEdit || !connectButton || m_app.pageName() != QLatin1String("welcomePage")) {
        KitProblem::report(QStringLiteral("connecting needs the welcome page; the window shows %1")
                               .arg(m_app.pageName()));
        return false;
    }
    urlEdit->setText(m_server.baseUrl());
    QTest::mouseClick(connectButton, Qt::LeftButton);
    return m_app.waitForPage(QStringLiteral("signInPage"), SlowMs);
}

bool AppSignIn::reachSignInPage()
{
    if (m_app.pageName() == QLatin1String("welcomePage") && !connectToServer())
        return false;
    if (m_app.pageName() != QLatin1String("signInPage")) {
        KitProblem::report(QStringLiteral("signing in needs the sign-in page; the window shows %1")
                               .arg(m_app.pageName()));
        return false;
    }
    return true;
}

bool AppSignIn::withBrowser(const TestUser &user, const QString &twoFactorCode)
{
    KitProblem::clear();
    if (!reachSignInPage())
        return false;
    auto *button = m_app.window->findChild<QPushButton *>(QStringLiteral("signInBrowserButton"));
    if (!button) {
        KitProblem::report(QStringLiteral("the sign-in page has no signInBrowserButton"));
        return false;
    }
    m_browser = std::make_unique<FormBrowser>(user.username, user.password);
    m_browser->newPassword = user.newPassword;
    m_codeAsked = false;
    if (!twoFactorCode.isEmpty() || user.hasTwoFactor()) {
        m_browser->twoFactorCode = [this, user, twoFactorCode] {
            m_codeAsked = true;
            return twoFactorCode.isEmpty() ? user.freshCode() : twoFactorCode;
        };
    }
    m_app.context->session()->oauth()->setBrowserLauncher(m_browser->launcher());
    QTest::mouseClick(button, Qt::LeftButton);
    if (!waitForTasksPage(QStringLiteral("with the browser as ") + user.username))
        return false;
    if (!m_app.window->findChild<QTableView *>(QStringLiteral("taskTable")) ||
        !m_app.window->findChild<TaskEditor *>(QStringLiteral("taskEditor")) ||
        !m_app.window->findChild<QLineEdit *>(QStringLiteral("taskTitleEdit")) ||
        !m_app.window->findChild<QPlainTextEdit *>(QStringLiteral("taskNotesEdit"))) {
        KitProblem::report(QStringLiteral("the tasks page lacks its table or editor"));
        return false;
    }
    return true;
}

bool AppSignIn::withToken(const TestUser &user, QString token)
{
    KitProblem::clear();
    if (!reachSignInPage())
        return false;
    if (token.isEmpty())
        token = m_users.createPersonalToken(user, QStringLiteral("GUI script"));
    if (token.isEmpty())
        return false;
    auto *tokenEdit = m_app.window->findChild<QLineEdit *>(QStringLiteral("accessTokenEdit"));
    if (!tokenEdit) {
        KitProblem::report(QStringLiteral("the sign-in page has no accessTokenEdit"));
        return false;
    }
    tokenEdit->clear();
    QTest::keyClicks(tokenEdit, token);
    QTest::keyClick(tokenEdit, Qt::Key_Return);
    return waitForTasksPage(QStringLiteral("with a personal access token of ") + user.username);
}

bool AppSignIn::signOut()
{
    KitProblem::clear();
    auto *action = m_app.window->findChild<QAction *>(QStringLiteral("actionSignOut"));
    if (!action || !action->isEnabled()) {
        KitProblem::report(QStringLiteral("actionSignOut is off: nobody is signed in"));
        return false;
    }
    action->trigger();
    return m_app.waitForPage(QStringLiteral("signInPage"), SlowMs);
}

bool AppSignIn::waitForTasksPage(const QString &how)
{
    if (QTest::qWaitFor([this] { return m_app.pageName() == QLatin1String("tasksPage"); }, SlowMs))
        return true;
    QString why = QStringLiteral("signing in %1 did not reach the tasks page; the window shows %2")
                      .arg(how, m_app.pageName());
    if (m_browser && !m_browser->lastError.isEmpty())
        why += QStringLiteral("; the browser: ") + m_browser->lastError;
    if (const auto *message =
            m_app.window->findChild<QLabel *>(QStringLiteral("signInMessageLabel"));
        message && message->isVisible())
        why += QStringLiteral("; the sign-in page says: ") + message->text();
    KitProblem::report(why);
    return false;
}
