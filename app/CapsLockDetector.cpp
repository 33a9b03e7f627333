#include "CapsLockDetector.h"

#include <QKeyEvent>

CapsLockDetector::CapsLockDetector(QObject *parent)
    : QObject(parent)
{}

void CapsLockDetector::watch(QObject *object)
{
    object->installEventFilter(this);
}

bool CapsLockDetector::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_CapsLock) {
            if (m_state != State::Unknown)
                setState(m_state == State::On ? State::Off : State::On);
        } else if (key->text().size() == 1) {
            const QChar c = key->text().at(0);
            // Only letters that have two cases tell anything (not digits, not symbols).
            if (c.isLetter() && c.toUpper() != c.toLower()) {
                const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
                setState(c.isUpper() != shift ? State::On : State::Off);
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void CapsLockDetector::setState(State state)
{
    const bool wasOn = isOn();
    m_state = state;
    if (isOn() != wasOn)
        emit capsLockChanged(isOn());
}
