#include "RotateServiceClientDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int Overlaps[] = {0, 10 * 60, 60 * 60, 24 * 60 * 60, 7 * 24 * 60 * 60};
constexpr int DefaultIndex = 2; // 1 hour
} // namespace

RotateServiceClientDialog::RotateServiceClientDialog(const QString &clientName, QWidget *parent)
    : QDialog(parent)
    , m_clientName(clientName)
    , m_introLabel(new QLabel(this))
    , m_overlapLabel(new QLabel(this))
    , m_overlapCombo(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("rotateServiceClientDialog"));
    m_introLabel->setWordWrap(true);
    m_overlapCombo->setObjectName(QStringLiteral("serviceClientOverlapCombo"));
    for (int seconds : Overlaps)
        m_overlapCombo->addItem(QString(), seconds);
    m_overlapCombo->setCurrentIndex(DefaultIndex);
    m_overlapLabel->setBuddy(m_overlapCombo);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setObjectName(QStringLiteral("confirmRotateServiceClientButton"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelRotateServiceClientButton"));
    auto *form = new QFormLayout;
    form->addRow(m_overlapLabel, m_overlapCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
}

int RotateServiceClientDialog::overlapSeconds() const
{
    return m_overlapCombo->currentData().toInt();
}

void RotateServiceClientDialog::retranslateUi()
{
    setWindowTitle(tr("Rotate secret"));
    m_introLabel->setText(tr("\u201c%1\u201d gets a new secret, shown once. Until the service "
                             "uses it, the old secret can keep working for a while.")
                              .arg(m_clientName));
    m_overlapLabel->setText(tr("Old secret &works for:"));
    m_overlapCombo->setAccessibleName(tr("How long the old secret keeps working"));
    const QStringList texts{tr("No time: it stops now"), tr("10 minutes"), tr("1 hour"),
                            tr("1 day"), tr("7 days")};
    for (int i = 0; i < texts.size(); ++i)
        m_overlapCombo->setItemText(i, texts.at(i));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Rotate"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void RotateServiceClientDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
