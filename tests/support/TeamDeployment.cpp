#include "TeamDeployment.h"

#include "HttpClient.h"

TeamDeployment::TeamDeployment(QStringList extraArguments)
    : m_extraArguments(std::move(extraArguments))
{}

bool TeamDeployment::start()
{
    for (int attempt = 1; attempt <= 3; ++attempt) {
        // The second runs on the first's data directory: stopped first.
        m_proxy.reset();
        m_second.reset();
        m_first.reset();
        m_proxy = std::make_unique<TestProxy>();
        const QStringList arguments = m_extraArguments + TestProxy::trustedProxyArguments() +
                                      QStringList{QStringLiteral("--issuer"), m_proxy->publicUrl()};
        m_first = std::make_unique<TestServer>(arguments);
        m_second = std::make_unique<TestServer>(arguments);
        m_second->shareDataDir(m_first->dataDir());
        if (!m_first->start() || !m_second->start())
            return false;
        if (m_proxy->start({m_first.get(), m_second.get()}))
            return true;
        if (!m_proxy->portTaken())
            return false;
        qWarning("port of %s taken meanwhile; starting again", qPrintable(issuer()));
    }
    return false;
}

void TeamDeployment::trustProxy(HttpClient &http) const
{
    http.sslConfiguration = m_proxy->sslConfiguration();
}
