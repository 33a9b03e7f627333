#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QProgressBar;

// The browser was sent to the server's sign-in page; the app waits for it to come back to the
// loopback address. The link can be copied for a browser that did not open by itself.
class WaitingForBrowserPage : public QWidget
{
    Q_OBJECT

public:
    explicit WaitingForBrowserPage(QWidget *parent = nullptr);

    void setSignInLink(const QUrl &link);
    QUrl signInLink() const { return m_link; }

signals:
    void cancelRequested();
    void linkCopied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void copyLink();

    QUrl m_link;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QPushButton *m_copyButton;
    QLabel *m_copiedLabel;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_hint = nullptr;
};
