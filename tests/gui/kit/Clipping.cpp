#include "Clipping.h"

#include "VisibleTexts.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QTabBar>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>

namespace Clipping {

namespace {

// The protected size hints the widgets compute for themselves, read through a member pointer
// (a derived class may name its base's protected members).
struct TabBarAccess : QTabBar
{
    static QSize hint(const QTabBar *bar, int index)
    {
        return (bar->*(&TabBarAccess::tabSizeHint))(index);
    }
};

QString plainText(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// A header has no name of its own: its view's.
QString nameOf(const QWidget *widget)
{
    if (widget->objectName().isEmpty() && widget->parentWidget())
        return widget->parentWidget()->objectName();
    return widget->objectName();
}

class Checker
{
public:
    explicit Checker(QWidget *window)
        : m_window(window)
    {}

    bool visible(const QWidget *widget) const
    {
        return widget->isVisibleTo(m_window) && widget->window() == m_window && widget->width() > 0;
    }

    void report(const QWidget *widget, const QString &text, const QString &what, int needed,
                int has)
    {
        m_problems.append(QStringLiteral("%1 %2: \"%3\" needs %4 px %5, has %6")
                              .arg(QString::fromLatin1(widget->metaObject()->className()),
                                   nameOf(widget), text, QString::number(needed), what,
                                   QString::number(has)));
    }

    void label(const QLabel *label)
    {
        const QString text = label->text();
        if (text.trimmed().isEmpty() || !label->pixmap().isNull())
            return;
        const QRect room = label->contentsRect().adjusted(label->margin(), label->margin(),
                                                          -label->margin(), -label->margin());
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height())
                report(label, plainText(text), QStringLiteral("high"), needed, label->height());
            return;
        }
        const bool rich = label->textFormat() == Qt::RichText ||
                          (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        int width = 0;
        int height = 0;
        if (rich) {
            QTextDocument document;
            document.setDefaultFont(label->font());
            document.setDocumentMargin(0);
            document.setHtml(text);
            width = qCeil(document.idealWidth());
            height = qCeil(document.size().height());
        } else {
            const QFontMetrics metrics = label->fontMetrics();
            const QString visibleText = label->buddy() ? VisibleTexts::withoutMnemonic(text) : text;
            const QStringList lines = visibleText.split(u'\n');
            for (const QString &line : lines)
                width = qMax(width, metrics.horizontalAdvance(line));
            height = metrics.height() + (lines.size() - 1) * metrics.lineSpacing();
        }
        if (width > room.width())
            report(label, plainText(text), QStringLiteral("wide"), width, room.width());
        else if (height > room.height())
            report(label, plainText(text), QStringLiteral("high"), height, room.height());
    }

    void button(const QAbstractButton *button)
    {
        if (button->text().isEmpty() || qobject_cast<const QTabBar *>(button->parentWidget()))
            return;
        const QSize hint = button->sizeHint();
        if (hint.width() > button->width())
            report(button, VisibleTexts::withoutMnemonic(button->text()), QStringLiteral("wide"),
                   hint.width(), button->width());
    }

    void tabBar(const QTabBar *bar)
    {
        for (int index = 0; index < bar->count(); ++index) {
            if (!bar->isTabVisible(index))
                continue;
            const int needed = TabBarAccess::hint(bar, index).width();
            const int has = bar->tabRect(index).width();
            if (needed > has)
                report(bar, VisibleTexts::withoutMnemonic(bar->tabText(index)),
                       QStringLiteral("wide"), needed, has);
        }
        for (const QToolButton *scroll : bar->findChildren<QToolButton *>()) {
            if (scroll->isVisible()) {
                report(bar, QStringLiteral("(tabs)"), QStringLiteral("wide (scroll buttons)"),
                       bar->sizeHint().width(), bar->width());
                break;
            }
        }
    }

    void comboBox(const QComboBox *combo)
    {
        if (combo->isEditable() || combo->currentText().isEmpty())
            return;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = false;
        option.frame = combo->hasFrame();
        option.currentText = combo->currentText();
        option.currentIcon = combo->itemIcon(combo->currentIndex());
        option.iconSize = combo->iconSize();
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
        if (!option.currentIcon.isNull())
            needed += option.iconSize.width() + 4; // QCommonStyle's gap after the icon
        if (needed > field.width())
            report(combo, combo->currentText(), QStringLiteral("wide"), needed, field.width());
    }

    void lineEdit(const QLineEdit *edit)
    {
        if (qobject_cast<const QComboBox *>(edit->parentWidget()))
            return; // an editable combo box's own
        if (!edit->text().isEmpty() || edit->placeholderText().isEmpty())
            return;
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.rect = edit->rect();
        option.lineWidth =
            edit->hasFrame()
                ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
                : 0;
        QRect room = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
        room = room.marginsRemoved(edit->textMargins());
        // QLineEdit's own margin each side, and its action icons (search, clear) inside.
        int has = room.width() - 2 * 2;
        for (const QWidget *side : edit->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (side->isVisible() && qobject_cast<const QToolButton *>(side))
                has -= side->width();
        }
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        if (needed > has)
            report(edit, edit->placeholderText(), QStringLiteral("wide"), needed, has);
    }

    void header(const QHeaderView *header)
    {
        if (!header->model() || header->orientation() != Qt::Horizontal)
            return;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const int needed = header->sectionSizeHint(section);
            const int has = header->sectionSize(section);
            if (needed > has)
                report(header, header->model()->headerData(section, Qt::Horizontal).toString(),
                       QStringLiteral("wide"), needed, has);
        }
    }

