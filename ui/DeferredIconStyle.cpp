#include "DeferredIconStyle.h"

#include "DeferredIcon.h"

#include <QApplication>
#include <QGroupBox>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>

#include <optional>

namespace {
// QFusionStyle's space above a group box's frame, below the title (qfusionstyle.cpp,
// groupBoxTopMargin).
constexpr int FusionGroupBoxTopMargin = 3;
} // namespace

DeferredIconStyle::DeferredIconStyle(QStyle *baseStyle)
    : QProxyStyle(baseStyle)
{}

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

void DeferredIconStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                      QPainter *painter, const QWidget *widget) const
{
    // Only Fusion itself: a style derived from it may draw its own frame.
    if (element == PE_FrameGroupBox &&
        qstrcmp(baseStyle()->metaObject()->className(), "QFusionStyle") == 0) {
        drawFusionGroupBoxFrame(option, painter, widget);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

// What Qt 6's QFusionStyle draws for PE_FrameGroupBox, without its image: the PNG is a
// palette-independent 1-pixel outline (grey 0x75 at alpha 0x32) with softened corners, a faint
// inner shade (black, alpha 7) along it and a fainter fill (black, alpha 3), one pixel in from
// the left and top of the frame rectangle, which starts below the title. Drawn here with
// rectangles, no antialiased path (that cost more than the PNG's stretching): the edges and the
// fill come out as Fusion's; the corners differ from its image by a few levels of alpha.
void DeferredIconStyle::drawFusionGroupBoxFrame(const QStyleOption *option, QPainter *painter,
                                                const QWidget *widget) const
{
    // The frame's top, as Fusion places it: below the title and check box, or just the margin
    // for a box with neither.
    int topMargin = FusionGroupBoxTopMargin;
    const auto *box = qobject_cast<const QGroupBox *>(widget);
    if (!box || box->isCheckable() || !box->title().isEmpty())
        topMargin += qMax(proxy()->pixelMetric(PM_ExclusiveIndicatorHeight, option, widget),
                          option->fontMetrics.height());
    const QRect outline = option->rect.adjusted(1, topMargin + 1, 0, 0);
    if (outline.width() < 4 || outline.height() < 4)
        return;
    const QRect inside = outline.adjusted(1, 1, -1, -1);
    const auto fillRing = [painter](const QRect &rect, const QColor &color) {
        painter->fillRect(QRect(rect.left() + 1, rect.top(), rect.width() - 2, 1), color);
        painter->fillRect(QRect(rect.left() + 1, rect.bottom(), rect.width() - 2, 1), color);
        painter->fillRect(QRect(rect.left(), rect.top() + 1, 1, rect.height() - 2), color);
        painter->fillRect(QRect(rect.right(), rect.top() + 1, 1, rect.height() - 2), color);
    };
    const auto fillCorners = [painter](const QRect &rect, const QColor &color) {
        for (const QPoint &corner :
             {rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight()})
            painter->fillRect(QRect(corner, QSize(1, 1)), color);
    };
    const QColor line(0x75, 0x75, 0x75, 0x32);

    painter->fillRect(inside, QColor(0, 0, 0, 3));
    // Over the fill, alpha 4 makes the shade's 7.
    const QColor shade(0, 0, 0, 4);
    fillRing(inside, shade);
    fillCorners(inside, shade);
    fillRing(outline, line);
    // The rounding: the outline's corner pixels faint, the shade's darker.
    QColor lineCorner = line;
    lineCorner.setAlpha(0x0d);
    fillCorners(outline, lineCorner);
    QColor shadeCorner = line;
    shadeCorner.setAlpha(0x18);
    fillCorners(inside, shadeCorner);
}
