#include "Ui.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>

#include <algorithm>

namespace {

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString className(const QObject *object)
{
    return QString::fromLatin1(object->metaObject()->className());
}

// How a window is named in a message: its objectName, and for the main window its page.
QString describeRoot(const QObject *root)
{
    QString text = root->objectName().isEmpty() ? className(root) : root->objectName();
    if (const auto *stack = root->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        stack && stack->currentWidget())
        text += QStringLiteral(" (showing %1)").arg(stack->currentWidget()->objectName());
    return text;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            const bool same = a.at(i - 1).toLower() == b.at(j - 1).toLower();
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

bool isShown(const QObject *object)
{
    const auto *widget = qobject_cast<const QWidget *>(object);
    return !widget || widget->isVisible();
}

} // namespace

Ui::Ui(QWidget *mainWindow)
    : m_mainWindow(mainWindow)
{}

QList<QObject *> Ui::roots() const
{
    QList<QObject *> roots;
    const auto add = [&roots](QObject *root) {
        if (root && !roots.contains(root))
            roots.append(root);
    };
    add(QApplication::activeModalWidget());
    add(m_mainWindow.data());
    QList<QWidget *> others = QApplication::topLevelWidgets();
    std::stable_partition(others.begin(), others.end(),
                          [](const QWidget *widget) { return widget->isVisible(); });
    for (QWidget *widget : std::as_const(others))
        add(widget);
    return roots;
}

QObject *Ui::findObject(const QMetaObject &type, QObject *root, const QString &name,
                        bool report) const
{
    if (report)
        KitProblem::clear();
    const QList<QObject *> searched = root ? QList<QObject *>{root} : roots();
    QObject *hidden = nullptr;
    for (QObject *candidateRoot : searched) {
        QList<QObject *> matches = candidateRoot->findChildren<QObject *>(name);
        if (candidateRoot->objectName() == name)
            matches.prepend(candidateRoot);
        for (QObject *match : std::as_const(matches)) {
            if (!type.cast(match))
                continue;
            if (isShown(match))
                return match;
            if (!hidden)
                hidden = match;
        }
    }
    if (!hidden && report)
        KitProblem::report(describeMissing(type, searched, name));
    return hidden;
}

QString Ui::describeMissing(const QMetaObject &type, const QList<QObject *> &searched,
                            const QString &name) const
{
    QString text =
        QStringLiteral("no %1 called %2").arg(QString::fromLatin1(type.className()), quoted(name));
    QStringList otherTypes;
    QStringList similar;
    QStringList where;
    for (QObject *root : searched) {
        where.append(describeRoot(root));
        QList<QObject *> all = root->findChildren<QObject *>();
        all.prepend(root);
        for (const QObject *object : std::as_const(all)) {
            const QString candidate = object->objectName();
            if (candidate.isEmpty() || candidate.startsWith(QLatin1String("qt_")))
                continue;
            const QString entry =
                candidate + QStringLiteral(" (") + className(object) + QLatin1Char(')');
            if (candidate == name) {
                if (!otherTypes.contains(entry))
                    otherTypes.append(entry);
            } else if ((editDistance(candidate, name) <= 3 ||
                        candidate.contains(name, Qt::CaseInsensitive) ||
                        name.contains(candidate, Qt::CaseInsensitive)) &&
                       !similar.contains(entry)) {
                similar.append(entry);
            }
        }
    }
    if (!otherTypes.isEmpty())
        text +=
            QStringLiteral("; with that name there is: ") + otherTypes.join(QStringLiteral(", "));
    text += QStringLiteral("; looked in: ") + (where.isEmpty() ? QStringLiteral("no window at all")
                                                               : where.join(QStringLiteral(", ")));
    if (!similar.isEmpty()) {
        similar.sort();
        text += QStringLiteral("; similar names: ") + similar.mid(0, 8).join(QStringLiteral(", "));
    }
    return text;
}

bool Ui::exists(QAnyStringView name) const
{
    return findObject(QObject::staticMetaObject, nullptr, name.toString(), false) != nullptr;
}

bool Ui::click(QAnyStringView buttonName)
{
    auto *button = find<QAbstractButton>(buttonName);
    if (!button)
        return false;
    if (!button->isVisible() || !button->isEnabled()) {
        KitProblem::report(
            QStringLiteral("%1 cannot be clicked: it is %2%3")
                .arg(quoted(buttonName.toString()),
                     button->isVisible() ? QStringLiteral("disabled") : QStringLiteral("hidden"),
                     button->toolTip().isEmpty()
                         ? QString()
                         : QStringLiteral(" (tooltip: %1)").arg(button->toolTip())));
        return false;
    }
    if (qobject_cast<QCheckBox *>(button)) {
        // The middle of a row-wide check box is empty space: a user clicks the box itself.
        QStyleOptionButton option;
        option.initFrom(button);
        const QRect box =
            button->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, button);
        QTest::mouseClick(button, Qt::LeftButton, {}, box.center());
    } else {
        QTest::mouseClick(button, Qt::LeftButton);
    }
    return true;
}

