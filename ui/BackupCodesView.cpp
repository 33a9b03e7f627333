#include "BackupCodesView.h"

#include "ExtrasInterface.h"
#include "ExtrasModule.h"
#include "OwnerOnlyFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPagedPaintDevice>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcBackupCodes, "tasklane.ui.backupcodes")

BackupCodesView::BackupCodesView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QPlainTextEdit(this))
    , m_copyButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_printButton(new QPushButton(this))
    , m_noteLabel(new QLabel(this))
    , m_savedCheck(new QCheckBox(this))
{
    setObjectName(QStringLiteral("backupCodesView"));

    m_list->setObjectName(QStringLiteral("backupCodesList"));
    m_list->setReadOnly(true);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_list->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.25);
    m_list->setFont(mono);
    m_list->setTabChangesFocus(true);

    m_copyButton->setObjectName(QStringLiteral("copyBackupCodesButton"));
    m_saveButton->setObjectName(QStringLiteral("saveBackupCodesButton"));
    m_printButton->setObjectName(QStringLiteral("printBackupCodesButton"));
    for (QPushButton *button : {m_copyButton, m_saveButton, m_printButton})
        button->setAutoDefault(false);

    m_noteLabel->setObjectName(QStringLiteral("backupCodesNoteLabel"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setTextFormat(Qt::PlainText);
    m_noteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noteLabel->hide();

    m_savedCheck->setObjectName(QStringLiteral("backupCodesSavedCheckBox"));

    connect(m_copyButton, &QPushButton::clicked, this, &BackupCodesView::copyCodes);
    connect(m_saveButton, &QPushButton::clicked, this, &BackupCodesView::askWhereToSave);
    connect(m_printButton, &QPushButton::clicked, this, &BackupCodesView::askHowToPrint);
    connect(m_savedCheck, &QCheckBox::toggled, this, &BackupCodesView::savedConfirmedChanged);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_printButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_savedCheck);
    layout->addStretch();
    retranslateUi();
}

BackupCodesView::~BackupCodesView() = default;

void BackupCodesView::retranslateUi()
{
    m_list->setAccessibleName(tr("Backup codes"));
    m_copyButton->setText(m_copied ? tr("Copied") : tr("&Copy"));
    m_copyButton->setAccessibleName(tr("Copy the backup codes"));
    m_copyButton->setToolTip(tr("Copy the codes to the clipboard, for a password manager"));
    m_saveButton->setText(tr("&Save as text file\u2026"));
    m_saveButton->setAccessibleName(tr("Save the backup codes as a text file"));
    m_printButton->setText(tr("&Print\u2026"));
    m_printButton->setAccessibleName(tr("Print the backup codes"));
    m_savedCheck->setText(tr("I have &saved these backup codes"));
    m_savedCheck->setAccessibleName(tr("I have saved these backup codes"));
    if (!m_noteLabel->isHidden() && m_noteText) {
        const QString text = m_noteText();
        m_noteLabel->setText(text);
        m_noteLabel->setAccessibleName(text);
    }
    // An open file or print dialog keeps its title: Qt's own dialogs retranslate their insides.
    if (m_fileDialog)
        m_fileDialog->setWindowTitle(tr("Save Backup Codes"));
    if (m_printDialog)
        m_printDialog->setWindowTitle(tr("Print Backup Codes"));
}

void BackupCodesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BackupCodesView::setSheet(const BackupCodeSheet &sheet)
{
    m_sheet = sheet;
    QStringList lines;
    const int width = int(QString::number(sheet.codes.size()).size());
    for (qsizetype i = 0; i < sheet.codes.size(); ++i)
        lines.append(QString::number(i + 1).rightJustified(width) + QStringLiteral(". ") +
                     sheet.codes.at(i));
    m_list->setPlainText(lines.join(QLatin1Char('\n')));
    // Tall enough for every code without scrolling.
    const QFontMetrics metrics(m_list->font());
    const int frame = 2 * m_list->frameWidth() + int(2 * m_list->document()->documentMargin());
    m_list->setMinimumHeight(metrics.lineSpacing() * int(qMax<qsizetype>(1, lines.size())) + frame +
                             4);
    m_list->setMinimumWidth(metrics.horizontalAdvance(QStringLiteral("00. xxxx-xxxx")) * 2);
    m_savedCheck->setChecked(false);
    m_noteLabel->hide();
}

