#include "BackupCodeSheet.h"

#include <QRegularExpression>

QString BackupCodeSheet::title() const
{
    return tr("Tasklane backup codes");
}

QString BackupCodeSheet::explanation() const
{
    return tr("These are backup codes for two-factor authentication. When you cannot use your "
              "authenticator app, type one of them where the app asks for a code. Each code works "
              "once. Keep them somewhere safe and private, such as a password manager or a locked "
              "drawer. Making new backup codes makes these ones stop working.");
}

QString BackupCodeSheet::createdText() const
{
    // Unambiguous in every locale, with the zone, because the sheet outlives the computer.
    return createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
}

QString BackupCodeSheet::toPlainText() const
{
    QString text = title() + QLatin1Char('\n');
    text += QString(title().size(), QLatin1Char('=')) + QLatin1String("\n\n");
    text += explanation() + QLatin1String("\n\n");
    text += tr("Account: %1").arg(account) + QLatin1Char('\n');
    text += tr("Server: %1").arg(server.toDisplayString()) + QLatin1Char('\n');
    text += tr("Created: %1").arg(createdText()) + QLatin1String("\n\n");
    const int width = int(QString::number(codes.size()).size());
    for (qsizetype i = 0; i < codes.size(); ++i) {
        text += QString::number(i + 1).rightJustified(width) + QLatin1String(". ") + codes.at(i) +
                QLatin1Char('\n');
    }
    return text;
}

QString BackupCodeSheet::toHtml() const
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h2>") + title().toHtmlEscaped() + QStringLiteral("</h2>");
    html += QStringLiteral("<p>") + explanation().toHtmlEscaped() + QStringLiteral("</p>");
    html += QStringLiteral("<p>") + tr("Account: %1").arg(account).toHtmlEscaped() +
            QStringLiteral("<br>") +
            tr("Server: %1").arg(server.toDisplayString()).toHtmlEscaped() +
            QStringLiteral("<br>") + tr("Created: %1").arg(createdText()).toHtmlEscaped() +
            QStringLiteral("</p>");
    // Two columns keep ten codes on a third of a page; the empty box is for ticking off.
    html += QStringLiteral("<table cellpadding=\"6\" cellspacing=\"0\" border=\"1\" "
                           "style=\"border-collapse: collapse;\">");
    const qsizetype rows = (codes.size() + 1) / 2;
    for (qsizetype row = 0; row < rows; ++row) {
        html += QStringLiteral("<tr>");
        for (qsizetype column = 0; column < 2; ++column) {
            const qsizetype index = row + column * rows;
            if (index >= codes.size()) {
                html += QStringLiteral("<td></td><td></td>");
                continue;
            }
            html += QStringLiteral("<td>") + QString::number(index + 1) +
                    QStringLiteral(".</td><td style=\"font-family: monospace; font-size: "
                                   "14pt;\">&#9744; ") +
                    codes.at(index).toHtmlEscaped() + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table></body></html>");
    return html;
}

QString BackupCodeSheet::suggestedFileName() const
{
    QString name = account;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    if (name.isEmpty())
        return QStringLiteral("tasklane-backup-codes.txt");
    return QStringLiteral("tasklane-backup-codes-") + name + QStringLiteral(".txt");
}
