#include "AppIcons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>

#include <optional>

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

// The application icon, decoded when something first draws it. QIcon::addFile() decodes its
// file at once, and with nine sizes up to 512x512 (and the image plugins looked up to read
// them) that was the largest part of what tasklane's start did beyond a bare window's, for an
// icon that most platforms (Wayland, offscreen) never draw and the others draw later.
class ApplicationIconEngine : public QIconEngine
{
public:
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return decoded().pixmap(size, mode, state);
    }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        decoded().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return decoded().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        if (mode != QIcon::Normal || state != QIcon::Off)
            return {};
        QList<QSize> sizes;
        for (const int size : AppIcons::applicationIconSizes())
            sizes.append(QSize(size, size));
        return sizes;
    }
    QIconEngine *clone() const override { return new ApplicationIconEngine(*this); }
    QString key() const override { return QStringLiteral("tasklane-application-icon"); }

private:
    const QIcon &decoded()
    {
        if (!m_decoded)
            m_decoded = decodedApplicationIcon();
        return *m_decoded;
    }

    std::optional<QIcon> m_decoded;
};
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
    return QIcon(new ApplicationIconEngine);
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
