#include "DeferredIconStyle.h"

#include "DeferredIcon.h"

#include <QApplication>
#include <QPointer>
#include <QStyleOption>

#include <optional>

void DeferredIconStyle::install()
{
    // No base style given: QProxyStyle makes the one the application would have had.
    QApplication::setStyle(new DeferredIconStyle);
}

QIcon DeferredIconStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                      const QWidget *widget) const
{
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
    case SP_LineEditClearButton:
        break;
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
    // What the icon depends on (the option's layout direction, the widget's), kept until it is
    // made; a widget gone by then counts as none.
    std::optional<QStyleOption> optionCopy;
    if (option)
        optionCopy = *option;
    const QPointer<const QWidget> widgetPointer(widget);
    const QPointer<const DeferredIconStyle> style(this);
    return DeferredIcon::make([standardIcon, optionCopy, widgetPointer, style] {
        const QStyleOption *madeOption = optionCopy ? &*optionCopy : nullptr;
        if (style)
            return style->QProxyStyle::standardIcon(standardIcon, madeOption, widgetPointer);
        return QApplication::style()->standardIcon(standardIcon, madeOption, widgetPointer);
    });
}
