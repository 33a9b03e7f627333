#include "Screens.h"

#include "AccountSecurityDialog.h"
#include "AppContext.h"
#include "AppFixture.h"
#include "KitProblem.h"
#include "MainWindow.h"
#include "ModalAnswerer.h"
#include "PasskeyService.h"
#include "PersonalTokenModel.h"
#include "SecurityLogModel.h"
#include "SecurityService.h"
#include "SecurityTableView.h"
#include "TaskModel.h"
#include "TasksPage.h"
#include "TwoFactorCodeDialog.h"
#include "TwoFactorService.h"
#include "TwoFactorSetupWizard.h"
#include "TwoFactorTab.h"
#include "Ui.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

namespace {

const QStringList SecurityTabs{
    QStringLiteral("twoFactorTab"),      QStringLiteral("passwordTab"),
    QStringLiteral("personalTokensTab"), QStringLiteral("sessionsTab"),
    QStringLiteral("passkeysTab"),       QStringLiteral("securityLogTab")};

bool isShownAndEnabled(const QWidget *widget)
{
    return widget && widget->isVisible() && widget->isEnabled();
}

} // namespace

Screens::Screens(AppFixture &app, Ui &ui, ModalAnswerer &modals)
    : m_app(app)
    , m_ui(ui)
    , m_modals(modals)
{}

QStringList Screens::names()
{
    return QStringList{QStringLiteral("tasksPage"), QStringLiteral("accountSecurityDialog")} +
           SecurityTabs +
           QStringList{QStringLiteral("twoFactorSetupWizard"),
                       QStringLiteral("regenerateBackupCodesDialog"),
                       QStringLiteral("disableTwoFactorDialog")};
}

QStringList Screens::modalNames()
{
    return {QStringLiteral("settingsDialog"), QStringLiteral("newTokenDialog"),
            QStringLiteral("rotateTokenDialog")};
}

QWidget *Screens::open(QAnyStringView screen)
{
    KitProblem::clear();
    const QString name = screen.toString();
    if (name == QLatin1String("tasksPage"))
        return openTasksPage();
    if (name == QLatin1String("accountSecurityDialog"))
        return openSecurityDialog();
    if (SecurityTabs.contains(name))
        return openSecurityTab(name);
    if (name == QLatin1String("twoFactorSetupWizard"))
        return openFromTwoFactorTab(QStringLiteral("enableTwoFactorButton"), name);
    if (name == QLatin1String("regenerateBackupCodesDialog"))
        return openFromTwoFactorTab(QStringLiteral("regenerateBackupCodesButton"), name);
    if (name == QLatin1String("disableTwoFactorDialog"))
        return openFromTwoFactorTab(QStringLiteral("disableTwoFactorButton"), name);
    if (modalNames().contains(name)) {
        KitProblem::report(QStringLiteral("%1 is modal: it blocks until answered, so set up the "
                                          "answer and open it with openAndAnswer() or openModal()")
                               .arg(name));
        return nullptr;
    }
    KitProblem::report(QStringLiteral("no screen called %1; screens: %2; modal: %3")
                           .arg(name, names().join(QStringLiteral(", ")),
                                modalNames().join(QStringLiteral(", "))));
    return nullptr;
}

bool Screens::openModal(QAnyStringView screen)
{
    KitProblem::clear();
    const QString name = screen.toString();
    if (name == QLatin1String("settingsDialog")) {
        if (!m_ui.trigger("actionSettings"))
            return false;
    } else if (name == QLatin1String("newTokenDialog")) {
        if (!open("personalTokensTab") || !m_ui.click("newTokenButton"))
            return false;
    } else if (name == QLatin1String("rotateTokenDialog")) {
        if (!open("personalTokensTab"))
            return false;
        PersonalTokenModel *tokens = m_app.context->personalTokenModel();
        if (tokens->rowCount() == 0) {
            SecurityService::NewToken request;
            request.name = QStringLiteral("Deploy key");
            request.scopes = {QStringLiteral("tasks:read")};
            m_app.context->securityService()->createToken(request);
            if (!settle())
                return false;
        }
        auto *table = m_ui.find<SecurityTableView>("tokenTable");
        if (!table || table->model()->rowCount() == 0) {
            KitProblem::report(QStringLiteral("no token to rotate"));
            return false;
        }
        table->selectionModel()->setCurrentIndex(table->model()->index(0, 0),
                                                 QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
        if (!m_ui.click("rotateTokenButton"))
            return false;
    } else {
        KitProblem::report(QStringLiteral("no modal screen called %1; modal screens: %2")
                               .arg(name, modalNames().join(QStringLiteral(", "))));
        return false;
    }
    // exec() has returned: the steps ran, or the answerer gave up and closed the dialog.
    if (!m_modals.finished()) {
        KitProblem::report(m_modals.problem());
        return false;
    }
    return true;
}

bool Screens::openAndAnswer(QAnyStringView name, QAnyStringView button,
                            std::function<void(QWidget *)> inspect)
{
    m_modals.answer(name, button, std::move(inspect));
    return openModal(name);
}

bool Screens::settle()
{
    AppContext *context = m_app.context.get();
    if (QTest::qWaitFor(
            [context] {
                return !context->securityService()->isBusy() &&
                       !context->securityLogModel()->isLoading() &&
                       !context->twoFactorService()->isBusy() &&
                       !context->passkeyService()->isBusy();
            },
            SlowMs))
        return true;
    KitProblem::report(QStringLiteral("the account security requests did not finish"));
    return false;
}

QWidget *Screens::openTasksPage()
{
    if (!m_app.waitForPage(QStringLiteral("tasksPage"), SlowMs))
        return nullptr;
    TaskModel *model = m_app.context->taskModel();
    if (!QTest::qWaitFor([model] { return !model->isLoading(); }, SlowMs)) {
        KitProblem::report(QStringLiteral("the task list is still loading"));
        return nullptr;
    }
    return m_app.window->tasksPage();
}

QWidget *Screens::openSecurityDialog()
{
    if (!m_ui.trigger("actionSecuritySettings"))
        return nullptr;
    AccountSecurityDialog *dialog = m_app.window->accountSecurityDialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog)) {
        KitProblem::report(QStringLiteral("accountSecurityDialog did not show"));
        return nullptr;
    }
    return settle() ? dialog : nullptr;
}

