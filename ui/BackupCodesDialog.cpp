#include "BackupCodesDialog.h"

#include "BackupCodesView.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

BackupCodesDialog::BackupCodesDialog(const BackupCodeSheet &sheet, QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_view(new BackupCodesView(this))
{
    setObjectName(QStringLiteral("backupCodesDialog"));

    QLabel *intro = m_intro;
    intro->setObjectName(QStringLiteral("backupCodesIntroLabel"));
    intro->setWordWrap(true);

    m_view->setSheet(sheet);

    auto *buttons = new QDialogButtonBox(this);
    m_doneButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_doneButton->setObjectName(QStringLiteral("backupCodesDoneButton"));
    m_doneButton->setEnabled(false);
    connect(m_view, &BackupCodesView::savedConfirmedChanged, m_doneButton,
            &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupCodesDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_view->focusSaveButton();
    retranslateUi();
}

void BackupCodesDialog::retranslateUi()
{
    setWindowTitle(tr("New Backup Codes"));
    setAccessibleName(windowTitle());
    m_intro->setText(
        tr("Your old backup codes no longer work. Save these new ones now: they are shown only "
           "this once. Each code signs you in once when you cannot use your authenticator app."));
    m_doneButton->setText(tr("&Done"));
    m_doneButton->setAccessibleName(tr("Done"));
    m_doneButton->setToolTip(tr("Tick \u201cI have saved these backup codes\u201d first"));
}

void BackupCodesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void BackupCodesDialog::reject()
{
    if (m_view->savedConfirmed())
        QDialog::reject();
}
