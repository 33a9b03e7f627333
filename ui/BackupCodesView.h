#pragma once

#include "BackupCodeSheet.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QDialog;
class QFileDialog;
class QLabel;
class QPagedPaintDevice;
class QPlainTextEdit;
class QPushButton;

// The ten backup codes, shown once: a read-only monospace list, Copy, "Save as text file…" (a
// plain text file with a header saying what the codes are, for which account on which server,
// from when; readable by the owner only), "Print…" (a clean page), and the required "I have
// saved these backup codes" check box. Used by the setup wizard's last page and by the dialog
// after new codes are made, so both look and behave the same.
class BackupCodesView : public QWidget
{
    Q_OBJECT

public:
    explicit BackupCodesView(QWidget *parent = nullptr);
    ~BackupCodesView() override;

    // Shows the codes of `sheet` and clears the check box.
    void setSheet(const BackupCodeSheet &sheet);
    BackupCodeSheet sheet() const { return m_sheet; }
    bool savedConfirmed() const;
    // Puts the keyboard focus on "Save as text file…" (not in the list, whose text cursor would
    // sit in front of the first code like a stray character).
    void focusSaveButton();

    // Writes the plain text sheet to `path` (owner-only permissions); false with `error` set.
    bool saveToFile(const QString &path, QString *error = nullptr);
    // Lays the sheet out on `printer`'s pages (a QPrinter, or a QPdfWriter).
    void printTo(QPagedPaintDevice *printer) const;

signals:
    void savedConfirmedChanged(bool confirmed);
    void savedToFile(const QString &path);
    void printed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void copyCodes();
    void askWhereToSave();
    void askHowToPrint();
    // `text` renders the note in the current language (again after a language change).
    void showNote(const std::function<QString()> &text, bool problem = false);
    static QString saveFailureText(const QString &path, const QString &reason);

    BackupCodeSheet m_sheet;
    QPlainTextEdit *m_list;
    QPushButton *m_copyButton;
    QPushButton *m_saveButton;
    QPushButton *m_printButton;
    QLabel *m_noteLabel;
    QCheckBox *m_savedCheck;
    std::function<QString()> m_noteText;
    bool m_copied = false;     // the Copy button says "Copied" for two seconds
    QString m_lastSaveFailure; // the system's reason the last save failed
    QPointer<QFileDialog> m_fileDialog;
    // From the extras module (ExtrasModule.h), which keeps Qt Print Support off the start path:
    // a QPrintDialog and a QPrinter.
    QPointer<QDialog> m_printDialog;
    std::unique_ptr<QPagedPaintDevice> m_printer;
};
