#pragma once

#include <QIcon>
#include <QList>
#include <QSize>

#include <functional>

// An icon whose pictures are made when something first draws it: `make` runs then, once, and
// the icon is that one from there on. QIcon::addFile() decodes its file at once, and the first
// image file a run reads makes Qt load every image-format plugin (SVG, GIF, ICO, JPEG and their
// libraries) to ask which reads it: an icon the first frame does not draw should not cost that
// before the first frame.
//
// `sizes`, when known, answers availableSizes() and isNull() without making the icon (an icon
// with sizes is not null); without them those make it too.
class DeferredIcon
{
public:
    static QIcon make(std::function<QIcon()> make, QList<QSize> sizes = {});
    // QIcon::fromTheme(name) when first drawn, for a name Tasklane's fallback theme has
    // (AppIcons; tst_appicons draws each): not null and named without the look-up, which a
    // tool button's size hint would otherwise make before the first frame (on X11 the first
    // look-up reads the desktop's icon themes' index files).
    static QIcon themeIcon(const QString &name);
};
