#include "TasklaneExtras.h"

#include <QPrintDialog>
#include <QPrinter>

#include <qrcodegen.hpp>

#include <stdexcept>

bool TasklaneExtras::encodeQr(const QByteArray &utf8, int *size, QVector<bool> *modules) const
{
    try {
        const qrcodegen::QrCode code =
            qrcodegen::QrCode::encodeText(utf8.constData(), qrcodegen::QrCode::Ecc::MEDIUM);
        const int side = code.getSize();
        modules->resize(qsizetype(side) * side);
        for (int y = 0; y < side; ++y) {
            for (int x = 0; x < side; ++x)
                (*modules)[y * side + x] = code.getModule(x, y);
        }
        *size = side;
        return true;
    } catch (const std::length_error &) {
        *size = 0;
        modules->clear();
        return false;
    }
}

std::unique_ptr<QPagedPaintDevice> TasklaneExtras::createPrinter() const
{
    return std::make_unique<QPrinter>(QPrinter::HighResolution);
}

QDialog *TasklaneExtras::createPrintDialog(QPagedPaintDevice *printer, const QString &documentName,
                                           QWidget *parent) const
{
    // Only createPrinter() makes the printers handed back here.
    auto *qprinter = static_cast<QPrinter *>(printer);
    qprinter->setDocName(documentName);
    return new QPrintDialog(qprinter, parent);
}
