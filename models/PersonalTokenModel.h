#pragma once

#include "PersonalToken.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QMetaType>

#include <functional>

// The account's personal access tokens, one row each, in the order given (the server lists
// the newest first). Times read "3 days ago" (the exact time in the tooltip), a token that was
// never used says so, and expired tokens say "Expired …" and answer ExpiredRole, so a view can
// grey them out.
class PersonalTokenModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Scopes, Created, LastUsed, Expires, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, // QString
        TokenRole,                 // the whole PersonalToken
        SortRole,                  // a value that sorts the column sensibly (times as msecs)
        ExpiredRole,               // bool
    };
    Q_ENUM(Role)

    using Clock = std::function<QDateTime()>;

    explicit PersonalTokenModel(QObject *parent = nullptr);
    ~PersonalTokenModel() override;

    // What "now" is for relative times and expiry; the system clock unless a test sets one.
    void setClock(Clock clock);
    QDateTime now() const;

    void setTokens(QList<PersonalToken> tokens);
    void clear();
    // Updates the token with this id in place, or inserts it at the top. Returns its row.
    int upsert(const PersonalToken &token);
    // Removes the token with this id; false if there was none.
    bool removeToken(const QString &id);

    const PersonalToken &tokenAt(int row) const; // row must be valid
    int rowOf(const QString &id) const;          // -1 when absent
    QList<PersonalToken> tokens() const { return m_tokens; }
    // Tokens that count against the limit: not expired (revoked ones are never listed).
    int activeCount() const;
    bool limitReached() const { return activeCount() >= PersonalToken::MaxActive; }
    bool containsName(const QString &name) const;

    // The relative times ("5 minutes ago") and expiry age as the clock moves on: tells views
    // that every time column changed.
    void refreshTimes();

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // The number of active tokens changed (rows came or went, or one expired on refreshTimes()).
    void activeCountChanged(int active);

private:
    QVariant displayData(const PersonalToken &token, int column, const QDateTime &now) const;
    QVariant toolTipData(const PersonalToken &token, int column, const QDateTime &now) const;
    void noteActiveCount();

    QList<PersonalToken> m_tokens;
    Clock m_clock;
    int m_lastActiveCount = 0;
};

Q_DECLARE_METATYPE(PersonalToken)
