#pragma once

#include <QImage>
#include <QString>
#include <QVector>
#include <QWidget>

// Shows text (an otpauth:// URI) as a QR code an authenticator app can scan from the screen:
// dark modules on white whatever the theme (scanners expect dark on light), the 4-module quiet
// zone of ISO/IEC 18004, square, every module a whole number of device pixels so the edges stay
// sharp at any devicePixelRatio. Error correction level M. Holds the encoded text, which may be
// secret: it is never logged.
class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int QuietZoneModules = 4;

    explicit QrCodeWidget(QWidget *parent = nullptr);

    // Encodes `text`; an empty text (or one too long for any QR code) shows nothing.
    void setText(const QString &text);
    QString text() const { return m_text; }
    bool isEmpty() const { return m_size == 0; }
    // Modules per side without the quiet zone; 0 when empty.
    int moduleCount() const { return m_size; }
    bool isDark(int x, int y) const;
    // Why there is no code for a non-empty text, when the QR encoder could not be loaded
    // (shown in the widget instead of the code); empty otherwise.
    QString errorText() const { return m_error; }

    // The code with its quiet zone, `moduleSize` pixels per module, dark on white: for saving
    // and for tests. Null when empty.
    QImage toImage(int moduleSize) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslateUi();
    int sideInModules() const { return m_size + 2 * QuietZoneModules; }

    QString m_text;
    int m_size = 0;
    QVector<bool> m_modules; // row-major, m_size * m_size
    QString m_error;
};
