#pragma once

#include <QProxyStyle>

// The application's style (the platform's default, or the one -style or QT_STYLE_OVERRIDE
// names, underneath), with the standard icons that widgets ask for when they are built but draw
// only later made when first drawn (DeferredIcon). QMenuBar asks for its extension button's icon
// ("more menus", shown only when the menus do not fit) in its constructor, and the common style
// reads that PNG with QIcon::addFile() there and then: the first image read of the run, which
// loaded every image-format plugin before tasklane's first frame. The toolbar's extension button
// and the line edits' clear button are the same.
class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT

public:
    DeferredIconStyle() = default;

    // Makes a DeferredIconStyle the application style. Call after the QApplication exists and
    // before the first widget.
    static void install();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
