#include "AppIcons.h"

#include <QApplication>

namespace {
const auto ResourceRoot = QStringLiteral(":/icons");
const auto ApplicationIconPath = QStringLiteral(":/appicon/%1x%1/apps/org.tasklane.Tasklane.png");
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
    QIcon icon;
    for (const int size : applicationIconSizes())
        icon.addFile(ApplicationIconPath.arg(size), QSize(size, size));
    return icon;
}

void AppIcons::install()
{
    QStringList searchPaths = QIcon::themeSearchPaths();
    if (!searchPaths.contains(ResourceRoot))
        searchPaths.append(ResourceRoot);
    QIcon::setThemeSearchPaths(searchPaths);
    QIcon::setFallbackThemeName(fallbackThemeName());
    // Windows and macOS (and a bare X session) name no theme at all; there ours is the theme.
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(fallbackThemeName());
    QApplication::setWindowIcon(applicationIcon());
}
