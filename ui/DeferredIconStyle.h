#pragma once

#include <QProxyStyle>

// The application's style (the platform's default, or the one -style or QT_STYLE_OVERRIDE
// names, underneath), drawn without reading an image file before the first frame: Qt's first
// image read of a run makes QImageReader find and load every image-format plugin, a good part of
// a cold start.
// - The standard icons that widgets ask for when they are built but draw only later are made
//   when first drawn (DeferredIcon). QMenuBar asks for its extension button's icon ("more
//   menus", shown only when the menus do not fit) in its constructor, and the common style reads
//   that PNG with QIcon::addFile() there and then. The toolbar's extension button and the line
//   edits' clear button are the same.
// - Fusion draws a group box's frame from a PNG (fusion_groupbox.png, stretched over the box);
//   the welcome page has two group boxes, so that PNG was read for the first frame. Over Fusion
//   the frame is painted here instead, the same rounded outline and shade (see
//   drawFusionGroupBoxFrame()).
class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Over the style the application would have had.
    DeferredIconStyle() = default;
    // Over `baseStyle` (taken over, as QProxyStyle does).
    explicit DeferredIconStyle(QStyle *baseStyle);

    // Makes a DeferredIconStyle the application style. Call after the QApplication exists and
    // before the first widget.
    static void install();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

private:
    void drawFusionGroupBoxFrame(const QStyleOption *option, QPainter *painter,
                                 const QWidget *widget) const;
};
