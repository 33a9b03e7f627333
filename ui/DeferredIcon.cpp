#include "DeferredIcon.h"

#include <QIconEngine>
#include <QPainter>

#include <memory>
#include <optional>

namespace {

class DeferredIconEngine : public QIconEngine
{
public:
    DeferredIconEngine(std::function<QIcon()> make, QList<QSize> sizes, QString themeName = {})
        : m_make(std::move(make))
        , m_sizes(std::move(sizes))
        , m_themeName(std::move(themeName))
    {}

    // Device pixel ratio 1 in both: the size asked is already in device pixels (scaledPixmap()
    // gets the logical size times the ratio), and QIcon sets the ratio of what comes back.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return made().pixmap(size, 1.0, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal) override
    {
        return made().pixmap(size, 1.0, mode, state);
    }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        made().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return made().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        if (m_sizes.isEmpty())
            return made().availableSizes(mode, state);
        return mode == QIcon::Normal && state == QIcon::Off ? m_sizes : QList<QSize>();
    }
    bool isNull() override { return m_sizes.isEmpty() && m_themeName.isEmpty() && made().isNull(); }
    // A theme icon's name (QIcon::name(), which platform menus pass on).
    QString iconName() override { return m_themeName.isEmpty() ? made().name() : m_themeName; }
    QIconEngine *clone() const override { return new DeferredIconEngine(*this); }
    QString key() const override { return QStringLiteral("tasklane-deferred-icon"); }

private:
    const QIcon &made()
    {
        if (!*m_made)
            *m_made = m_make();
        return **m_made;
    }

    std::function<QIcon()> m_make;
    QList<QSize> m_sizes;
    // For themeIcon(): known not null, and named, without a look-up.
    QString m_themeName;
    // Shared by the clones QIcon makes when it detaches: the icon is made once for all of them.
    std::shared_ptr<std::optional<QIcon>> m_made = std::make_shared<std::optional<QIcon>>();
};

} // namespace

QIcon DeferredIcon::make(std::function<QIcon()> make, QList<QSize> sizes)
{
    return QIcon(new DeferredIconEngine(std::move(make), std::move(sizes)));
}

QIcon DeferredIcon::themeIcon(const QString &name)
{
    return QIcon(new DeferredIconEngine([name] { return QIcon::fromTheme(name); }, {}, name));
}
