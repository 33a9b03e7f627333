#pragma once

#include "ServiceClient.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

// The service clients of Administration's Service accounts tab, as the server lists them
// (newest first): name, owner, scopes, created, last used ("2 hours ago", the exact time in the
// tooltip) and the secret's state (active, the old one working until a time, revoked).
class ServiceClientModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Owner, Scopes, Created, LastUsed, Secret, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ServiceClientModel(QObject *parent = nullptr);

    void setClients(const QList<ServiceClient> &clients);
    const ServiceClient &clientAt(int row) const { return m_clients.at(row); }
    int rowOf(const QString &id) const;
    // What "now" is for relative times; the system clock unless a test sets one.
    void setNow(const QDateTime &now) { m_now = now; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The texts again in the current language (and the relative times as the clock moves on).
    void refreshTexts();

private:
    QDateTime now() const;
    QString secretText(const ServiceClient &client) const;

    QList<ServiceClient> m_clients;
    QDateTime m_now;
};
