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
//        (defaults: 9 rounds; 1,000, 10,000 and 100,000 tasks)
#include "AppContext.h"
#include "AppSignIn.h"
#include "AppStart.h"
#include "JsonTime.h"
#include "SessionManager.h"
#include "Task.h"
#include "TestDatabase.h"
#include "TestServer.h"

#include <QDate>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

namespace {

const QString Username = QStringLiteral("bench");
const QString Password = QStringLiteral("correct horse battery staple 42");

// COUNT tasks like a real list (notes on some, labels, a due date on two in three), written
// straight into the server's database before it starts: the rows TaskStore::insert writes (the
// API's JSON of each task included, as the listing splices it), in one transaction of multi-row
// INSERTs, so 100,000 tasks take seconds instead of 100,000 POSTs. The same statements run on
// SQLite and PostgreSQL (TestDatabase takes the engine of the run).
bool seedTasks(const TestServer &server, int count)
{
    TestDatabase db(server);
    const QString ownerId =
        db.value(QStringLiteral("SELECT id FROM users WHERE username = ?"), {Username}).toString();
    if (!db.isOpen() || ownerId.isEmpty())
        return false;
    const QList<TaskStatus> statuses = {TaskStatus::Open, TaskStatus::InProgress, TaskStatus::Done};
    // Newest last, a millisecond apart, so every sort order of the list is fixed.
    const qint64 firstMs = QDateTime::currentMSecsSinceEpoch() - count;
    constexpr int RowsPerStatement = 500; // 13 values a row: below SQLite's 32,766 parameters
    const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (db.execute(QStringLiteral("BEGIN")) < 0)
        return false;
    for (int first = 1; first <= count; first += RowsPerStatement) {
        const int last = std::min(count, first + RowsPerStatement - 1);
        QStringList rows;
        QVariantList values;
        for (int i = first; i <= last; ++i) {
            Task task;
            task.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            task.title = QStringLiteral("Benchmark task %1").arg(i);
            task.status = statuses.at(i % 3);
            task.priority = i % 4 + 1;
            task.labels = {QStringLiteral("bench"), QStringLiteral("batch-%1").arg(i % 5)};
            // Empty, not null: the column is NOT NULL.
            task.notes =
                i % 2 ? QStringLiteral("Seeded by the benchmark; a sentence or two of notes.")
                      : QStringLiteral("");
            if (i % 3)
                task.dueDate = QDate(2031, i % 12 + 1, i % 28 + 1);
            const qint64 ms = firstMs + i;
            task.createdAt = JsonTime::fromMsecs(ms);
            task.updatedAt = task.createdAt;
            task.version = 1;
            const QString dueDate = task.dueDate.toString(Qt::ISODate);
            rows.append(row);
            values << task.id << ownerId << task.title << task.notes << taskStatusName(task.status)
                   << task.priority << (task.dueDate.isValid() ? QVariant(dueDate) : QVariant())
                   << (task.dueDate.isValid() ? dueDate : QStringLiteral("9999-12-31"))
                   << QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(task.labels))
                                            .toJson(QJsonDocument::Compact))
                   << ms << ms << task.version
                   << QString::fromUtf8(
                          QJsonDocument(task.toJson()).toJson(QJsonDocument::Compact));
        }
        const QString insert =
            QStringLiteral("INSERT INTO tasks (id, owner_id, title, notes, status, priority, "
                           "due_date, due_sort, labels, created_at, updated_at, version, json) "
                           "VALUES ") +
            rows.join(QStringLiteral(", "));
        if (db.execute(insert, values) != last - first + 1) {
            db.execute(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return db.execute(QStringLiteral("COMMIT")) >= 0 &&
           db.count(QStringLiteral("tasks"), QStringLiteral("owner_id = '%1'").arg(ownerId)) ==
               count;
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
        counts = {1000, 10000, 100000};

    std::printf("signed-in start to the first page of tasks shown (offscreen), median (min-max) "
                "of %d alternating starts; load average %s\n",
                rounds, qPrintable(AppStart::loadAverage()));
    for (const int count : counts) {
        // The account (the CLI makes the database), its tasks, then the server on them.
        TestServer server(TestServer::highRateLimits());
        std::printf("\n%d tasks on a local tasklane-server (seeding...)\n", count);
        std::fflush(stdout);
        if (!server.createUser(Username, Password)) {
            std::fprintf(stderr, "the account could not be created\n");
            return 1;
        }
        if (!seedTasks(server, count)) {
            std::fprintf(stderr, "the tasks could not be written into the database\n");
            return 1;
        }
        if (!server.start()) {
            std::fprintf(stderr, "the server did not start:\n%s\n", server.output().constData());
            return 1;
        }
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
            const double b =
                AppStart::timeToLine(args.at(2), {}, AppStart::environment(homeBare.path()),
                                     "main window shown")
                    .wall;
            const double c =
                AppStart::timeToLine(args.at(1), {}, AppStart::environment(homeCold.path()),
                                     "main window shown")
                    .wall;
            const double s =
                AppStart::timeToLine(args.at(1), {}, signedInEnv, "first page of tasks shown").wall;
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
        std::printf("  ratio signed-in / bare: %.2f, signed-in / cold start: %.2f (load average "
                    "%s)\n",
                    AppStart::median(signedIn) / AppStart::median(bare),
                    AppStart::median(signedIn) / AppStart::median(cold),
                    qPrintable(AppStart::loadAverage()));
        std::fflush(stdout);
    }
    return 0;
}