bool Ui::trigger(QAnyStringView actionName)
{
    auto *action = find<QAction>(actionName);
    if (!action)
        return false;
    if (!action->isEnabled()) {
        KitProblem::report(QStringLiteral("%1 is disabled (tooltip: %2)")
                               .arg(quoted(actionName.toString()), action->toolTip()));
        return false;
    }
    action->trigger();
    return true;
}

bool Ui::type(QAnyStringView editName, const QString &text)
{
    auto *widget = find<QWidget>(editName);
    if (!widget)
        return false;
    auto *line = qobject_cast<QLineEdit *>(widget);
    auto *plain = qobject_cast<QPlainTextEdit *>(widget);
    const bool readOnly = line ? line->isReadOnly() : plain && plain->isReadOnly();
    if ((!line && !plain) || readOnly || !widget->isEnabled()) {
        KitProblem::report(QStringLiteral("cannot type into %1 (%2%3)")
                               .arg(quoted(editName.toString()), className(widget),
                                    readOnly               ? QStringLiteral(", read-only")
                                    : !widget->isEnabled() ? QStringLiteral(", disabled")
                                                           : QString()));
        return false;
    }
    widget->setFocus();
    if (line)
        line->selectAll();
    else
        plain->selectAll();
    if (text.isEmpty())
        QTest::keyClick(widget, Qt::Key_Delete);
    else
        QTest::keyClicks(widget, text);
    return true;
}

bool Ui::tick(QAnyStringView checkBoxName, bool checked)
{
    auto *check = find<QCheckBox>(checkBoxName);
    if (!check)
        return false;
    if (check->isChecked() == checked)
        return true;
    if (!click(checkBoxName))
        return false;
    if (check->isChecked() != checked) {
        KitProblem::report(
            QStringLiteral("clicking %1 did not change it").arg(quoted(checkBoxName.toString())));
        return false;
    }
    return true;
}

bool Ui::choose(QAnyStringView comboName, const QString &itemText)
{
    auto *combo = find<QComboBox>(comboName);
    if (!combo)
        return false;
    const int index = combo->findText(itemText);
    if (index < 0) {
        QStringList items;
        for (int i = 0; i < combo->count(); ++i)
            items.append(combo->itemText(i));
        KitProblem::report(QStringLiteral("%1 has no item %2; it has: %3")
                               .arg(quoted(comboName.toString()), quoted(itemText),
                                    items.join(QStringLiteral(", "))));
        return false;
    }
    combo->setCurrentIndex(index);
    return true;
}

QWidget *Ui::activeWindow() const
{
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal;
    if (QWidget *active = QApplication::activeWindow())
        return active;
    return m_mainWindow;
}
