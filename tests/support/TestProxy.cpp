#include "TestProxy.h"

#include "HttpClient.h"
#include "TestServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QRandomGenerator>
#include <QSet>
#include <QSslCertificate>
#include <QTcpServer>

TestProxy::~TestProxy()
{
    stop();
}

QStringList TestProxy::trustedProxyArguments()
{
    return {QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.3")};
}

QString TestProxy::publicUrl()
{
    while (m_port == 0) {
        const auto candidate =
            static_cast<quint16>(20000 + QRandomGenerator::global()->bounded(12000));
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, candidate))
            m_port = candidate;
    }
    m_publicUrl = QStringLiteral("https://127.0.0.1:%1").arg(m_port);
    return m_publicUrl;
}

QString TestProxy::caCertificateFile() const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("ca.crt"));
}

bool TestProxy::start(const QList<const TestServer *> &backends)
{
    const QString script = qEnvironmentVariable("TASKLANE_TEAM_PROXY");
    if (script.isEmpty()) {
        qWarning("TASKLANE_TEAM_PROXY (scripts/team-proxy.sh) is not set");
        return false;
    }
    QStringList arguments{script, m_dir.path()};
    for (const TestServer *backend : backends)
        arguments << backend->baseUrl();
    publicUrl();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TEAM_PROXY_PORT"), QString::number(m_port));
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_output.clear();
    m_process.start(QStringLiteral("bash"), arguments);
    if (!m_process.waitForStarted(10000))
        return false;
    const QByteArray ready = "proxy listening on " + m_publicUrl.toLatin1();
    // The script makes the certificates and polls /healthz through TLS: seconds, not minutes.
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && !m_output.contains(ready)) {
        if (!m_process.waitForReadyRead(100) && m_process.state() != QProcess::Running)
            break;
        m_output += m_process.readAll();
    }
    m_output += m_process.readAll();
    if (!m_output.contains(ready)) {
        qWarning("the proxy did not start: %s", m_output.constData());
        stop();
        return false;
    }
    const auto ca = QSslCertificate::fromPath(caCertificateFile());
    if (ca.size() != 1) {
        qWarning("no CA certificate in %s", qPrintable(caCertificateFile()));
        return false;
    }
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setCaCertificates(ca);
    // Ready when every instance has answered through it: the first health checks may reorder
    // the round-robin once, so tests that expect both instances start after that settled.
    HttpClient http;
    http.sslConfiguration = m_ssl;
    QSet<QByteArray> answered;
    for (int i = 0; i < 20 * backends.size() && answered.size() < backends.size(); ++i) {
        const auto reply = http.get(url(QStringLiteral("/healthz")));
        if (reply.status == 200)
            answered.insert(reply.header("X-Tasklane-Instance"));
    }
    if (answered.size() < backends.size()) {
        qWarning("only %lld of %lld instances answer through the proxy", qint64(answered.size()),
                 qint64(backends.size()));
        return false;
    }
    return true;
}

void TestProxy::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // the script stops haproxy and exits
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_output += m_process.readAll();
}
