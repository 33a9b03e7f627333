#pragma once

#include "SqlRow.h"

#include "User.h"

#include <QList>
#include <optional>

class Database;

class UserStore
{
public:
    explicit UserStore(Database &db);

    // Throws StoreError; returns nullopt when the username is taken.
    std::optional<User> create(const User &user, const QString &passwordHash,
                               bool mustChangePassword = false);
    std::optional<User> findById(const QString &id);
    std::optional<User> findByUsername(const QString &username);
    QString passwordHash(const QString &userId);
    QList<User> list();
    void setPasswordHash(const QString &userId, const QString &passwordHash);
    // Replaces the hash only if it is still `oldHash` (a re-hash at sign-in must not undo a
    // change of password made meanwhile); false when it was not.
    bool replacePasswordHash(const QString &userId, const QString &oldHash, const QString &newHash);
    // A new password and whether it must be changed at the next sign-in (a one-time password an
    // administrator handed out: true; one the user chose: false).
    void setPassword(const QString &userId, const QString &passwordHash, bool mustChange);
    bool mustChangePassword(const QString &userId);
    void setRole(const QString &userId, UserRole role);
    void setDisabled(const QString &userId, bool disabled);
    // Inside a transaction: makes concurrent read-then-write work on one account (count, then
    // insert) wait for each other until the transaction ends. A no-op write: it takes SQLite's
    // write lock up front, and the user's row lock in PostgreSQL.
    void lockForUpdate(const QString &userId);
    // Inside a transaction, before counting them: the enabled administrators' rows stay locked
    // until it ends, so two administrators disabling each other at once cannot both see the
    // other one left (the last-admin guard).
    void lockEnabledAdmins();
    int countEnabledAdmins();
    int count();

    static User fromRow(const SqlRow &row, int firstColumn = 0);
    static QString columns(const QString &alias = {});
    static constexpr int ColumnCount = 7; // of columns(), in the order fromRow() reads them

private:
    Database &m_db;
};
