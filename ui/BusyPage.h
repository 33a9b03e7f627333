#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// A page that only says what is happening ("Signing in…", "Starting the server…") with a busy
// bar and a way out.
class BusyPage : public QWidget
{
    Q_OBJECT

public:
    explicit BusyPage(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress = nullptr;
};
