#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>
#include <QtPlugin>

#include <memory>

class QDialog;
class QPagedPaintDevice;
class QWidget;

// What the "extras" module (ui/extras, loaded by ExtrasModule on first use) does for the app:
// the features a session rarely needs whose libraries would otherwise be mapped and relocated
// at every start (Qt Print Support with its CUPS backend; qrcodegen). The app sees only this
// interface and Qt types it links anyway.
class ExtrasInterface
{
public:
    virtual ~ExtrasInterface() = default;

    // QR code of `utf8` at error correction level M: `size` modules per side and the modules
    // row-major (true = dark). False when the text is longer than any QR code holds.
    virtual bool encodeQr(const QByteArray &utf8, int *size, QVector<bool> *modules) const = 0;

    // A printer (a QPrinter at high resolution) for createPrintDialog() and for painting on.
    virtual std::unique_ptr<QPagedPaintDevice> createPrinter() const = 0;
    // The platform's print dialog (a QPrintDialog) for a printer made by createPrinter(), whose
    // document name (what a print queue shows) becomes `documentName`; the dialog's
    // QDialog::accepted() says the printer is set up.
    virtual QDialog *createPrintDialog(QPagedPaintDevice *printer, const QString &documentName,
                                       QWidget *parent) const = 0;
};

// The version part changes with any change above: an older module is refused, not called.
#define TasklaneExtrasInterface_iid "org.tasklane.Tasklane.Extras/1"
Q_DECLARE_INTERFACE(ExtrasInterface, TasklaneExtrasInterface_iid)
