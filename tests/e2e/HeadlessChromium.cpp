#include "HeadlessChromium.h"

#include "HttpClient.h"
#include "ProcessSignals.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

namespace {

QString quoted(const QString &argument)
{
    // QProcess::splitCommand's quoting: a literal quote inside quotes is written three times.
    QString escaped = argument;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

HeadlessChromium::HeadlessChromium()
    : m_executable(executable())
{
    if (!m_state.isValid())
        m_error = QStringLiteral("could not create a temporary folder: ") + m_state.errorString();
    else if (m_executable.isEmpty())
        m_error = QStringLiteral("chromium is not installed (scripts/install-deps.sh installs it)");
    else
        QDir(m_state.path()).mkpath(QStringLiteral("profile"));
}

HeadlessChromium::~HeadlessChromium()
{
    stop();
}

QString HeadlessChromium::executable()
{
    return QStandardPaths::findExecutable(QStringLiteral("chromium"));
}

bool HeadlessChromium::isValid() const
{
    return m_error.isEmpty();
}

QString HeadlessChromium::profileDir() const
{
    return m_state.filePath(QStringLiteral("profile"));
}

QString HeadlessChromium::command() const
{
    // The launcher watches this process, so the browser does not outlive a test that crashed.
    QStringList arguments{quoted(QStringLiteral(TASKLANE_E2E_LAUNCHER)), quoted(m_state.path()),
                          QString::number(QCoreApplication::applicationPid()),
                          quoted(m_executable)};
    // TASKLANE_E2E_HEADED=1 shows the window, to watch a run on a desktop.
    if (qEnvironmentVariableIntValue("TASKLANE_E2E_HEADED") == 0)
        arguments << QStringLiteral("--headless");
    // Nothing but the pages under test goes over the network: no updates, sync, or QUIC probes.
    arguments << QStringLiteral("--no-sandbox") << QStringLiteral("--disable-gpu")
              << QStringLiteral("--disable-background-networking")
              << QStringLiteral("--disable-component-update") << QStringLiteral("--disable-sync")
              << QStringLiteral("--no-first-run") << QStringLiteral("--disable-quic")
              << quoted(QStringLiteral("--user-data-dir=") + profileDir())
              << QStringLiteral("--remote-debugging-port=0");
    return arguments.join(QLatin1Char(' '));
}

qint64 HeadlessChromium::browserPid() const
{
    QFile file(m_state.filePath(QStringLiteral("pid")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

bool HeadlessChromium::wasLaunched() const
{
    return browserPid() > 0;
}

bool HeadlessChromium::waitForDevTools(int timeoutMs)
{
    // Chromium writes "PORT\n/devtools/browser/<id>" once it listens; with port 0 this is the
    // only place to learn the port.
    const QString portFile = QDir(profileDir()).filePath(QStringLiteral("DevToolsActivePort"));
    return QTest::qWaitFor(
        [this, &portFile] {
            QFile file(portFile);
            if (!file.open(QIODevice::ReadOnly))
                return false;
            const QList<QByteArray> lines = file.readAll().split('\n');
            bool ok = false;
            const uint port = lines.value(0).trimmed().toUInt(&ok);
            if (!ok || port == 0 || port > 65535 || lines.size() < 2)
                return false;
            m_port = quint16(port);
            return true;
        },
        timeoutMs);
}

QList<HeadlessChromium::Target> HeadlessChromium::targets()
{
    QList<Target> result;
    if (m_port == 0)
        return result;
    HttpClient http;
    const auto reply = http.get(QUrl(QStringLiteral("http://127.0.0.1:%1/json/list").arg(m_port)));
    if (reply.status != 200)
        return result;
    const QJsonArray list = QJsonDocument::fromJson(reply.body).array();
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        result.append({object.value(QStringLiteral("id")).toString(),
                       object.value(QStringLiteral("type")).toString(),
                       QUrl(object.value(QStringLiteral("url")).toString()),
                       QUrl(object.value(QStringLiteral("webSocketDebuggerUrl")).toString())});
    }
    return result;
}

HeadlessChromium::Target
HeadlessChromium::waitForPage(const std::function<bool(const QUrl &)> &matches, int timeoutMs)
{
    Target found;
    const bool appeared = QTest::qWaitFor(
        [this, &matches, &found] {
            const QList<Target> list = targets();
            for (const Target &target : list) {
                if (target.type == QLatin1String("page") && matches(target.url) &&
                    target.webSocketDebuggerUrl.isValid()) {
                    found = target;
                    return true;
                }
            }
            QTest::qWait(100); // between two HTTP round trips
            return false;
        },
        timeoutMs);
    return appeared ? found : Target();
}

QString HeadlessChromium::logTail(int lines) const
{
    QFile file(m_state.filePath(QStringLiteral("browser.log")));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no browser log)");
    // Without a system bus Chromium complains about D-Bus at every turn; that is not news.
    QStringList kept;
    const QList<QByteArray> all = file.readAll().split('\n');
    for (const QByteArray &line : all) {
        if (!line.trimmed().isEmpty() && !line.contains("dbus/"))
            kept.append(QString::fromUtf8(line));
    }
    return kept.mid(std::max<qsizetype>(0, kept.size() - lines)).join(QLatin1Char('\n'));
}

QList<qint64> HeadlessChromium::profileProcesses() const
{
    // Every Chromium process of this profile (browser, zygotes, renderers, utilities, and the
    // launcher) carries the profile in its command line; nothing else on the machine does.
    // Chromium rewrites its process title, so the arguments may be separated by spaces rather
    // than NULs.
    const QByteArray marker = QByteArrayLiteral("--user-data-dir=") + profileDir().toUtf8();
    QList<qint64> result;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray arguments = cmdline.readAll();
        for (qsizetype at = arguments.indexOf(marker); at >= 0;
             at = arguments.indexOf(marker, at + 1)) {
            const qsizetype end = at + marker.size();
            if (end == arguments.size() || arguments.at(end) == '\0' || arguments.at(end) == ' ') {
                result.append(pid);
                break;
            }
        }
    }
    return result;
}

void HeadlessChromium::stop()
{
    if (profileProcesses().isEmpty())
        return;
    // Asked politely, the browser ends its helper processes itself (and the launcher follows).
    const qint64 browser = browserPid();
    if (browser > 0 && profileProcesses().contains(browser))
        ProcessSignals::terminate(browser);
    if (QTest::qWaitFor([this] { return profileProcesses().isEmpty(); }, 15000))
        return;
    const QList<qint64> left = profileProcesses();
    for (qint64 pid : left)
        ProcessSignals::kill(pid);
    if (!QTest::qWaitFor([this] { return profileProcesses().isEmpty(); }, 15000))
        qWarning("Chromium processes of %s survived SIGKILL", qPrintable(profileDir()));
}
