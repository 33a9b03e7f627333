#pragma once

#include <QList>
#include <QProcess>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QUrl>

class TestServer;

// HAProxy terminating TLS in front of running TestServers, as a team deploys them: started by
// scripts/team-proxy.sh (TASKLANE_TEAM_PROXY, set by CMake), which makes a throw-away CA and a
// certificate for 127.0.0.1 in a temporary directory, picks a free port (retrying on a clash),
// balances round-robin without stickiness, appends X-Forwarded-For, health-checks /healthz,
// and connects to the instances from 127.0.0.3 (trustedProxyArguments()). Stopped with SIGTERM
// when the object goes away.
class TestProxy
{
public:
    TestProxy() = default;
    ~TestProxy();
    TestProxy(const TestProxy &) = delete;
    TestProxy &operator=(const TestProxy &) = delete;

    // What an instance behind this proxy is started with: the proxy's address is trusted for
    // X-Forwarded-For (and nothing else on this machine is).
    static QStringList trustedProxyArguments();

    // Before the instances start: the address the proxy will serve on, so the instances can be
    // given --issuer https://127.0.0.1:PORT. The port is picked once, free when picked, from
    // below Linux's ephemeral range (where port-0 listeners of parallel tests get theirs).
    QString publicUrl();

    // Starts in front of `backends` (running) and waits until it serves; false with a QWARN.
    // portTaken() then says whether the port was taken meanwhile (start again on another:
    // TeamDeployment does).
    bool start(const QList<const TestServer *> &backends);
    bool portTaken() const { return m_output.contains("Address already in use"); }
    void stop();

    QUrl url(const QString &path = {}) const { return QUrl(m_publicUrl + path); }
    // Trusts the test CA only (no system CAs, no ignored errors): for every request through it.
    QSslConfiguration sslConfiguration() const { return m_ssl; }
    QString caCertificateFile() const;
    QByteArray output() const { return m_output; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_output;
    QString m_publicUrl;
    quint16 m_port = 0;
    QSslConfiguration m_ssl;
};
