#pragma once

#include "KitProblem.h"

#include <QAnyStringView>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>

class QAction;

// Finds widgets and actions by objectName (docs/qa.md lists them) and works them the way a user
// would: a mouse click on a button, a keyboard shortcut's action triggered, text typed key by
// key. Looks in the active modal dialog first, then the main window with everything parented to
// it (its dialogs too), then every other top-level window, and prefers a visible match over a
// hidden one (some names repeat: each backup codes view has a `backupCodesList`).
//
// Nothing here fails the test by itself: a call returns nullptr or false and says in KitProblem
// what was missing (the type and name, what was searched, similar names), so write
//   KIT_VERIFY(ui.click("saveTaskButton"));
class Ui
{
public:
    explicit Ui(QWidget *mainWindow = nullptr);
    void setMainWindow(QWidget *mainWindow) { m_mainWindow = mainWindow; }

    // The widget or action of type T called `name`; nullptr (with a kit problem) if there is none.
    template<typename T> T *find(QAnyStringView name) const;
    // The same, only among `root` and its children.
    template<typename T> T *findIn(QObject *root, QAnyStringView name) const;
    // Whether something called `name` exists; no kit problem when not (for checking absence).
    bool exists(QAnyStringView name) const;

    // Clicks the button (QAbstractButton) in its middle; it must be visible and enabled.
    bool click(QAnyStringView buttonName);
    // Triggers the action (QAction); it must be enabled.
    bool trigger(QAnyStringView actionName);
    // Replaces the text of a QLineEdit or QPlainTextEdit by typing `text` into it.
    bool type(QAnyStringView editName, const QString &text);
    // Sets a check box by clicking its box (a check box is as wide as its row).
    bool tick(QAnyStringView checkBoxName, bool checked = true);
    // Chooses the item with this text in a QComboBox.
    bool choose(QAnyStringView comboName, const QString &itemText);

    // The window a user would be looking at: the active modal dialog, else the active window,
    // else the main window.
    QWidget *activeWindow() const;

private:
    QObject *findObject(const QMetaObject &type, QObject *root, const QString &name,
                        bool report) const;
    QList<QObject *> roots() const;
    QString describeMissing(const QMetaObject &type, const QList<QObject *> &roots,
                            const QString &name) const;

    QPointer<QWidget> m_mainWindow;
};

template<typename T> T *Ui::find(QAnyStringView name) const
{
    return qobject_cast<T *>(findObject(T::staticMetaObject, nullptr, name.toString(), true));
}

template<typename T> T *Ui::findIn(QObject *root, QAnyStringView name) const
{
    return qobject_cast<T *>(findObject(T::staticMetaObject, root, name.toString(), true));
}
