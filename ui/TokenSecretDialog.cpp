#include "TokenSecretDialog.h"

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

TokenSecretDialog::TokenSecretDialog(const QString &tokenName, const QString &secret,
                                     QWidget *parent)
    : QDialog(parent)
    , m_secretEdit(new QLineEdit(secret, this))
    , m_copyButton(new QPushButton(tr("&Copy"), this))
    , m_copiedLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("tokenSecretDialog"));
    setAccessibleName(tr("Your new token"));
    setWindowTitle(tr("Your new token"));
    setModal(true);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));

    auto *heading = new QLabel(tr("Copy the token \u201c%1\u201d now").arg(tokenName), this);
    heading->setObjectName(QStringLiteral("tokenSecretHeadingLabel"));
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);

    auto *warning = new QLabel(
        tr("This is the only time the token is shown. Tasklane and the server keep only a "
           "fingerprint of it, so nobody can show it to you again. Put it where your script or "
           "app will read it, or into a password manager. If you lose it, revoke it and create "
           "a new one."),
        this);
    warning->setObjectName(QStringLiteral("tokenSecretWarningLabel"));
    warning->setWordWrap(true);
    auto *advice = new QLabel(tr("Anyone who has the token can use your tasks with the access "
                                 "you gave it: do not paste it into chats, tickets or email."),
                              this);
    advice->setObjectName(QStringLiteral("tokenSecretAdviceLabel"));
    advice->setWordWrap(true);

    m_secretEdit->setObjectName(QStringLiteral("tokenSecretEdit"));
    m_secretEdit->setAccessibleName(tr("The new token"));
    m_secretEdit->setReadOnly(true);
    m_secretEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secretEdit->setCursorPosition(0);
    // Wide enough to show all 50 characters at once.
    m_secretEdit->setMinimumWidth(m_secretEdit->fontMetrics().horizontalAdvance(
        QString(secret.size() + 2, QLatin1Char('M'))));
    m_copyButton->setObjectName(QStringLiteral("copyTokenSecretButton"));
    m_copyButton->setAccessibleName(tr("Copy the token to the clipboard"));
    m_copyButton->setAutoDefault(false);
    m_copiedLabel->setObjectName(QStringLiteral("tokenSecretCopiedLabel"));
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
    QPushButton *close = buttons->addButton(tr("I have &saved it"), QDialogButtonBox::AcceptRole);
    close->setObjectName(QStringLiteral("closeTokenSecretButton"));
    close->setAccessibleName(tr("Close: the token has been saved"));
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

TokenSecretDialog::~TokenSecretDialog()
{
    m_secretEdit->clear();
}

void TokenSecretDialog::done(int result)
{
    // Closed: the secret leaves the widget (it stays only where the user put it).
    m_secretEdit->clear();
    QDialog::done(result);
}
