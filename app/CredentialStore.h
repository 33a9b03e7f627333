#pragma once

#include <QObject>
#include <QQueue>
#include <QString>

#include <functional>

// Refresh tokens and personal access tokens, in the OS keychain only (QtKeychain; on Linux
// the Secret Service). One entry per server and account. There is no plaintext fallback: when
// no keychain answers, callers are told and the user signs in for this run only.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Result { Ok, NotFound, KeychainUnavailable, Failed };

    explicit CredentialStore(QString serviceName = QStringLiteral("Tasklane"),
                             QObject *parent = nullptr);

    static QString entryKey(const QString &serverUrl, const QString &username);

    using ReadCallback = std::function<void(Result, const QString &secret, const QString &error)>;
    using DoneCallback = std::function<void(Result, const QString &error)>;

    void write(const QString &serverUrl, const QString &username, const QString &secret,
               DoneCallback done = {});
    void read(const QString &serverUrl, const QString &username, ReadCallback done);
    void remove(const QString &serverUrl, const QString &username, DoneCallback done = {});

private:
    // QtKeychain 0.13 jobs are run one at a time; a queue keeps callers from caring.
    void enqueue(std::function<void()> job);
    void jobFinished();

    QString m_serviceName;
    QQueue<std::function<void()>> m_queue;
    bool m_running = false;
};
