#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QObject;
class QWidget;

// The texts a user sees in a window, for checks that every one of them was translated: the window
// title, labels, buttons, group box titles, tabs, the menu bar and its menus, item view headers,
// wizard page titles, combo box items and placeholder texts of visible widgets. Texts without a
// letter ("+", "12:30") are left out. Each entry reads "objectName: text".
namespace VisibleTexts {

// One text and the object showing it (a widget, an action, a wizard page).
struct Entry
{
    const QObject *owner = nullptr;
    QString text;
};

// The texts, in a fixed order: rendering the same screen again (in another language) gives the
// same owners in the same order.
QList<Entry> entries(QWidget *window);
QStringList of(QWidget *window);

// The entries of of(window) that do not carry the pseudo-locale's brackets
// (app/PseudoTranslator): texts that did not come through tr() after the last language change.
// `allowed` lists texts that are data (a user name, a task title) and so stay as they are.
// A text as shown, without its mnemonic marks: "&Save" reads "Save", "&&" reads "&".
QString withoutMnemonic(const QString &text);

QStringList notPseudo(QWidget *window, const QStringList &allowed = {});

} // namespace VisibleTexts
