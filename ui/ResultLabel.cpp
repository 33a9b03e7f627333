#include "ResultLabel.h"

#include <QEvent>

ResultLabel::ResultLabel(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    // Results name things users named (tokens, devices, accounts): never markup.
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    hide();
}

void ResultLabel::showResult(std::function<QString()> text)
{
    m_text = std::move(text);
    render();
    show();
}

void ResultLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !isHidden() && m_text)
        render();
    QLabel::changeEvent(event);
}

void ResultLabel::render()
{
    const QString text = m_text();
    setText(text);
    setAccessibleName(text);
}
