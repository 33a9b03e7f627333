#include "QrCodeWidget.h"

#include "ExtrasInterface.h"
#include "ExtrasModule.h"

#include <QEvent>
#include <QPainter>

namespace {
// Large enough for a phone camera at arm's length, small enough for a dialog.
constexpr int PreferredModulePixels = 5;
constexpr int MinimumModulePixels = 3;
} // namespace

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    retranslateUi();
}

void QrCodeWidget::retranslateUi()
{
    setAccessibleName(tr("Setup QR code"));
    setAccessibleDescription(
        tr("A QR code for setting up two-factor authentication. Scan it with your authenticator "
           "app, or type the key shown next to it."));
}

void QrCodeWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QrCodeWidget::setText(const QString &text)
{
    m_text = text;
    m_size = 0;
    m_modules.clear();
    m_error.clear();
    if (!text.isEmpty()) {
        // The encoder lives in the extras module, off the start path (ExtrasModule.h).
        if (ExtrasInterface *extras = ExtrasModule::instance(&m_error)) {
            // False: longer than any QR code holds; the key next to the code still works.
            extras->encodeQr(text.toUtf8(), &m_size, &m_modules);
        }
    }
    updateGeometry();
    update();
}

bool QrCodeWidget::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(y * m_size + x);
}

QImage QrCodeWidget::toImage(int moduleSize) const
{
    if (isEmpty() || moduleSize < 1)
        return {};
    const int side = sideInModules() * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y))
                painter.fillRect((x + QuietZoneModules) * moduleSize,
                                 (y + QuietZoneModules) * moduleSize, moduleSize, moduleSize,
                                 Qt::black);
        }
    }
    return image;
}

QSize QrCodeWidget::sizeHint() const
{
    const int side =
        (isEmpty() ? 41 + 2 * QuietZoneModules : sideInModules()) * PreferredModulePixels;
    return {side, side};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    const int side =
        (isEmpty() ? 41 + 2 * QuietZoneModules : sideInModules()) * MinimumModulePixels;
    return {side, side};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    if (isEmpty()) {
        if (!m_error.isEmpty()) {
            // Where the code would be: why it is not (the key next to it still works).
            QPainter painter(this);
            painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                             tr("The QR code cannot be shown. %1").arg(m_error));
        }
        return;
    }
    QPainter painter(this);
    // Work in device pixels: with a fractional devicePixelRatio (1.25, 1.5) a module of whole
    // logical pixels would land on fractions of device pixels and blur at its edges.
    const qreal ratio = devicePixelRatioF();
    painter.scale(1.0 / ratio, 1.0 / ratio);
    painter.setRenderHint(QPainter::Antialiasing, false);

    // Qt rounds a fractional device size to the nearest pixel (333 * 1.5 -> 500).
    const int deviceWidth = qRound(width() * ratio);
    const int deviceHeight = qRound(height() * ratio);
    const int modules = sideInModules();
    const int modulePixels = qMax(1, qMin(deviceWidth, deviceHeight) / modules);
    const int side = modulePixels * modules;
    // Centred in the widget, on whole device pixels.
    const int left = (deviceWidth - side) / 2;
    const int top = (deviceHeight - side) / 2;

    painter.fillRect(left, top, side, side, Qt::white);
    const int origin = QuietZoneModules * modulePixels;
    for (int y = 0; y < m_size; ++y) {
        // Runs of dark modules as one rectangle: fewer calls, and no seams between them.
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            painter.fillRect(left + origin + start * modulePixels, top + origin + y * modulePixels,
                             (x - start) * modulePixels, modulePixels, Qt::black);
        }
    }
}
