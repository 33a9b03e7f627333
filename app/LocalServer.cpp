#include "LocalServer.h"

#include "OwnerOnlyFile.h"
#include "ProcessTie.h"
#include "ServerDataDir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

LocalServer::LocalServer(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_binary(defaultBinary())
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyRead, this, [this] {
        m_output += m_process.readAll();
        if (m_url.isValid())
            return;
        static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
        const auto match = listening.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            rememberPort(m_url.port());
            emit started(m_url);
        }
    });
    connect(&m_process, &QProcess::started, this, [this] { ProcessTie::afterStart(m_process); });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(tr("Could not start the local server (%1): %2")
                            .arg(m_binary, m_process.errorString()));
    });
    connect(
        &m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
            const bool wasUp = m_url.isValid();
            m_url.clear();
            if (m_stopping) {
                emit stopped();
                return;
            }
            if (!wasUp && m_triedPreferredPort) {
                // The port of the last run is taken: any free port will do (the keychain entry
                // of the old address then no longer matches, and the user signs in again).
                m_triedPreferredPort = false;
                launch(0);
                return;
            }
            const QString log = QString::fromUtf8(m_output).trimmed().right(500);
            emit failed(
                wasUp ? tr("The local server stopped unexpectedly (exit code %1).").arg(exitCode)
                      : tr("The local server could not start (%1): %2")
                            .arg(status == QProcess::CrashExit ? tr("crashed")
                                                               : QString::number(exitCode),
                                 log));
        });
}

LocalServer::~LocalServer()
{
    stop();
}

QString LocalServer::defaultBinary()
{
    const QString fromEnvironment = qEnvironmentVariable("TASKLANE_SERVER_BIN");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // Beside the app (installed: /usr/bin, the Windows install folder, the macOS bundle's
    // Contents/MacOS, which is applicationDirPath), or in the build tree's server/. Through
    // findExecutable, which adds the platform's suffix (tasklane-server.exe) where a file name
    // alone would not.
    const QString program = QStringLiteral("tasklane-server");
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QString besideApp = QStandardPaths::findExecutable(
        program, {appDir.path(), appDir.filePath(QStringLiteral("../server"))});
    if (!besideApp.isEmpty())
        return QFileInfo(besideApp).canonicalFilePath();
    const QString onPath = QStandardPaths::findExecutable(program);
    return onPath.isEmpty() ? program : onPath;
}

void LocalServer::start()
{
    if (m_process.state() != QProcess::NotRunning || m_adopted)
        return;
    // Owner-only: the server's database holds the tasks, and the usual umask would let every
    // local user read it.
    if (!OwnerOnlyFile::createDirectory(m_dataDir)) {
        emit failed(tr("Could not create the data folder %1.").arg(m_dataDir));
        return;
    }
    m_stopping = false;
    if (adoptRunningServer())
        return;
    // The same port as last time keeps the server's address, and with it the keychain entry
    // for silent sign-in, stable across runs.
    const int preferred = rememberedPort();
    m_triedPreferredPort = preferred > 0;
    launch(preferred);
}

bool LocalServer::adoptRunningServer()
{
    const auto running = ServerDataDir(m_dataDir).running();
    if (!running) {
        m_addressChecks = 0;
        return false;
    }
    if (!running->url.isValid()) {
        // Found while it starts: its address follows within moments.
        constexpr int MaxChecks = 50, CheckIntervalMs = 200;
        if (++m_addressChecks > MaxChecks) {
            m_addressChecks = 0;
            emit failed(tr("Another Tasklane server (process %1) is using the data folder %2 but "
                           "does not say where it listens. Stop it and try again.")
                            .arg(running->pid)
                            .arg(m_dataDir));
            return true;
        }
        QTimer::singleShot(CheckIntervalMs, this, &LocalServer::start);
        return true;
    }
    m_addressChecks = 0;
    m_adopted = true;
    m_url = running->url;
    QTimer::singleShot(0, this, [this, url = m_url] {
        if (m_adopted && m_url == url)
            emit started(url);
    });
    return true;
}

void LocalServer::launch(int port)
{
    m_output.clear();
    m_url.clear();
    ProcessTie::beforeStart(m_process);
    m_process.start(m_binary, {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:") + QString::number(port),
                               QStringLiteral("--exit-with-stdin")});
}

QString LocalServer::portFile() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("app-port"));
}

int LocalServer::rememberedPort() const
{
    QFile file(portFile());
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const int port = file.readAll().trimmed().toInt(&ok);
    return ok && port > 0 && port < 65536 ? port : 0;
}

void LocalServer::rememberPort(int port)
{
    QFile file(portFile());
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QByteArray::number(port) + '\n');
}

void LocalServer::stop()
{
    if (m_adopted) {
        // Not ours: it ends with the app that started it.
        m_adopted = false;
        m_url.clear();
        emit stopped();
        return;
    }
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.closeWriteChannel();
    if (m_process.waitForFinished(5000))
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(2000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void LocalServer::runCli(const QStringList &arguments, const QByteArray &input,
                         std::function<void(int, const QString &, const QString &)> done)
{
    auto *process = new QProcess(this);
    connect(process, &QProcess::finished, this,
            [process, done](int exitCode, QProcess::ExitStatus status) {
                done(status == QProcess::NormalExit ? exitCode : -1,
                     QString::fromUtf8(process->readAllStandardOutput()),
                     QString::fromUtf8(process->readAllStandardError()));
                process->deleteLater();
            });
    connect(process, &QProcess::errorOccurred, this, [process, done](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        done(-1, {}, process->errorString());
        process->deleteLater();
    });
    process->start(m_binary, QStringList{QStringLiteral("--data-dir"), m_dataDir} + arguments);
    process->write(input);
    process->closeWriteChannel();
}

void LocalServer::createAdministrator(const QString &username, const QString &email,
                                      const QString &password, Done done)
{
    runCli({QStringLiteral("user"), QStringLiteral("add"), username, QStringLiteral("--email"),
            email, QStringLiteral("--admin"), QStringLiteral("--password-stdin")},
           password.toUtf8() + '\n', [done](int exitCode, const QString &, const QString &err) {
               QString message = err.trimmed();
               message.remove(QStringLiteral("tasklane-server: "));
               done(exitCode == 0, message);
           });
}

void LocalServer::hasAccounts(std::function<void(bool)> done)
{
    runCli({QStringLiteral("user"), QStringLiteral("list")}, {},
           [done](int exitCode, const QString &out, const QString &) {
               done(exitCode == 0 && out.trimmed().count(QLatin1Char('\n')) >= 1);
           });
}