    // The cells of the rows in sight: a text the delegate elides ("Dringe…") needs more than
    // its cell.
    void cells(const QAbstractItemView *view)
    {
        const QAbstractItemModel *model = view->model();
        if (!model || qobject_cast<const QHeaderView *>(view))
            return;
        const QRect sight = view->viewport()->rect();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QRect cell = view->visualRect(index);
                if (cell.isEmpty() || !sight.intersects(cell))
                    continue;
                const int needed = view->sizeHintForIndex(index).width();
                if (needed > cell.width())
                    report(view,
                           QStringLiteral("%1 (row %2, column %3)")
                               .arg(index.data().toString())
                               .arg(row)
                               .arg(column),
                           QStringLiteral("wide"), needed, cell.width());
            }
        }
    }

    void groupBox(const QGroupBox *box)
    {
        if (box->title().isEmpty())
            return;
        const int needed = box->minimumSizeHint().width();
        if (needed > box->width())
            report(box, VisibleTexts::withoutMnemonic(box->title()), QStringLiteral("wide"), needed,
                   box->width());
    }

    // A toolbar or menu bar too narrow for its actions shows the rest behind an extension
    // button ("»"): those actions are out of sight.
    void toolBar(const QToolBar *bar) { overflow(bar); }
    void menuBar(const QMenuBar *bar) { overflow(bar); }
    void overflow(const QWidget *bar)
    {
        for (const QToolButton *button : bar->findChildren<QToolButton *>()) {
            if (button->objectName().endsWith(QLatin1String("_ext_button")) && button->isVisible())
                report(bar, QStringLiteral("(actions)"), QStringLiteral("wide (overflow menu)"),
                       bar->sizeHint().width(), bar->width());
        }
    }

    QWidget *m_window;
    QStringList m_problems;
};

} // namespace

QStringList of(QWidget *window)
{
    Checker checker(window);
    // `check` for every visible widget of type Widget in the window.
    const auto each = [&]<typename Widget>(void (Checker::*check)(const Widget *)) {
        for (const Widget *widget : window->findChildren<Widget *>()) {
            if (checker.visible(widget))
                (checker.*check)(widget);
        }
    };
    each(&Checker::label);
    each(&Checker::button);
    each(&Checker::tabBar);
    each(&Checker::comboBox);
    each(&Checker::lineEdit);
    each(&Checker::header);
    each(&Checker::cells);
    each(&Checker::groupBox);
    each(&Checker::toolBar);
    each(&Checker::menuBar);
    return checker.m_problems;
}

} // namespace Clipping
