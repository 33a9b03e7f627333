#pragma once

#include <QFrame>
#include <QString>

class ApiError;
class QAbstractButton;
class QHBoxLayout;
class QLabel;
class QPushButton;

// Shows one problem the way every screen does: a sentence, the server's request id on its own
// line ("Request id: req-..."), both in a label whose text can be selected with mouse and
// keyboard, and a Copy button, so a user can quote the request id to an administrator.
// Hidden while there is nothing to show. Also used for calm notices (why a session ended).
//
// Children are named from `namePrefix`, so several panels in one window stay distinguishable:
// <prefix>MessageLabel, <prefix>CopyButton.
class ErrorPanel : public QFrame
{
    Q_OBJECT

public:
    enum class Severity { Error, Notice };

    explicit ErrorPanel(const QString &namePrefix, QWidget *parent = nullptr);

    void showError(const ApiError &error);
    void showMessage(const QString &message, const QString &requestId = {},
                     Severity severity = Severity::Error);
    // A calm notice without request id; an empty one hides the panel.
    void showNotice(const QString &notice);
    void clear();

    // Extra buttons to the right of Copy (e.g. Retry); the panel takes ownership.
    void addButton(QAbstractButton *button);

    QString text() const;
    QString requestId() const { return m_requestId; }
    QLabel *label() const { return m_label; }
    QPushButton *copyButton() const { return m_copyButton; }

signals:
    void copied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_copyButton;
    QHBoxLayout *m_buttons;
    QString m_requestId;
    // The inputs of the last showMessage(), to render it again after a language change.
    QString m_message;
    Severity m_severity = Severity::Error;
};
