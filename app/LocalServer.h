#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

#include <functional>

// "Use a server on this computer": runs tasklane-server with QProcess on a free loopback port,
// with SQLite in the app's data directory, and stops it when the app exits.
class LocalServer : public QObject
{
    Q_OBJECT
public:
    explicit LocalServer(QString dataDir, QObject *parent = nullptr);
    ~LocalServer() override;

    // TASKLANE_SERVER_BIN, else tasklane-server next to the app, else on PATH.
    static QString defaultBinary();
    void setBinary(const QString &binary) { m_binary = binary; }
    QString binary() const { return m_binary; }
    QString dataDir() const { return m_dataDir; }

    void start();
    // Stops with SIGTERM (the server closes its database cleanly) and waits briefly.
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running && m_url.isValid(); }
    QUrl url() const { return m_url; }

    using Done = std::function<void(bool ok, const QString &error)>;
    // The first account on a new server, created with the server's own CLI (an administrator).
    void createAdministrator(const QString &username, const QString &email, const QString &password,
                             Done done);
    // Whether the server's database has any account yet (`user list`).
    void hasAccounts(std::function<void(bool any)> done);

signals:
    void started(const QUrl &url);
    void failed(const QString &message);
    void stopped();

private:
    void launch(int port);
    QString portFile() const;
    int rememberedPort() const;
    void rememberPort(int port);
    void runCli(const QStringList &arguments, const QByteArray &input,
                std::function<void(int exitCode, const QString &out, const QString &err)> done);

    QString m_dataDir;
    QString m_binary;
    QProcess m_process;
    QByteArray m_output;
    QUrl m_url;
    bool m_stopping = false;
    bool m_triedPreferredPort = false; // this launch uses the port of the last run
};
