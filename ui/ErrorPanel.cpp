#include "ErrorPanel.h"

#include "ApiError.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

ErrorPanel::ErrorPanel(const QString &namePrefix, QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_copyButton(new QPushButton(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(namePrefix + QStringLiteral("Panel"));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);

    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_label->setObjectName(namePrefix + QStringLiteral("MessageLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    // Selectable so the request id can be copied out; keyboard too, for people without a mouse.
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setFocusPolicy(Qt::StrongFocus);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_copyButton->setObjectName(namePrefix + QStringLiteral("CopyButton"));
    m_copyButton->setAutoDefault(false);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(text());
        m_copyButton->setText(tr("Copied"));
        QTimer::singleShot(2000, this, [this] { m_copyButton->setText(tr("&Copy")); });
        emit copied();
    });

    m_buttons->addWidget(m_copyButton);
    m_buttons->addStretch();

    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(m_label);
    textColumn->addLayout(m_buttons);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(textColumn, 1);

    hide();
    retranslateUi();
}

void ErrorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ErrorPanel::retranslateUi()
{
    m_copyButton->setText(tr("&Copy"));
    m_copyButton->setAccessibleName(tr("Copy the message and request id"));
    m_copyButton->setToolTip(tr("Copy the message and the request id to the clipboard"));
    // The message comes translated from the caller (who shows it again in its own language
    // when it keeps the inputs); the "Request id" line around it is this panel's.
    if (!m_message.isEmpty())
        showMessage(m_message, m_requestId, m_severity);
}

void ErrorPanel::showError(const ApiError &error)
{
    showMessage(error.message, error.requestId, Severity::Error);
}

void ErrorPanel::showMessage(const QString &message, const QString &requestId, Severity severity)
{
    m_message = message;
    m_requestId = requestId;
    m_severity = severity;
    QString shown = message;
    if (!requestId.isEmpty())
        shown += QLatin1Char('\n') + tr("Request id: %1").arg(requestId);
    m_label->setText(shown);
    m_label->setAccessibleName(shown);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    const auto icon = severity == Severity::Error ? QStyle::SP_MessageBoxWarning
                                                  : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size / 2, size / 2));
    // A notice without request id has nothing worth copying.
    m_copyButton->setVisible(severity == Severity::Error || !requestId.isEmpty());
    m_copyButton->setText(tr("&Copy"));
    setVisible(!message.isEmpty());
}

void ErrorPanel::showNotice(const QString &notice)
{
    if (notice.isEmpty())
        clear();
    else
        showMessage(notice, {}, Severity::Notice);
}

void ErrorPanel::clear()
{
    m_message.clear();
    m_requestId.clear();
    m_label->clear();
    hide();
}

void ErrorPanel::addButton(QAbstractButton *button)
{
    button->setParent(this);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

QString ErrorPanel::text() const
{
    return m_label->text();
}
