#include "ConfirmationBox.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace {

// Says the box's texts again when the language changes while it is open. QMessageBox itself
// translates only its standard buttons (Cancel).
class Retranslator : public QObject
{
public:
    Retranslator(QMessageBox *box, QPushButton *confirm, QPushButton *cancel,
                 std::function<ConfirmationBox()> texts)
        : QObject(box)
        , m_box(box)
        , m_confirm(confirm)
        , m_cancel(cancel)
        , m_texts(std::move(texts))
    {
        box->installEventFilter(this);
    }

    static void applyTexts(const ConfirmationBox &texts, QMessageBox *box)
    {
        box->setWindowTitle(texts.title);
        box->setAccessibleName(texts.title);
        QStringList lines = texts.consequences;
        if (lines.size() > 1) {
            for (QString &line : lines)
                line.prepend(QStringLiteral("\u2022 "));
        }
        // setInformativeText() lays the box out anew, which would drop the widening spacer of
        // ask(): once shown, the label takes the new text itself.
        auto *informative = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"));
        if (informative)
            informative->setText(lines.join(QLatin1Char('\n')));
        else
            box->setInformativeText(lines.join(QLatin1Char('\n')));
        // Last: the box sizes itself to its texts and buttons here.
        box->setText(texts.question);
    }

    static void applyButtons(const ConfirmationBox &texts, QPushButton *confirm,
                             QPushButton *cancel)
    {
        confirm->setText(texts.confirmText);
        confirm->setAccessibleName(QString(texts.confirmText).remove(QLatin1Char('&')));
        cancel->setAccessibleName(texts.keepText.isEmpty() ? cancel->text().remove(QLatin1Char('&'))
                                                           : texts.keepText);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_box && event->type() == QEvent::LanguageChange && m_texts) {
            // The box translates Cancel first, so its name follows the new text.
            m_box->removeEventFilter(this);
            QCoreApplication::sendEvent(m_box, event);
            m_box->installEventFilter(this);
            const ConfirmationBox texts = m_texts();
            applyButtons(texts, m_confirm, m_cancel);
            applyTexts(texts, m_box);
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QMessageBox *m_box;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    std::function<ConfirmationBox()> m_texts;
};

} // namespace

bool ConfirmationBox::ask(QWidget *parent,
                          const std::function<ConfirmationBox()> &retranslated) const
{
    QString capitalised = name;
    if (!capitalised.isEmpty())
        capitalised[0] = capitalised.at(0).toUpper();
    QMessageBox box(QMessageBox::Warning, QString(), QString(), QMessageBox::NoButton, parent);
    box.setObjectName(name + QStringLiteral("ConfirmDialog"));
    box.setTextFormat(Qt::PlainText);
    Retranslator::applyTexts(*this, &box);
    // QMessageBox sizes itself to its shortest line; a few sentences read better on wider lines
    // than wrapped after four words.
    if (auto *grid = qobject_cast<QGridLayout *>(box.layout())) {
        const int width = box.fontMetrics().averageCharWidth() * 64;
        grid->addItem(new QSpacerItem(width, 0, QSizePolicy::Minimum, QSizePolicy::Expanding),
                      grid->rowCount(), 0, 1, grid->columnCount());
    }
    QPushButton *confirm = box.addButton(confirmText, QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirm") + capitalised + QStringLiteral("Button"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel") + capitalised + QStringLiteral("Button"));
    Retranslator::applyButtons(*this, confirm, cancel);
    new Retranslator(&box, confirm, cancel, retranslated);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == confirm;
}
