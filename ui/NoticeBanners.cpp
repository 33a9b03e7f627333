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

QWidget *NoticeBanners::banner(const QString &name, const std::function<QString()> &text)
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
    auto *label = new QLabel(frame);
    label->setObjectName(QStringLiteral("noticeText"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_texts.append([frame, label, text] {
        const QString words = text();
        label->setText(words);
        frame->setAccessibleName(words);
    });

    auto *row = new QHBoxLayout(frame);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(label, 1);
    m_layout->addWidget(frame);
    return frame;
}

void NoticeBanners::rebuild()
{
    m_texts.clear();
    // Later, not now: this may run from a click on one of the buttons going away.
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *old = item->widget()) {
            old->hide();
            old->setParent(nullptr);
            old->deleteLater();
        }
        delete item;
    }
    const auto addButton = [this](QWidget *frame, const QString &name,
                                  std::function<QString()> text) {
        auto *button = new QPushButton(frame);
        button->setObjectName(name);
        button->setAutoDefault(false);
        qobject_cast<QHBoxLayout *>(frame->layout())->addWidget(button, 0, Qt::AlignVCenter);
        m_texts.append([button, text] {
            button->setText(text());
            button->setAccessibleName(text().remove(QLatin1Char('&')));
        });
        return button;
    };

    const auto alerts = m_notices->signInAlerts();
    for (const SignInAlertNotice &alert : alerts) {
        QWidget *frame = banner(QStringLiteral("signInAlertBanner"), [alert] {
            return NoticeService::alertText(alert, QDateTime::currentDateTimeUtc());
        });
        frame->setProperty("alertId", alert.id);
        const QString id = alert.id;
        connect(addButton(frame, QStringLiteral("confirmSignInButton"), [] { return tr("&Yes"); }),
                &QPushButton::clicked, this, [this, id] { m_notices->confirmAlert(id); });
        connect(addButton(frame, QStringLiteral("denySignInButton"),
                          [] { return tr("&No, sign it out and change my password"); }),
                &QPushButton::clicked, this, [this, id] { m_notices->denyAlert(id); });
    }
    const auto expiries = m_notices->tokenExpiries();
    for (const TokenExpiryNotice &expiry : expiries) {
        QWidget *frame = banner(QStringLiteral("tokenExpiryBanner"), [expiry] {
            return NoticeService::expiryText(expiry, QDateTime::currentDateTimeUtc());
        });
        frame->setProperty("tokenId", expiry.tokenId);
        const QString id = expiry.tokenId;
        connect(addButton(frame, QStringLiteral("rotateExpiringTokenButton"),
                          [] { return tr("R&otate\u2026"); }),
                &QPushButton::clicked, this, [this, id] { emit rotateRequested(id); });
    }
    retranslateUi();
    setVisible(!alerts.isEmpty() || !expiries.isEmpty());
}

void NoticeBanners::retranslateUi()
{
    for (const auto &setTexts : std::as_const(m_texts))
        setTexts();
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
        retranslateUi();
    QWidget::changeEvent(event);
}
