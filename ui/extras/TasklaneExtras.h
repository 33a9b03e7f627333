#pragma once

#include "ExtrasInterface.h"

#include <QObject>

// The extras module's one object: see ExtrasInterface.
class TasklaneExtras : public QObject, public ExtrasInterface
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TasklaneExtrasInterface_iid)
    Q_INTERFACES(ExtrasInterface)

public:
    bool encodeQr(const QByteArray &utf8, int *size, QVector<bool> *modules) const override;
    std::unique_ptr<QPagedPaintDevice> createPrinter() const override;
    QDialog *createPrintDialog(QPagedPaintDevice *printer, const QString &documentName,
                               QWidget *parent) const override;
};