bool BackupCodesView::savedConfirmed() const
{
    return m_savedCheck->isChecked();
}

void BackupCodesView::focusSaveButton()
{
    m_saveButton->setFocus();
}

void BackupCodesView::copyCodes()
{
    QApplication::clipboard()->setText(m_sheet.codes.join(QLatin1Char('\n')));
    m_copied = true;
    m_copyButton->setText(tr("Copied"));
    QTimer::singleShot(2000, this, [this] {
        m_copied = false;
        m_copyButton->setText(tr("&Copy"));
    });
}

void BackupCodesView::askWhereToSave()
{
    if (m_fileDialog)
        return;
    m_fileDialog = new QFileDialog(this, tr("Save Backup Codes"));
    m_fileDialog->setObjectName(QStringLiteral("saveBackupCodesFileDialog"));
    m_fileDialog->setAccessibleName(m_fileDialog->windowTitle());
    m_fileDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_fileDialog->setAcceptMode(QFileDialog::AcceptSave);
    m_fileDialog->setFileMode(QFileDialog::AnyFile);
    m_fileDialog->setNameFilter(tr("Text files (*.txt)"));
    m_fileDialog->setDefaultSuffix(QStringLiteral("txt"));
    // The documents folder if there is one; the full path sets the folder and the name at once.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QDir folder(QDir(documents).exists()
                          ? documents
                          : QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    m_fileDialog->selectFile(folder.filePath(m_sheet.suggestedFileName()));
    connect(m_fileDialog.data(), &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (saveToFile(path)) {
            showNote([path] { return tr("Saved to %1.").arg(QDir::toNativeSeparators(path)); });
        } else {
            const QString reason = m_lastSaveFailure;
            showNote([path, reason] { return saveFailureText(path, reason); }, true);
        }
    });
    m_fileDialog->open();
}

bool BackupCodesView::saveToFile(const QString &path, QString *error)
{
    // Readable by the user only (mode 0600; on Windows a DACL for the user alone), replacing an
    // earlier sheet atomically.
    QString reason;
    if (!OwnerOnlyFile::replace(path, m_sheet.toPlainText().toUtf8(), &reason)) {
        qCWarning(lcBackupCodes).noquote() << "could not save backup codes:" << reason;
        m_lastSaveFailure = reason;
        if (error)
            *error = saveFailureText(path, reason);
        return false;
    }
    emit savedToFile(path);
    return true;
}

QString BackupCodesView::saveFailureText(const QString &path, const QString &reason)
{
    return tr("The backup codes could not be saved to %1: %2")
        .arg(QDir::toNativeSeparators(path), reason);
}

void BackupCodesView::askHowToPrint()
{
    if (m_printDialog)
        return;
    QString error;
    ExtrasInterface *extras = ExtrasModule::instance(&error);
    if (!extras) {
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Print Backup Codes"),
                            tr("Printing is not available. %1").arg(error), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("printUnavailableMessageBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (!m_printer)
        m_printer = extras->createPrinter();
    m_printDialog = extras->createPrintDialog(m_printer.get(), tr("Tasklane backup codes"), this);
    m_printDialog->setObjectName(QStringLiteral("printBackupCodesDialog"));
    m_printDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_printDialog->setWindowTitle(tr("Print Backup Codes"));
    m_printDialog->setAccessibleName(m_printDialog->windowTitle());
    // QDialog::accepted() comes after the print dialog has set the printer up.
    connect(m_printDialog.data(), &QDialog::accepted, this, [this] {
        printTo(m_printer.get());
        showNote([] { return tr("Sent to the printer."); });
        emit printed();
    });
    m_printDialog->open();
}

void BackupCodesView::printTo(QPagedPaintDevice *printer) const
{
    QTextDocument document;
    document.setHtml(m_sheet.toHtml());
    document.print(printer);
}

void BackupCodesView::showNote(const std::function<QString()> &render, bool problem)
{
    m_noteText = render;
    const QString text = render();
    m_noteLabel->setText(text);
    m_noteLabel->setAccessibleName(text);
    // Bold rather than coloured: readable in light and dark themes alike.
    QFont font = this->font();
    font.setBold(problem);
    m_noteLabel->setFont(font);
    m_noteLabel->show();
}
