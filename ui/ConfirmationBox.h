#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

// The question before a change that cannot be undone, asked the same way everywhere in
// Administration: a warning box whose text says what will happen in plain words, a button
// that names the change, and Cancel as the default, so Enter never confirms by accident.
// Every part has an objectName built from `name` for scripts: <name>ConfirmDialog,
// confirm<Name>Button, cancel<Name>Button (e.g. revokeAllForUserConfirmDialog,
// confirmRevokeAllForUserButton, cancelRevokeAllForUserButton).
struct ConfirmationBox
{
    QString name;             // "revokeAllForUser"
    QString title;            // window title: "Revoke everything"
    QString question;         // "Revoke everything for bob?"
    QStringList consequences; // what will happen, a sentence each (bulleted when several)
    QString confirmText;      // "&Revoke everything"
    QString keepText;         // the accessible name of Cancel: "Keep bob's sessions and tokens"

    // Shows the box modally; true when the change was confirmed. `retranslated`, when given,
    // builds the box again with tr() after a language change while it is open, and the box
    // takes its texts (not its name) from it.
    bool ask(QWidget *parent, const std::function<ConfirmationBox()> &retranslated = {}) const;
};
