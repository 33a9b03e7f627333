#include "SecretDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QString capitalized(const QString &stem)
{
    return stem.isEmpty() ? stem : stem.front().toUpper() + stem.mid(1);
}

} // namespace

SecretDialog::SecretDialog(const Texts &texts, const QString &secret, QWidget *parent)
    : QDialog(parent)
    , m_secretEdit(new QLineEdit(secret, this))
    , m_copyButton(new QPushButton(tr("&Copy"), this))
    , m_copiedLabel(new QLabel(this))
{
    const QString stem = texts.stem;
    const QString Stem = capitalized(stem);
    setObjectName(stem + QStringLiteral("Dialog"));
    setAccessibleName(texts.title);
    setWindowTitle(texts.title);
    setModal(true);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));

    auto *heading = new QLabel(texts.heading, this);
    heading->setObjectName(stem + QStringLiteral("HeadingLabel"));
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);

    auto *warning = new QLabel(texts.warning, this);
    warning->setObjectName(stem + QStringLiteral("WarningLabel"));
    warning->setWordWrap(true);
    auto *advice = new QLabel(texts.advice, this);
    advice->setObjectName(stem + QStringLiteral("AdviceLabel"));
    advice->setWordWrap(true);

    m_secretEdit->setObjectName(stem + QStringLiteral("Edit"));
    m_secretEdit->setAccessibleName(texts.secretName);
    m_secretEdit->setReadOnly(true);
    m_secretEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secretEdit->setCursorPosition(0);
    // Wide enough to show the whole secret at once.
    m_secretEdit->setMinimumWidth(m_secretEdit->fontMetrics().horizontalAdvance(
        QString(secret.size() + 2, QLatin1Char('M'))));
    m_copyButton->setObjectName(QStringLiteral("copy") + Stem + QStringLiteral("Button"));
    m_copyButton->setAccessibleName(texts.copyName);
    m_copyButton->setAutoDefault(false);
    m_copiedLabel->setObjectName(stem + QStringLiteral("CopiedLabel"));
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_secretEdit->text());
        m_secretEdit->selectAll();
        m_copiedLabel->setText(tr("Copied to the clipboard."));
        m_copiedLabel->setAccessibleName(m_copiedLabel->text());
    });
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretEdit, 1);
    secretRow->addWidget(m_copyButton);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(texts.closeText, QDialogButtonBox::AcceptRole);
    close->setObjectName(QStringLiteral("close") + Stem + QStringLiteral("Button"));
    close->setAccessibleName(texts.closeName);
    close->setAutoDefault(false);
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

    m_secretEdit->setFocus();
    m_secretEdit->selectAll();
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
