#pragma once

#include "Passkey.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <functional>

// The account's passkeys, one row each in the server's order (oldest first): the name, when it
// was added and when it last signed in, as "5 minutes ago" with the exact time in the tooltip.
class PasskeyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Added, LastUsed, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, // QString
        PasskeyRole,               // the whole Passkey
        SortRole,                  // times as msecs, names as text
    };
    Q_ENUM(Role)

    using Clock = std::function<QDateTime()>;

    explicit PasskeyModel(QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const;

    void setPasskeys(QList<Passkey> passkeys);
    void clear();
    // Removes the passkey with this id; false if there was none.
    bool removePasskey(const QString &id);
    int rowOf(const QString &id) const; // -1 when absent
    const Passkey &passkeyAt(int row) const { return m_passkeys.at(row); }
    // The relative times as the clock moves on.
    void refreshTimes();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Passkey> m_passkeys;
    Clock m_clock;
};
