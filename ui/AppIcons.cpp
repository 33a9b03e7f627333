#include "AppIcons.h"

#include "DeferredIcon.h"

#include <QApplication>

namespace {
const auto ResourceRoot = QStringLiteral(":/icons");
const auto ApplicationIconPath = QStringLiteral(":/appicon/%1x%1/apps/org.tasklane.Tasklane.png");

QIcon decodedApplicationIcon()
{
    QIcon icon;
    for (const int size : AppIcons::applicationIconSizes())
        icon.addFile(ApplicationIconPath.arg(size), QSize(size, size));
    return icon;
}

} // namespace

QString AppIcons::fallbackThemeName()
{
    return QStringLiteral("tasklane");
}

QList<int> AppIcons::applicationIconSizes()
{
    // The freedesktop sizes generate.sh renders (resources/icons/generate.sh, appSizes).
    return {16, 22, 24, 32, 48, 64, 128, 256, 512};
}

QIcon AppIcons::applicationIcon()
{
    // Decoded when something first draws it: QIcon::addFile() decodes its file at once, and with
    // nine sizes up to 512x512 that was the largest part of what tasklane's start did beyond a
    // bare window's, for an icon that most platforms (Wayland, offscreen) never draw and the
    // others draw later.
    QList<QSize> sizes;
    for (const int size : applicationIconSizes())
        sizes.append(QSize(size, size));
    return DeferredIcon::make(decodedApplicationIcon, sizes);
}

void AppIcons::install(WindowIcon windowIcon)
{
    QStringList searchPaths = QIcon::themeSearchPaths();
    if (!searchPaths.contains(ResourceRoot))
        searchPaths.append(ResourceRoot);
    QIcon::setThemeSearchPaths(searchPaths);
    QIcon::setFallbackThemeName(fallbackThemeName());
    // Windows and macOS (and a bare X session) name no theme at all; there ours is the theme.
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(fallbackThemeName());
    if (windowIcon == WindowIcon::Now)
        installWindowIcon();
}

void AppIcons::installWindowIcon()
{
    QApplication::setWindowIcon(applicationIcon());
}
