#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

// The ten backup codes as something to keep: a plain text file or a printed page that says what
// the codes are, for which account on which server, and when they were made, so a sheet found in
// a drawer a year later still makes sense. The codes are secrets: never log a sheet.
struct BackupCodeSheet
{
    Q_DECLARE_TR_FUNCTIONS(BackupCodeSheet)

public:
    QString account;
    QUrl server;
    QDateTime createdAt;
    QStringList codes;

    // Header lines, a blank line, then the codes numbered one per line; '\n' line ends.
    QString toPlainText() const;
    // The same for QTextDocument (printing): a heading, the explanation, the codes in a
    // monospace table, a line to tick off used codes.
    QString toHtml() const;
    // "tasklane-backup-codes-alice.txt", safe as a file name on every platform.
    QString suggestedFileName() const;

private:
    QString title() const;
    QString explanation() const;
    QString createdText() const;
};
