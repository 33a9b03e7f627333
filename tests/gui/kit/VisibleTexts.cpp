#include "VisibleTexts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextDocument>
#include <QTextEdit>
#include <QWizard>

namespace VisibleTexts {

namespace {
bool hasLetter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

class Collector
{
public:
    void add(const QObject *owner, const QString &text)
    {
        QString plain = text;
        if (Qt::mightBeRichText(plain)) {
            QTextDocument document;
            document.setHtml(plain);
            plain = document.toPlainText();
        }
        plain = plain.trimmed();
        if (hasLetter(plain))
            m_entries.append({owner, plain});
    }

    void addMenu(const QMenu *menu)
    {
        add(menu, menu->title());
        for (const QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            add(action, action->text());
            if (action->menu())
                addMenu(action->menu());
        }
    }

    void addHeader(const QHeaderView *header)
    {
        if (!header->isVisible() || !header->model())
            return;
        for (int section = 0; section < header->count(); ++section) {
            if (!header->isSectionHidden(section))
                add(header, header->model()
                                ->headerData(section, header->orientation(), Qt::DisplayRole)
                                .toString());
        }
    }

    QList<Entry> m_entries;
};
} // namespace

QList<Entry> entries(QWidget *window)
{
    Collector collector;
    collector.add(window, window->windowTitle());
    const auto visible = [window](const QWidget *widget) {
        return widget->isVisibleTo(window) && widget->window() == window;
    };
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (visible(label))
            collector.add(label, label->text());
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (visible(button))
            collector.add(button, button->text());
    }
    for (const QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (visible(box))
            collector.add(box, box->title());
    }
    for (const QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (!visible(tabs))
            continue;
        for (int index = 0; index < tabs->count(); ++index) {
            if (tabs->isTabVisible(index))
                collector.add(tabs, tabs->tabText(index));
        }
    }
    for (const QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        if (visible(edit) && edit->text().isEmpty())
            collector.add(edit, edit->placeholderText());
    }
    for (const QPlainTextEdit *edit : window->findChildren<QPlainTextEdit *>()) {
        if (visible(edit) && edit->toPlainText().isEmpty())
            collector.add(edit, edit->placeholderText());
    }
    for (const QComboBox *combo : window->findChildren<QComboBox *>()) {
        if (!visible(combo) || combo->isEditable())
            continue;
        for (int index = 0; index < combo->count(); ++index)
            collector.add(combo, combo->itemText(index));
    }
    for (const QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        if (!visible(view))
            continue;
        for (const QHeaderView *header : view->findChildren<QHeaderView *>())
            collector.addHeader(header);
    }
    for (const QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        if (!visible(bar))
            continue;
        for (const QAction *action : bar->actions()) {
            if (action->menu())
                collector.addMenu(action->menu());
        }
    }
    if (const auto *wizard = qobject_cast<const QWizard *>(window)) {
        if (const QWizardPage *page = wizard->currentPage()) {
            collector.add(page, page->title());
            collector.add(page, page->subTitle());
        }
    }
    return collector.m_entries;
}

QStringList of(QWidget *window)
{
    QStringList texts;
    for (const Entry &entry : entries(window))
        texts.append(entry.owner->objectName() + QStringLiteral(": ") + entry.text);
    return texts;
}

QString withoutMnemonic(const QString &text)
{
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        result += text.at(i);
    }
    return result;
}

QStringList notPseudo(QWidget *window, const QStringList &allowed)
{
    QStringList untranslated;
    for (const QString &entry : of(window)) {
        const QString text = entry.section(QStringLiteral(": "), 1);
        if (!text.contains(QLatin1Char('[')) && !allowed.contains(text))
            untranslated.append(entry);
    }
    return untranslated;
}

} // namespace VisibleTexts
