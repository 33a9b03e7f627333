#pragma once

#include "TestProxy.h"
#include "TestServer.h"

#include <QStringList>

#include <memory>

class HttpClient;

// The team deployment of issue 14 for a test: two tasklane-server instances on one database
// (TestServer::shareDataDir: one SQLite data directory, or one PostgreSQL database when
// TASKLANE_TEST_POSTGRES is set) behind TestProxy, each started with the proxy trusted and the
// proxy's https address as --issuer.
class TeamDeployment
{
public:
    explicit TeamDeployment(QStringList extraArguments = {});

    // Starts both instances and the proxy; when the proxy's port was taken in between, all
    // three again on another. False (with a QWARN) on failure.
    bool start();

    TestServer &first() { return *m_first; }
    TestServer &second() { return *m_second; }
    TestProxy &proxy() { return *m_proxy; }
    QUrl url(const QString &path = {}) const { return m_proxy->url(path); }
    QString issuer() const { return m_proxy->url().toString(); }
    // Makes `http` trust the proxy's CA (and only it) for every request.
    void trustProxy(HttpClient &http) const;

private:
    QStringList m_extraArguments;
    std::unique_ptr<TestServer> m_first;
    std::unique_ptr<TestServer> m_second;
    std::unique_ptr<TestProxy> m_proxy;
};
