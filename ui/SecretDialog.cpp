#include "SecretDialog.h"

#include "TextRefresh.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QString capitalized(const QString &stem)
{
    return stem.isEmpty() ? stem : stem.front().toUpper() + stem.mid(1);
}

} // namespace

SecretDialog::SecretDialog(const Texts &texts, const QString &secret, QWidget *parent)
    : QDialog(parent)
    , m_texts(texts)
    , m_headingLabel(new QLabel(this))
    , m_warningLabel(new QLabel(this))
    , m_adviceLabel(new QLabel(this))
    , m_secretEdit(new QLineEdit(secret, this))
    , m_copyButton(new QPushButton(this))
    , m_copiedLabel(new QLabel(this))
    , m_closeButton(nullptr)
{
    const QString stem = texts.stem;
    const QString Stem = capitalized(stem);
    setObjectName(stem + QStringLiteral("Dialog"));
    setModal(true);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));

    QLabel *heading = m_headingLabel;
    heading->setObjectName(stem + QStringLiteral("HeadingLabel"));
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);

    QLabel *warning = m_warningLabel;
    warning->setObjectName(stem + QStringLiteral("WarningLabel"));
    warning->setWordWrap(true);
    QLabel *advice = m_adviceLabel;
    advice->setObjectName(stem + QStringLiteral("AdviceLabel"));
    advice->setWordWrap(true);

    m_secretEdit->setObjectName(stem + QStringLiteral("Edit"));
    m_secretEdit->setReadOnly(true);
    m_secretEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secretEdit->setCursorPosition(0);
    // Wide enough to show the whole secret at once.
    m_secretEdit->setMinimumWidth(m_secretEdit->fontMetrics().horizontalAdvance(
        QString(secret.size() + 2, QLatin1Char('M'))));
    m_copyButton->setObjectName(QStringLiteral("copy") + Stem + QStringLiteral("Button"));
    m_copyButton->setAutoDefault(false);
    m_copiedLabel->setObjectName(stem + QStringLiteral("CopiedLabel"));
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_secretEdit->text());
        m_secretEdit->selectAll();
        m_copied = true;
        retranslateUi();
    });
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretEdit, 1);
    secretRow->addWidget(m_copyButton);

    auto *buttons = new QDialogButtonBox(this);
    m_closeButton = buttons->addButton(texts.closeText, QDialogButtonBox::AcceptRole);
    m_closeButton->setObjectName(QStringLiteral("close") + Stem + QStringLiteral("Button"));
    m_closeButton->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(heading);
    textColumn->addWidget(warning);
    textColumn->addLayout(secretRow);
    textColumn->addWidget(m_copiedLabel);
    textColumn->addWidget(advice);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(textColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(buttons);

    retranslateUi();
    m_secretEdit->setFocus();
    m_secretEdit->selectAll();
}

void SecretDialog::retranslateUi()
{
    setAccessibleName(m_texts.title);
    setWindowTitle(m_texts.title);
    m_headingLabel->setText(m_texts.heading);
    m_warningLabel->setText(m_texts.warning);
    m_adviceLabel->setText(m_texts.advice);
    m_secretEdit->setAccessibleName(m_texts.secretName);
    m_copyButton->setText(tr("&Copy"));
    m_copyButton->setAccessibleName(m_texts.copyName);
    m_copiedLabel->setText(m_copied ? tr("Copied to the clipboard.") : QString());
    m_copiedLabel->setAccessibleName(m_copiedLabel->text());
    m_closeButton->setText(m_texts.closeText);
    m_closeButton->setAccessibleName(m_texts.closeName);
    // After the children have had their LanguageChange too (the button box's own buttons).
    QTimer::singleShot(0, this, [this] { TextRefresh::growToFit(this); });
}

void SecretDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts = translatedTexts();
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

SecretDialog::~SecretDialog()
{
    m_secretEdit->clear();
}

void SecretDialog::done(int result)
{
    // Closed: the secret leaves the widget (it stays only where the user put it).
    m_secretEdit->clear();
    QDialog::done(result);
}
