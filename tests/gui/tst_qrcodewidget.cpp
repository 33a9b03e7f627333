// QrCodeWidget as a phone camera sees it: the painted widget (grabbed at the screen's
// devicePixelRatio, which CMake runs at 1, 1.5 and 2 through QT_SCALE_FACTOR) holds only pure
// dark and pure white pixels in the code (no blurred edges), whole device pixels per module,
// a quiet zone of at least 4 modules, a square code, dark on white even in a dark palette, and
// zbarimg reads it back to exactly the text. toImage() gives the same code at a chosen size.
#include "QrCodeWidget.h"
#include "ZbarImg.h"

#include <QApplication>
#include <QPalette>
#include <QTest>

namespace {

const QString Uri = QStringLiteral(
    "otpauth://totp/Tasklane:carol?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Tasklane&"
    "algorithm=SHA1&digits=6&period=30");

bool isBlack(QRgb pixel)
{
    return (pixel & 0xffffff) == 0x000000;
}

bool isWhite(QRgb pixel)
{
    return (pixel & 0xffffff) == 0xffffff;
}

} // namespace

class tst_QrCodeWidget : public QObject
{
    Q_OBJECT

private slots:
    void imageDecodesToTheText();
    void emptyAndTooLongShowNothing();
    void paintedCodeIsCrispSquareAndDecodes_data();
    void paintedCodeIsCrispSquareAndDecodes();
    void accessibleNameSaysWhatItIs();
};

void tst_QrCodeWidget::imageDecodesToTheText()
{
    QrCodeWidget widget;
    widget.setText(Uri);
    QVERIFY(!widget.isEmpty());
    const int side = widget.moduleCount() + 2 * QrCodeWidget::QuietZoneModules;
    const QImage image = widget.toImage(4);
    QCOMPARE(image.size(), QSize(side * 4, side * 4));
    // The quiet zone is white, the top-left finder pattern starts right after it.
    QVERIFY(isWhite(image.pixel(0, 0)));
    QVERIFY(isWhite(image.pixel(15, 15)));
    QVERIFY(isBlack(image.pixel(16, 16)));
    QString error;
    QCOMPARE(ZbarImg::decode(image, &error), Uri);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_QrCodeWidget::emptyAndTooLongShowNothing()
{
    QrCodeWidget widget;
    QVERIFY(widget.isEmpty());
    QVERIFY(widget.toImage(4).isNull());
    widget.setText(QString(8000, QLatin1Char('x')));
    QVERIFY(widget.isEmpty());
    widget.setText(Uri);
    QVERIFY(!widget.isEmpty());
    widget.setText({});
    QVERIFY(widget.isEmpty());
}

void tst_QrCodeWidget::paintedCodeIsCrispSquareAndDecodes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("dark");
    QTest::newRow("preferred size") << QSize() << false;
    QTest::newRow("odd size, dark palette") << QSize(333, 301) << true;
    QTest::newRow("wide") << QSize(520, 280) << false;
}

void tst_QrCodeWidget::paintedCodeIsCrispSquareAndDecodes()
{
    QFETCH(QSize, size);
    QFETCH(bool, dark);
    QWidget window;
    QPalette palette = window.palette();
    const QColor background = dark ? QColor(0x20, 0x20, 0x24) : QColor(0xd0, 0xd0, 0xd0);
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, dark ? Qt::white : Qt::black);
    window.setPalette(palette);
    window.setAutoFillBackground(true);
    auto *widget = new QrCodeWidget(&window);
    widget->setText(Uri);
    widget->resize(size.isValid() ? size : widget->sizeHint());
    window.resize(widget->size());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const qreal ratio = widget->devicePixelRatioF();
    QCOMPARE(image.devicePixelRatio(), ratio);

    // Every pixel is dark, white, or the window's background: no grey edges anywhere.
    int left = image.width(), right = -1, top = image.height(), bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (isWhite(pixel) || isBlack(pixel)) {
                left = qMin(left, x);
                right = qMax(right, x);
                top = qMin(top, y);
                bottom = qMax(bottom, y);
                continue;
            }
            QVERIFY2(QColor(pixel) == background,
                     qPrintable(QStringLiteral("pixel %1,%2 is %3 at ratio %4")
                                    .arg(x)
                                    .arg(y)
                                    .arg(QColor(pixel).name())
                                    .arg(ratio)));
        }
    }
    // The code with its quiet zone is a square of whole modules.
    const int side = right - left + 1;
    QCOMPARE(bottom - top + 1, side);
    const int modules = widget->moduleCount() + 2 * QrCodeWidget::QuietZoneModules;
    QCOMPARE(side % modules, 0);
    const int modulePixels = side / modules;
    QVERIFY2(modulePixels >= 3, qPrintable(QString::number(modulePixels)));
    // Centred.
    QVERIFY(qAbs(left - (image.width() - 1 - right)) <= 1);
    QVERIFY(qAbs(top - (image.height() - 1 - bottom)) <= 1);

    // Module by module: the quiet zone is white, each module one flat colour matching the code.
    for (int my = 0; my < modules; ++my) {
        for (int mx = 0; mx < modules; ++mx) {
            const int cx = mx - QrCodeWidget::QuietZoneModules;
            const int cy = my - QrCodeWidget::QuietZoneModules;
            const bool expectDark = widget->isDark(cx, cy);
            for (int py = 0; py < modulePixels; ++py) {
                for (int px = 0; px < modulePixels; ++px) {
                    const QRgb pixel =
                        image.pixel(left + mx * modulePixels + px, top + my * modulePixels + py);
                    if (expectDark ? !isBlack(pixel) : !isWhite(pixel))
                        QFAIL(qPrintable(QStringLiteral("module %1,%2 is not flat %3")
                                             .arg(mx)
                                             .arg(my)
                                             .arg(expectDark ? QStringLiteral("dark")
                                                             : QStringLiteral("white"))));
                }
            }
        }
    }

    QString error;
    QCOMPARE(ZbarImg::decode(image, &error), Uri);
}

void tst_QrCodeWidget::accessibleNameSaysWhatItIs()
{
    QrCodeWidget widget;
    QCOMPARE(widget.accessibleName(), QStringLiteral("Setup QR code"));
    QVERIFY(widget.accessibleDescription().contains(QStringLiteral("two-factor")));
    QVERIFY(widget.hasHeightForWidth());
    QCOMPARE(widget.heightForWidth(250), 250);
}

QTEST_MAIN(tst_QrCodeWidget)
#include "tst_qrcodewidget.moc"
