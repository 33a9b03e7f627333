// Benchmark (not a test): a signed-in start. tasklane starts with a refresh token already in
// the keychain (a real Secret Service: run under scripts/with-test-session.sh) and the last
// server and user in its settings, against a local tasklane-server holding N tasks; the clock
// runs from QProcess::start() to the app printing "first page of tasks shown" (the silent
// sign-in, the first GET /v1/tasks page in the table, painted). Next to it, in the same rounds:
// the cold start to the welcome page (fresh profile) and a bare QMainWindow + QTableView.
//
// The profile is set up the way a user leaves it: this program signs in through the app's own
// AppContext (SessionManager, CredentialStore, QSettings) with the server's HTML form, so the
// keychain entry and the settings are the ones tasklane reads. Each signed-in start refreshes
// the token and stores the new one, as every start does; the next round uses that one.
//
// Usage: tasklane-bench-signedin TASKLANE_BIN BARE_BIN [ROUNDS [TASK_COUNT...]]
//        (defaults: 9 rounds; 1000 and 10000 tasks)
#include "AppContext.h"
#include "AppSignIn.h"
#include "AppStart.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "SessionManager.h"
#include "SignedInDevice.h"
#include "TestServer.h"

#include <QDate>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>

namespace {

const QString Username = QStringLiteral("bench");
const QString Password = QStringLiteral("correct horse battery staple 42");

// COUNT tasks like a real list (notes on some, labels, a due date on two in three), created
// through the API with a token of their own.
bool seedTasks(const TestServer &server, int count)
{
    HttpClient http;
    OAuthTestClient client(server);
    client.deviceName = QStringLiteral("Benchmark seeding");
    const SignedInDevice device = SignedInDevice::signIn(client, Username, Password, server, http);
    if (device.sessionId.isEmpty())
        return false;
    const QStringList statuses = {QStringLiteral("open"), QStringLiteral("in_progress"),
                                  QStringLiteral("done")};
    for (int i = 1; i <= count; ++i) {
        QJsonObject task{
            {QStringLiteral("title"), QStringLiteral("Benchmark task %1").arg(i)},
            {QStringLiteral("status"), statuses.at(i % 3)},
            {QStringLiteral("priority"), i % 4 + 1},
            {QStringLiteral("labels"),
             QJsonArray{QStringLiteral("bench"), QStringLiteral("batch-%1").arg(i % 5)}}};
        if (i % 2)
            task.insert(QStringLiteral("notes"),
                        QStringLiteral("Seeded by the benchmark; a sentence or two of notes."));
        if (i % 3)
            task.insert(QStringLiteral("dueDate"),
                        QDate(2031, i % 12 + 1, i % 28 + 1).toString(Qt::ISODate));
        const HttpClient::Reply reply = http.postJson(server.url(QStringLiteral("/v1/tasks")), task,
                                                      HttpClient::bearer(device.accessToken));
        if (reply.status != 201) {
            std::fprintf(stderr, "POST /v1/tasks answered %d: %s\n", reply.status,
                         reply.body.constData());
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // This process writes the signed-in profile (settings and keychain entry) for tasklane to
    // read: the same HOME and XDG directories, set before anything reads them.
    QTemporaryDir signedInHome;
    const QProcessEnvironment signedInEnv = AppStart::environment(signedInHome.path());
    for (const QString &name : {QStringLiteral("HOME"), QStringLiteral("XDG_CONFIG_HOME"),
                                QStringLiteral("XDG_DATA_HOME"), QStringLiteral("QT_QPA_PLATFORM")})
        qputenv(name.toUtf8().constData(), signedInEnv.value(name).toUtf8());

    QGuiApplication app(argc, argv);
    // The app's own objects sign in here; their debug log is not the benchmark's output.
    QLoggingCategory::setFilterRules(QStringLiteral("tasklane.*.debug=false"));
    // As tasklane's main() names itself, so QSettings is its file.
    QCoreApplication::setOrganizationName(QStringLiteral("Tasklane"));
    QCoreApplication::setApplicationName(QStringLiteral("tasklane"));
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: %s TASKLANE_BIN BARE_BIN [ROUNDS [TASK_COUNT...]]\n", argv[0]);
        return 2;
    }
    const int rounds = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 9;
    QList<int> counts;
    for (qsizetype i = 4; i < args.size(); ++i)
        counts.append(std::max(1, args.at(i).toInt()));
    if (counts.isEmpty())
        counts = {1000, 10000};

    std::printf("signed-in start to the first page of tasks shown (offscreen), median (min-max) "
                "of %d alternating starts\n",
                rounds);
    for (const int count : counts) {
        TestServer server(TestServer::highRateLimits());
        if (!server.start() || !server.createUser(Username, Password)) {
            std::fprintf(stderr, "the server did not start:\n%s\n", server.output().constData());
            return 1;
        }
        std::printf("\n%d tasks on a local tasklane-server (seeding...)\n", count);
        std::fflush(stdout);
        if (!seedTasks(server, count))
            return 1;
        {
            AppContext context; // the app's defaults: profile "default", keychain "Tasklane"
            if (!AppSignIn::throughBrowser(*context.session(), server.url(), Username, Password,
                                           60000)) {
                std::fprintf(stderr, "the app's sign-in failed\n");
                return 1;
            }
            context.setServerIsLocal(false);
            context.setLastServerUrl(server.url());
            context.setLastUsername(Username);
        }

        QList<double> bare;
        QList<double> cold;
        QList<double> signedIn;
        for (int round = -1; round < rounds; ++round) { // round -1: unmeasured, warms the disk
            QTemporaryDir homeBare;
            QTemporaryDir homeCold;
            const double b = AppStart::timeToLine(
                args.at(2), {}, AppStart::environment(homeBare.path()), "main window shown");
            const double c = AppStart::timeToLine(
                args.at(1), {}, AppStart::environment(homeCold.path()), "main window shown");
            const double s =
                AppStart::timeToLine(args.at(1), {}, signedInEnv, "first page of tasks shown");
            if (b < 0 || c < 0 || s < 0)
                return 1;
            if (round < 0)
                continue;
            bare.append(b);
            cold.append(c);
            signedIn.append(s);
        }
        std::printf("  bare QMainWindow + QTableView, window shown:   %s\n",
                    qPrintable(AppStart::summary(bare)));
        std::printf("  tasklane cold start, welcome page shown:       %s\n",
                    qPrintable(AppStart::summary(cold)));
        std::printf("  tasklane signed in, first page of tasks shown: %s\n",
                    qPrintable(AppStart::summary(signedIn)));
        std::printf("  ratio signed-in / bare: %.2f, signed-in / cold start: %.2f\n",
                    AppStart::median(signedIn) / AppStart::median(bare),
                    AppStart::median(signedIn) / AppStart::median(cold));
        std::fflush(stdout);
    }
    return 0;
}