QWidget *Screens::openSecurityTab(const QString &name)
{
    auto *dialog = qobject_cast<AccountSecurityDialog *>(openSecurityDialog());
    if (!dialog)
        return nullptr;
    auto *tab = m_ui.findIn<QWidget>(dialog, name);
    if (!tab)
        return nullptr;
    dialog->tabs()->setCurrentWidget(tab); // the log loads afresh when its tab is chosen
    if (!settle())
        return nullptr;
    if (name == QLatin1String("twoFactorTab") && !twoFactorTabReady(tab))
        return nullptr;
    return tab;
}

bool Screens::twoFactorTabReady(QWidget *tab)
{
    auto *enable = m_ui.findIn<QPushButton>(tab, "enableTwoFactorButton");
    auto *disable = m_ui.findIn<QPushButton>(tab, "disableTwoFactorButton");
    auto *error = m_ui.findIn<QWidget>(tab, "twoFactorErrorPanel");
    if (!enable || !disable || !error)
        return false;
    // The status is fetched when the tab shows; then one of the two is offered.
    if (QTest::qWaitFor(
            [&] {
                return isShownAndEnabled(enable) || isShownAndEnabled(disable) ||
                       error->isVisible();
            },
            SlowMs) &&
        !error->isVisible())
        return true;
    const auto *message = m_ui.findIn<QLabel>(tab, "twoFactorErrorMessageLabel");
    KitProblem::report(QStringLiteral("the two-factor tab did not show the status%1")
                           .arg(message && error->isVisible()
                                    ? QStringLiteral(": ") + message->text()
                                    : QString()));
    return false;
}

QWidget *Screens::openFromTwoFactorTab(const QString &button, const QString &dialogName)
{
    auto *tab = qobject_cast<TwoFactorTab *>(open("twoFactorTab"));
    if (!tab)
        return nullptr;
    if (!m_ui.click(button))
        return nullptr;
    QWidget *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = dialogName == QLatin1String("twoFactorSetupWizard")
                         ? static_cast<QWidget *>(tab->setupWizard())
                         : static_cast<QWidget *>(tab->codeDialog());
            return dialog && dialog->objectName() == dialogName && dialog->isVisible();
        },
        SlowMs);
    if (!shown || !QTest::qWaitForWindowExposed(dialog)) {
        KitProblem::report(QStringLiteral("%1 did not open").arg(dialogName));
        return nullptr;
    }
    if (dialogName != QLatin1String("twoFactorSetupWizard"))
        return dialog;
    // The wizard asks the server for the key first.
    auto *key = m_ui.findIn<QLabel>(dialog, "twoFactorKeyLabel");
    auto *error = m_ui.findIn<QWidget>(dialog, "setupErrorPanel");
    if (!key || !error)
        return nullptr;
    if (QTest::qWaitFor(
            [&] { return (key->isVisible() && !key->text().isEmpty()) || error->isVisible(); },
            SlowMs) &&
        !error->isVisible())
        return dialog;
    const auto *message = m_ui.findIn<QLabel>(dialog, "setupErrorMessageLabel");
    KitProblem::report(QStringLiteral("the setup wizard shows no key%1")
                           .arg(message && error->isVisible()
                                    ? QStringLiteral(": ") + message->text()
                                    : QString()));
    return nullptr;
}
