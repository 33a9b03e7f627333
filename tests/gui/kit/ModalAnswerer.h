#pragma once

#include <QAnyStringView>
#include <QList>
#include <QString>
#include <QTimer>

#include <functional>

class QWidget;

// Answers modal dialogs, which block the test while they run their own event loop (exec()): the
// answer is set up first, then the dialog is opened. Every 20 ms it looks at
// QApplication::activeModalWidget(); when that is the dialog expected next (by objectName), it
// runs the step: an optional inspect callback (read the dialog, take a screenshot), then the
// button (by objectName) is clicked. Steps run in order, for a chain of dialogs (New token, then
// the secret) or a dialog answered twice. A dialog that stays open for 30 s without matching the
// next step, or that lacks the button, is rejected so that a broken script fails instead of
// hanging, and problem() says why.
class ModalAnswerer
{
public:
    static constexpr int DefaultGiveUpMs = 30000;

    struct Step
    {
        QString dialog;
        // Does whatever answering means (typing, ticking, then pressing a button).
        std::function<void(QWidget *)> act;
        // Waits until this holds for the dialog (e.g. an error shown after a first attempt).
        std::function<bool(QWidget *)> when = {};
    };

    ModalAnswerer();

    // A step that calls `inspect` (if set), then clicks `button` of `dialog`.
    static Step press(QAnyStringView dialog, QAnyStringView button,
                      std::function<void(QWidget *)> inspect = {});

    // Answers the next modal dialog called `dialog` with its `button` (replaces any steps still
    // waiting).
    void answer(QAnyStringView dialog, QAnyStringView button,
                std::function<void(QWidget *)> inspect = {});
    // Answers the dialogs in this order (replaces any steps still waiting).
    void run(QList<Step> steps);
    // Drops the steps still waiting.
    void cancel();
    // How long a dialog in the way is left open before it is rejected.
    void setGiveUpMs(int milliseconds) { m_giveUpMs = milliseconds; }

    // Every step ran and pressed its button.
    bool finished() const { return m_steps.isEmpty() && m_problem.isEmpty(); }
    // Why not: the dialog still waited for, a missing button, a dialog that stayed in the way.
    QString problem() const;

private:
    void tick();
    void stop(QWidget *modal, const QString &problem);

    QTimer m_timer;
    QList<Step> m_steps;
    QString m_problem;
    int m_stuckTicks = 0;
    int m_giveUpMs = DefaultGiveUpMs;
};
