#pragma once

#include "SignedInSession.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QMetaType>

#include <functional>

// The account's signed-in devices, one row each, in the order given (the server lists the most
// recently active first). The session of this app says "This device" in its Device cell and
// answers CurrentRole, so a view can make it stand out; user agents are summarised ("Firefox
// 128 on Linux", the full header in the tooltip), times read "5 minutes ago", and the Ends
// column says when the server will end the session ("in 30 days"; docs/api.md 12.5).
class SessionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Device, Client, IpAddress, Software, SignedIn, LastActive, Ends, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, // QString
        SessionRole,               // the whole SignedInSession
        SortRole,                  // a value that sorts the column sensibly (times as msecs)
        CurrentRole,               // bool: this app's own session
    };
    Q_ENUM(Role)

    using Clock = std::function<QDateTime()>;

    explicit SessionModel(QObject *parent = nullptr);
    ~SessionModel() override;

    void setClock(Clock clock);
    QDateTime now() const;

    void setSessions(QList<SignedInSession> sessions);
    void clear();
    // Removes the session with this id; false if there was none.
    bool removeSession(const QString &id);
    // Removes every session but the current one (after "Sign out all other sessions").
    void removeOthers();

    const SignedInSession &sessionAt(int row) const; // row must be valid
    int rowOf(const QString &id) const;              // -1 when absent
    QList<SignedInSession> sessions() const;
    int currentRow() const; // -1 when this app's session is not listed
    int otherCount() const;

    // The relative times as the clock moves on.
    void refreshTimes();

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        SignedInSession session;
        QString softwareText; // UserAgentText::summary(userAgent), computed once
    };

    static Row makeRow(SignedInSession session);
    QVariant displayData(const Row &row, int column, const QDateTime &now) const;
    QVariant toolTipData(const Row &row, int column) const;

    QList<Row> m_rows;
    Clock m_clock;
};

Q_DECLARE_METATYPE(SignedInSession)
