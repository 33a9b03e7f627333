#pragma once

#include <QObject>

// Tells whether Caps Lock seems to be on while the user types into the watched widgets. Qt has
// no portable query for the Caps Lock state (and the X11 native interface is not there
// offscreen or on Wayland), so this infers it from the keys typed: a letter that comes out upper
// case without Shift, or lower case with Shift, means Caps Lock is on; the opposite means off;
// the Caps Lock key itself flips a state already known. Until a letter is typed the state is
// unknown and reported as off.
//
// Install it as an event filter on each field (watch()); it never consumes an event.
class CapsLockDetector : public QObject
{
    Q_OBJECT

public:
    explicit CapsLockDetector(QObject *parent = nullptr);

    void watch(QObject *object);
    bool isOn() const { return m_state == State::On; }

signals:
    void capsLockChanged(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class State { Unknown, Off, On };
    void setState(State state);

    State m_state = State::Unknown;
};
