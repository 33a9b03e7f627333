#include "NoticeBanners.h"

#include "NoticeService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
constexpr int IconSize = 24;
} // namespace

NoticeBanners::NoticeBanners(NoticeService *notices, QWidget *parent)
    : QWidget(parent)
    , m_notices(notices)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("noticeBanners"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    connect(m_notices, &NoticeService::noticesChanged, this, &NoticeBanners::rebuild);
    // The buttons are off while an answer is on its way, so it is not sent twice.
    connect(m_notices, &NoticeService::busyChanged, this, [this](bool busy) {
        const auto buttons = findChildren<QPushButton *>();
        for (QPushButton *button : buttons)
            button->setEnabled(!busy);
    });
    rebuild();
}

QWidget *NoticeBanners::banner(const QString &name, const QString &text)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(name);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    QPalette palette = frame->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
    frame->setPalette(palette);

    auto *icon = new QLabel(frame);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(IconSize));
    auto *label = new QLabel(text, frame);
    label->setObjectName(QStringLiteral("noticeText"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    frame->setAccessibleName(text);

    auto *row = new QHBoxLayout(frame);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(label, 1);
    m_layout->addWidget(frame);
    return frame;
}

void NoticeBanners::rebuild()
{
    // Later, not now: this may run from a click on one of the buttons going away.
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *old = item->widget()) {
            old->hide();
            old->setParent(nullptr);
            old->deleteLater();
        }
        delete item;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto addButton = [](QWidget *frame, const QString &name, const QString &text) {
        auto *button = new QPushButton(text, frame);
        button->setObjectName(name);
        button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        button->setAutoDefault(false);
        qobject_cast<QHBoxLayout *>(frame->layout())->addWidget(button, 0, Qt::AlignVCenter);
        return button;
    };

    const auto alerts = m_notices->signInAlerts();
    for (const SignInAlertNotice &alert : alerts) {
        QWidget *frame =
            banner(QStringLiteral("signInAlertBanner"), NoticeService::alertText(alert, now));
        frame->setProperty("alertId", alert.id);
        const QString id = alert.id;
        connect(addButton(frame, QStringLiteral("confirmSignInButton"), tr("&Yes")),
                &QPushButton::clicked, this, [this, id] { m_notices->confirmAlert(id); });
        connect(addButton(frame, QStringLiteral("denySignInButton"),
                          tr("&No, sign it out and change my password")),
                &QPushButton::clicked, this, [this, id] { m_notices->denyAlert(id); });
    }
    const auto expiries = m_notices->tokenExpiries();
    for (const TokenExpiryNotice &expiry : expiries) {
        QWidget *frame =
            banner(QStringLiteral("tokenExpiryBanner"), NoticeService::expiryText(expiry, now));
        frame->setProperty("tokenId", expiry.tokenId);
        const QString id = expiry.tokenId;
        connect(addButton(frame, QStringLiteral("rotateExpiringTokenButton"), tr("R&otate\u2026")),
                &QPushButton::clicked, this, [this, id] { emit rotateRequested(id); });
    }
    setVisible(!alerts.isEmpty() || !expiries.isEmpty());
}

bool NoticeBanners::focusNotice(const QString &alertId, const QString &tokenId)
{
    const auto frames = findChildren<QFrame *>();
    for (QFrame *frame : frames) {
        const bool match =
            (!alertId.isEmpty() && frame->property("alertId").toString() == alertId) ||
            (!tokenId.isEmpty() && frame->property("tokenId").toString() == tokenId);
        if (!match)
            continue;
        if (auto *button = frame->findChild<QPushButton *>())
            button->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

void NoticeBanners::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}
