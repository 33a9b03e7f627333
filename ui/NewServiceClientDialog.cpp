#include "NewServiceClientDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewServiceClientDialog::NewServiceClientDialog(QWidget *parent)
    : QDialog(parent)
    , m_introLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_nameEdit(new QLineEdit(this))
    , m_ownerLabel(new QLabel(this))
    , m_ownerEdit(new QLineEdit(this))
    , m_readBox(new QCheckBox(this))
    , m_writeBox(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newServiceClientDialog"));
    m_introLabel->setWordWrap(true);
    m_nameEdit->setObjectName(QStringLiteral("serviceClientNameEdit"));
    m_nameEdit->setMaxLength(100);
    m_ownerEdit->setObjectName(QStringLiteral("serviceClientOwnerEdit"));
    m_readBox->setObjectName(QStringLiteral("serviceClientReadCheck"));
    m_writeBox->setObjectName(QStringLiteral("serviceClientWriteCheck"));
    m_readBox->setChecked(true);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setObjectName(QStringLiteral("createServiceClientButton"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelServiceClientButton"));
    m_nameLabel->setBuddy(m_nameEdit);
    m_ownerLabel->setBuddy(m_ownerEdit);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_nameEdit);
    form->addRow(m_ownerLabel, m_ownerEdit);
    form->addRow(QString(), m_readBox);
    form->addRow(QString(), m_writeBox);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_nameEdit, m_ownerEdit})
        connect(edit, &QLineEdit::textChanged, this, &NewServiceClientDialog::updateState);
    for (QCheckBox *box : {m_readBox, m_writeBox})
        connect(box, &QCheckBox::toggled, this, &NewServiceClientDialog::updateState);
    retranslateUi();
    updateState();
    resize(qMax(sizeHint().width(), 520), sizeHint().height());
}

QString NewServiceClientDialog::name() const
{
    return m_nameEdit->text().trimmed();
}

QString NewServiceClientDialog::ownerUsername() const
{
    return m_ownerEdit->text().trimmed();
}

QStringList NewServiceClientDialog::scopes() const
{
    QStringList scopes;
    if (m_readBox->isChecked())
        scopes.append(QStringLiteral("tasks:read"));
    if (m_writeBox->isChecked())
        scopes.append(QStringLiteral("tasks:write"));
    return scopes;
}

void NewServiceClientDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!name().isEmpty() && !ownerUsername().isEmpty() && !scopes().isEmpty());
}

void NewServiceClientDialog::retranslateUi()
{
    setWindowTitle(tr("New service account"));
    m_introLabel->setText(tr("A service account lets a program use one user's tasks without "
                             "anyone signing in. It gets a secret, shown once."));
    m_nameLabel->setText(tr("&Name:"));
    m_nameEdit->setAccessibleName(tr("Name of the service account"));
    m_nameEdit->setPlaceholderText(tr("e.g. Nightly export"));
    m_ownerLabel->setText(tr("Acts for &user:"));
    m_ownerEdit->setAccessibleName(tr("User name of the account whose tasks it uses"));
    m_readBox->setText(tr("&Read tasks"));
    m_writeBox->setText(tr("&Change tasks"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void NewServiceClientDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
