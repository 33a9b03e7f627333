#include "ModalAnswerer.h"

#include "KitProblem.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QTest>

namespace {
constexpr int TickMs = 20;
}

ModalAnswerer::ModalAnswerer()
{
    m_timer.setInterval(TickMs);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
}

ModalAnswerer::Step ModalAnswerer::press(QAnyStringView dialog, QAnyStringView button,
                                         std::function<void(QWidget *)> inspect)
{
    const QString dialogName = dialog.toString();
    const QString buttonName = button.toString();
    return {dialogName, [dialogName, buttonName, inspect](QWidget *modal) {
                if (inspect)
                    inspect(modal);
                if (!modal->isVisible())
                    return; // the inspect callback answered it itself
                auto *target = modal->findChild<QAbstractButton *>(buttonName);
                if (!target) {
                    QStringList buttons;
                    const auto all = modal->findChildren<QAbstractButton *>();
                    for (const QAbstractButton *candidate : all) {
                        if (!candidate->objectName().isEmpty())
                            buttons.append(candidate->objectName());
                    }
                    KitProblem::report(
                        QStringLiteral("%1 has no button %2; its buttons: %3")
                            .arg(dialogName, buttonName, buttons.join(QStringLiteral(", "))));
                    return;
                }
                QTest::mouseClick(target, Qt::LeftButton);
            }};
}

void ModalAnswerer::answer(QAnyStringView dialog, QAnyStringView button,
                           std::function<void(QWidget *)> inspect)
{
    run({press(dialog, button, std::move(inspect))});
}

void ModalAnswerer::run(QList<Step> steps)
{
    m_steps = std::move(steps);
    m_problem.clear();
    m_stuckTicks = 0;
    m_timer.start();
}

void ModalAnswerer::cancel()
{
    m_steps.clear();
    m_timer.stop();
}

QString ModalAnswerer::problem() const
{
    if (!m_problem.isEmpty())
        return m_problem;
    if (!m_steps.isEmpty())
        return QStringLiteral("still waiting for the modal dialog ") + m_steps.first().dialog;
    return {};
}

void ModalAnswerer::tick()
{
    if (m_steps.isEmpty()) {
        m_timer.stop();
        return;
    }
    QWidget *modal = QApplication::activeModalWidget();
    if (!modal || !modal->isVisible())
        return;
    const Step &next = m_steps.first();
    if (modal->objectName() == next.dialog && (!next.when || next.when(modal))) {
        m_stuckTicks = 0;
        const Step step = m_steps.takeFirst();
        const int reportsBefore = KitProblem::count();
        const QPointer<QWidget> answered = modal;
        step.act(modal);
        // A step that ran into a kit problem (press() found no button) did not answer.
        if (KitProblem::count() != reportsBefore)
            stop(answered, QStringLiteral("answering %1: %2").arg(step.dialog, KitProblem::last()));
        return;
    }
    if (++m_stuckTicks < m_giveUpMs / TickMs)
        return;
    const QString problem = QStringLiteral("%1 stayed open for %2 ms while waiting for %3")
                                .arg(modal->objectName())
                                .arg(m_giveUpMs)
                                .arg(next.dialog);
    KitProblem::report(problem);
    stop(modal, problem);
}

void ModalAnswerer::stop(QWidget *modal, const QString &problem)
{
    m_problem = problem;
    m_steps.clear();
    m_timer.stop();
    // Left open, the dialog's exec() would keep the test waiting for ever.
    if (auto *dialog = qobject_cast<QDialog *>(modal); dialog && dialog->isVisible())
        dialog->reject();
}
