#include "ConflictDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ConflictDialog::ConflictDialog(const Task &mine, const Task &theirs, QWidget *parent)
    : QDialog(parent)
    , m_reloadButton(new QPushButton(this))
    , m_overwriteButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this))
    , m_details(new QLabel(this))
    , m_question(new QLabel(this))
    , m_mine(mine)
    , m_theirs(theirs)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setModal(true);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));

    QLabel *heading = m_heading;
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);

    QLabel *text = m_text;
    text->setWordWrap(true);
    text->setObjectName(QStringLiteral("conflictTextLabel"));

    QLabel *details = m_details;
    details->setWordWrap(true);
    details->setObjectName(QStringLiteral("conflictDetailsLabel"));

    QLabel *question = m_question;
    question->setWordWrap(true);

    m_reloadButton->setObjectName(QStringLiteral("conflictReloadButton"));
    m_overwriteButton->setObjectName(QStringLiteral("conflictOverwriteButton"));
    m_cancelButton->setObjectName(QStringLiteral("conflictCancelButton"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_reloadButton, QDialogButtonBox::ResetRole);
    buttons->addButton(m_overwriteButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    // The safe choice is the default: Enter never throws anybody's work away.
    m_cancelButton->setDefault(true);
    m_cancelButton->setFocus();

    connect(m_reloadButton, &QPushButton::clicked, this, [this] { done(Reload); });
    connect(m_overwriteButton, &QPushButton::clicked, this, [this] { done(Overwrite); });
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(heading);
    textColumn->addWidget(text);
    textColumn->addWidget(details);
    textColumn->addWidget(question);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(textColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    retranslateUi();
}

void ConflictDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConflictDialog::retranslateUi()
{
    setAccessibleName(tr("This task was changed elsewhere"));
    setWindowTitle(tr("Task changed elsewhere"));
    m_heading->setText(tr("This task was changed elsewhere"));

    QString when;
    if (m_theirs.updatedAt.isValid())
        when = QLocale().toString(m_theirs.updatedAt.toLocalTime(), QLocale::ShortFormat);
    m_text->setText(
        when.isEmpty()
            ? tr("\u201c%1\u201d was changed on another device while you were editing it. "
                 "Your changes are not saved yet.")
                  .arg(m_theirs.title)
            : tr("\u201c%1\u201d was changed on another device (%2) while you were editing "
                 "it. Your changes are not saved yet.")
                  .arg(m_theirs.title, when));
    const QStringList fields = differingFields(m_mine, m_theirs);
    m_details->setText(
        fields.isEmpty()
            ? tr("Both versions have the same content.")
            : tr("Different in the two versions: %1.").arg(QLocale().createSeparatedList(fields)));
    m_question->setText(tr("<b>Reload</b> shows their version and drops your changes. "
                           "<b>Overwrite</b> saves your version over theirs."));

    m_reloadButton->setText(tr("&Reload (take theirs)"));
    m_reloadButton->setAccessibleName(tr("Reload, taking their version"));
    m_overwriteButton->setText(tr("&Overwrite with mine"));
    m_overwriteButton->setAccessibleName(tr("Overwrite their version with mine"));
    m_cancelButton->setText(tr("&Keep editing"));
    m_cancelButton->setAccessibleName(tr("Keep editing"));
}

void ConflictDialog::setKeepEditingAvailable(bool available)
{
    m_cancelButton->setVisible(available);
    if (!available) {
        m_cancelButton->setDefault(false);
        m_reloadButton->setDefault(true);
        m_reloadButton->setFocus();
    }
}

QStringList ConflictDialog::differingFields(const Task &mine, const Task &theirs)
{
    QStringList fields;
    if (mine.title != theirs.title)
        fields << tr("title");
    if (mine.status != theirs.status)
        fields << tr("status");
    if (mine.priority != theirs.priority)
        fields << tr("priority");
    if (mine.dueDate != theirs.dueDate)
        fields << tr("due date");
    if (mine.labels != theirs.labels)
        fields << tr("labels");
    if (mine.notes != theirs.notes)
        fields << tr("notes");
    return fields;
}

void ConflictDialog::reject()
{
    if (m_cancelButton->isVisibleTo(this))
        QDialog::reject();
}
