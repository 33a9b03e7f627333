#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

#include <functional>

// "Use a server on this computer": runs tasklane-server with QProcess on a free loopback port,
// with SQLite in the app's data directory, and stops it when the app exits. The server also ends
// when the app is killed (its standard input closes, and ProcessTie), and a server still serving
// the directory (another instance of the app started it) is used rather than joined by a second.
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
    // Closes the server's standard input (it stops cleanly at end of file), then SIGTERM, then
    // kill, waiting briefly for each. A server this app did not start is left running.
    void stop();
    bool isRunning() const
    {
        return (m_adopted || m_process.state() == QProcess::Running) && m_url.isValid();
    }
    // Whether the running server was found serving the directory rather than started here.
    bool isAdopted() const { return m_adopted; }
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
    // Uses a server found serving the directory; false when there is none.
    bool adoptRunningServer();
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
    bool m_adopted = false;
    int m_addressChecks = 0;           // a found server that has not published its address yet
    bool m_triedPreferredPort = false; // this launch uses the port of the last run
};
