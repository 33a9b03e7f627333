#include "CredentialStore.h"

#include <qt6keychain/keychain.h>

namespace {

CredentialStore::Result resultOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialStore::Result::Ok;
    case QKeychain::EntryNotFound:
        return CredentialStore::Result::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return CredentialStore::Result::KeychainUnavailable;
    default:
        return CredentialStore::Result::Failed;
    }
}

template<typename Job> Job *makeJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never write secrets to a plain file
    job->setKey(key);
    return job;
}

} // namespace

CredentialStore::CredentialStore(QString serviceName, QObject *parent)
    : QObject(parent)
    , m_serviceName(std::move(serviceName))
{}

QString CredentialStore::entryKey(const QString &serverUrl, const QString &username)
{
    QString server = serverUrl;
    while (server.endsWith(QLatin1Char('/')))
        server.chop(1);
    return server + QLatin1Char('|') + username.toLower();
}

void CredentialStore::write(const QString &serverUrl, const QString &username,
                            const QString &secret, DoneCallback done)
{
    const QString key = entryKey(serverUrl, username);
    enqueue([this, key, secret, done] {
        auto *job = makeJob<QKeychain::WritePasswordJob>(m_serviceName, key);
        job->setTextData(secret);
        connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *finished) {
            if (done)
                done(resultOf(finished->error()), finished->errorString());
            jobFinished();
        });
        job->start();
    });
}

void CredentialStore::read(const QString &serverUrl, const QString &username, ReadCallback done)
{
    const QString key = entryKey(serverUrl, username);
    enqueue([this, key, done] {
        auto *job = makeJob<QKeychain::ReadPasswordJob>(m_serviceName, key);
        connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *finished) {
            const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
            done(resultOf(finished->error()), readJob->textData(), finished->errorString());
            jobFinished();
        });
        job->start();
    });
}

void CredentialStore::remove(const QString &serverUrl, const QString &username, DoneCallback done)
{
    const QString key = entryKey(serverUrl, username);
    enqueue([this, key, done] {
        auto *job = makeJob<QKeychain::DeletePasswordJob>(m_serviceName, key);
        connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *finished) {
            // Deleting what is not there is success: the entry is gone either way.
            Result result = resultOf(finished->error());
            if (result == Result::NotFound)
                result = Result::Ok;
            if (done)
                done(result, finished->errorString());
            jobFinished();
        });
        job->start();
    });
}

void CredentialStore::enqueue(std::function<void()> job)
{
    m_queue.enqueue(std::move(job));
    if (!m_running) {
        m_running = true;
        m_queue.dequeue()();
    }
}

void CredentialStore::jobFinished()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        return;
    }
    m_queue.dequeue()();
}
