#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One entry of the administrators' audit log, as GET /v1/admin/audit lists it (docs/api.md
// 12.8): who did what to whom, when and from where, put into plain words.
struct AuditLogEntry
{
    QString id;
    QDateTime occurredAt;
    QString adminId; // empty: done on the server's command line
    QString adminUsername;
    QString action; // "user.revoke_all", ...
    QString targetUserId;
    QString targetUsername;
    QJsonObject details;
    QString ip;
    QString userAgent;

    // A service client's own use (docs/api.md 12.8a) has no adminId either: its actor is
    // "service:<name>", shown as it is.
    bool byCommandLine() const
    {
        return adminId.isEmpty() && !adminUsername.startsWith(QLatin1String("service:"));
    }
    // The administrator's user name, or "Command line".
    QString adminText() const;
    // "Revoked everything", "Reset two-factor"; an unknown action as the server wrote it.
    QString title() const;
    // The details in a sentence ("2 sessions and 1 token revoked", "“Laptop”"); may be empty.
    QString detailText() const;

    QJsonObject toJson() const;
    static AuditLogEntry fromJson(const QJsonObject &object);

    // The actions the server documents, in the order of docs/api.md 12.8 and 12.8a.
    static QStringList knownActions();

    friend bool operator==(const AuditLogEntry &, const AuditLogEntry &) = default;

    // tr() under the context "AuditLogEntry", so lupdate finds these texts (and free functions
    // of the .cpp call AuditLogEntry::tr).
    Q_DECLARE_TR_FUNCTIONS(AuditLogEntry)
};
