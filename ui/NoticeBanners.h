#pragma once

#include <QList>
#include <QWidget>

#include <functional>

class NoticeService;
class QVBoxLayout;

// The banners at the top of Account security, one per notice of NoticeService: a new sign-in
// ("Was this you?" with Yes / No) and a personal access token about to expire (with Rotate).
// Rebuilt whenever the notices change; hidden when there is none.
class NoticeBanners : public QWidget
{
    Q_OBJECT

public:
    explicit NoticeBanners(NoticeService *notices, QWidget *parent = nullptr);

    // Moves the keyboard focus to the banner of `alertId` / `tokenId` (a click on the tray
    // message); false when there is no such banner.
    bool focusNotice(const QString &alertId, const QString &tokenId);

signals:
    // "Rotate" on the expiry banner of a token.
    void rotateRequested(const QString &tokenId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslateUi();
    QWidget *banner(const QString &name, const std::function<QString()> &text);

    NoticeService *m_notices;
    QVBoxLayout *m_layout;
    // Each sets the texts of one banner in the current language: a language change retranslates
    // the banners in place (the same widgets), it does not build them again.
    QList<std::function<void()>> m_texts;
};
