// The task API against the real server: create, read, update and delete with ETag / If-Match,
// cursor pagination in every sort order, the status and text filters, search, scopes, and that
// users never see each other's tasks.
#include "ApiErrorChecks.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "TestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <tuple>

namespace {

using Params = QList<QPair<QString, QString>>;

// What a listing needs to know about a task to predict where it goes.
struct Known
{
    QString id;
    QString title;
    QString status;
    QString dueSort; // the due date, or "9999-12-31" for none: undated tasks sort last
    int priority = 0;
    qint64 created = 0;
    qint64 updated = 0;
};

qint64 msecs(const QJsonValue &instant)
{
    return QDateTime::fromString(instant.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

Known knownFrom(const QJsonObject &task)
{
    Known known;
    known.id = task.value(QStringLiteral("id")).toString();
    known.title = task.value(QStringLiteral("title")).toString();
    known.status = task.value(QStringLiteral("status")).toString();
    const QJsonValue due = task.value(QStringLiteral("dueDate"));
    known.dueSort = due.isNull() ? QStringLiteral("9999-12-31") : due.toString();
    known.priority = task.value(QStringLiteral("priority")).toInt();
    known.created = msecs(task.value(QStringLiteral("createdAt")));
    known.updated = msecs(task.value(QStringLiteral("updatedAt")));
    return known;
}

// The ids in the order the contract promises: by the sort key, ties broken by id, and a "-"
// prefix reversing the whole order.
QStringList expectedOrder(QList<Known> tasks, const QString &sort)
{
    const bool descending = sort.startsWith(QLatin1Char('-'));
    const QString key = descending ? sort.mid(1) : sort;
    std::sort(tasks.begin(), tasks.end(), [&key](const Known &a, const Known &b) {
        if (key == QLatin1String("updated"))
            return std::tie(a.updated, a.id) < std::tie(b.updated, b.id);
        if (key == QLatin1String("created"))
            return std::tie(a.created, a.id) < std::tie(b.created, b.id);
        if (key == QLatin1String("due"))
            return std::tie(a.dueSort, a.id) < std::tie(b.dueSort, b.id);
        if (key == QLatin1String("priority"))
            return std::tie(a.priority, a.id) < std::tie(b.priority, b.id);
        return std::tie(a.title, a.id) < std::tie(b.title, b.id);
    });
    QStringList ids;
    for (const Known &task : std::as_const(tasks))
        ids.append(task.id);
    if (descending)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

// A task body with a title and notes. Most tests name both, so that a problem with the
// defaults of omitted fields shows up in the tests about defaults and not everywhere.
QJsonObject titled(const QString &title)
{
    return QJsonObject{{QStringLiteral("title"), title},
                       {QStringLiteral("notes"), QStringLiteral("Made by tst_tasksapi.")}};
}

QStringList idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const auto &item : items)
        ids.append(item.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

QStringList titlesOf(const QJsonArray &items)
{
    QStringList titles;
    for (const auto &item : items)
        titles.append(item.toObject().value(QStringLiteral("title")).toString());
    return titles;
}

} // namespace

class tst_TasksApi : public QObject
{
    Q_OBJECT

private:
    // Generous rate limits: this test makes several hundred requests from one address, and
    // rate limiting is not what it is about.
    TestServer m_server{QStringList{QStringLiteral("--rate-limit-ip"), QStringLiteral("100000"),
                                    QStringLiteral("--rate-limit-credential"),
                                    QStringLiteral("100000")}};
    HttpClient m_http;
    const QString m_password = QStringLiteral("s3cret-passphrase");

    QString m_alice;         // tasks:read tasks:write account
    QString m_aliceReadOnly; // tasks:read
    QString m_bob;
    QString m_pager;  // owns the 120 tasks the pagination tests walk through
    QString m_finder; // owns the small set the filter tests search
    QList<Known> m_pagerTasks;

    QUrl url(const QString &path, const Params &params = {}) const
    {
        QUrl result = m_server.url(path);
        if (!params.isEmpty()) {
            QStringList pairs;
            for (const auto &[name, value] : params)
                pairs.append(QString::fromLatin1(QUrl::toPercentEncoding(name) + '=' +
                                                 QUrl::toPercentEncoding(value)));
            result.setQuery(pairs.join(QLatin1Char('&')), QUrl::StrictMode);
        }
        return result;
    }

    QString signIn(const QString &username, const QString &scope = {})
    {
        OAuthTestClient client(m_server);
        if (!scope.isEmpty())
            client.scope = scope;
        return client.signIn(username, m_password).value(QStringLiteral("access_token")).toString();
    }

    void create(const QString &token, const QJsonObject &body, QJsonObject &created)
    {
        const auto reply =
            m_http.postJson(url(QStringLiteral("/v1/tasks")), body, HttpClient::bearer(token));
        QVERIFY2(reply.status == 201, qPrintable(describeReply(reply)));
        created = reply.json();
    }

    void fetch(const QString &token, const QString &id, HttpClient::Reply &reply)
    {
        reply = m_http.get(url(QStringLiteral("/v1/tasks/") + id), HttpClient::bearer(token));
    }

    // Every task of the token's user, oldest first, in one page.
    void everything(const QString &token, QJsonArray &items)
    {
        const auto reply = m_http.get(
            url(QStringLiteral("/v1/tasks"), {{QStringLiteral("sort"), QStringLiteral("created")},
                                              {QStringLiteral("limit"), QStringLiteral("500")}}),
            HttpClient::bearer(token));
        QVERIFY2(reply.status == 200, qPrintable(describeReply(reply)));
        QVERIFY(reply.json().value(QStringLiteral("nextCursor")).isNull());
        items = reply.json().value(QStringLiteral("items")).toArray();
    }

    // Follows nextCursor from the first page to the last, with GET /v1/tasks or with
    // POST /v1/tasks/search, and collects the ids in the order they came.
    void walkPages(const QString &token, const QString &sort, const QStringList &statuses,
                   int limit, bool viaSearch, QStringList &ids)
    {
        ids.clear();
        QString cursor;
        for (int page = 0;; ++page) {
            QVERIFY2(page <= 500, "the pages never end");
            HttpClient::Reply reply;
            if (viaSearch) {
                QJsonObject body{{QStringLiteral("limit"), limit}};
                if (!sort.isEmpty())
                    body.insert(QStringLiteral("sort"), sort);
                if (!statuses.isEmpty())
                    body.insert(QStringLiteral("status"), QJsonArray::fromStringList(statuses));
                if (!cursor.isEmpty())
                    body.insert(QStringLiteral("cursor"), cursor);
                reply = m_http.postJson(url(QStringLiteral("/v1/tasks/search")), body,
                                        HttpClient::bearer(token));
            } else {
                Params params{{QStringLiteral("limit"), QString::number(limit)}};
                if (!sort.isEmpty())
                    params.append({QStringLiteral("sort"), sort});
                if (!statuses.isEmpty())
                    params.append({QStringLiteral("status"), statuses.join(QLatin1Char(','))});
                if (!cursor.isEmpty())
                    params.append({QStringLiteral("cursor"), cursor});
                reply =
                    m_http.get(url(QStringLiteral("/v1/tasks"), params), HttpClient::bearer(token));
            }
            QVERIFY2(reply.status == 200, qPrintable(describeReply(reply)));
            const QJsonObject json = reply.json();
            const QJsonArray items = json.value(QStringLiteral("items")).toArray();
            QVERIFY2(items.size() <= limit, qPrintable(describeReply(reply)));
            ids += idsOf(items);
            QVERIFY2(json.contains(QStringLiteral("nextCursor")), qPrintable(describeReply(reply)));
            const QJsonValue next = json.value(QStringLiteral("nextCursor"));
            if (next.isNull())
                return;
            QVERIFY2(next.isString() && !next.toString().isEmpty(),
                     qPrintable(describeReply(reply)));
            // Only the last page may be short.
            QCOMPARE(items.size(), limit);
            cursor = next.toString();
        }
    }

    // The expected order of the pager's tasks for `sort`, keeping only `statuses` (all if empty).
    QStringList pagerOrder(const QString &sort, const QStringList &statuses) const
    {
        QList<Known> tasks;
        for (const Known &task : m_pagerTasks) {
            if (statuses.isEmpty() || statuses.contains(task.status))
                tasks.append(task);
        }
        return expectedOrder(tasks, sort);
    }

    void seedPager()
    {
        static const QStringList statuses{QStringLiteral("open"), QStringLiteral("in_progress"),
                                          QStringLiteral("done")};
        QHash<QString, Known> byId;
        QStringList createdIds;
        for (int i = 0; i < 120; ++i) {
            // Titles repeat (40 distinct), priorities take 4 values and due dates 30, so every
            // sort has long runs of equal keys that pages have to split correctly.
            QJsonObject body{
                {QStringLiteral("title"),
                 QStringLiteral("Task %1").arg((i * 37) % 40, 2, 10, QLatin1Char('0'))},
                {QStringLiteral("priority"), (i * 7) % 4 + 1},
                {QStringLiteral("status"), statuses.at(i % 3)},
                {QStringLiteral("notes"), QString()},
            };
            if (i % 16 == 0)
                body.insert(QStringLiteral("dueDate"), QJsonValue(QJsonValue::Null));
            else if (i % 16 != 8)
                body.insert(QStringLiteral("dueDate"),
                            QDate(2026, 1, 1).addDays((i * 11) % 30).toString(Qt::ISODate));
            QJsonObject created;
            create(m_pager, body, created);
            if (QTest::currentTestFailed())
                return;
            byId.insert(created.value(QStringLiteral("id")).toString(), knownFrom(created));
            createdIds.append(created.value(QStringLiteral("id")).toString());
        }
        // Touch every sixth task, newest first, so "updated" differs from "created".
        for (int i = 114; i >= 0; i -= 6) {
            HttpClient::Reply current;
            fetch(m_pager, createdIds.at(i), current);
            QCOMPARE(current.status, 200);
            const auto reply =
                m_http.patchJson(url(QStringLiteral("/v1/tasks/") + createdIds.at(i)),
                                 QJsonObject{{QStringLiteral("notes"), QStringLiteral("touched")}},
                                 HttpClient::bearer(m_pager) +
                                     HttpClient::Headers{{"If-Match", current.header("ETag")}});
            QVERIFY2(reply.status == 200, qPrintable(describeReply(reply)));
            byId.insert(createdIds.at(i), knownFrom(reply.json()));
        }
        m_pagerTasks = byId.values();
        QCOMPARE(m_pagerTasks.size(), 120);
    }

    void seedFinder()
    {
        const QList<QPair<QString, QPair<QString, QString>>> tasks{
            {QStringLiteral("Buy MILK"), {QStringLiteral("open"), QString()}},
            {QStringLiteral("Call mom"),
             {QStringLiteral("in_progress"), QStringLiteral("Ask about the milk order")}},
            {QStringLiteral("100% done"), {QStringLiteral("done"), QString()}},
            {QStringLiteral("1000 things"), {QStringLiteral("open"), QString()}},
            {QStringLiteral("file_name fix"), {QStringLiteral("in_progress"), QString()}},
            {QStringLiteral("fileXname check"), {QStringLiteral("done"), QString()}},
            {QStringLiteral("Backslash \\ path"), {QStringLiteral("open"), QString()}},
            {QStringLiteral("Plain task"), {QStringLiteral("done"), QStringLiteral("nothing")}},
            {QStringLiteral("Über-Aufgabe"), {QStringLiteral("open"), QString()}},
        };
        for (const auto &[title, rest] : tasks) {
            QJsonObject created;
            create(m_finder,
                   QJsonObject{{QStringLiteral("title"), title},
                               {QStringLiteral("status"), rest.first},
                               {QStringLiteral("notes"), rest.second}},
                   created);
            if (QTest::currentTestFailed())
                return;
        }
    }

    static void filterRows()
    {
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QString none;
        QTest::newRow("status open")
            << QStringList{QStringLiteral("open")} << none
            << QStringList{QStringLiteral("Buy MILK"), QStringLiteral("1000 things"),
                           QStringLiteral("Backslash \\ path"), QStringLiteral("Über-Aufgabe")};
        QTest::newRow("status in_progress")
            << QStringList{QStringLiteral("in_progress")} << none
            << QStringList{QStringLiteral("Call mom"), QStringLiteral("file_name fix")};
        QTest::newRow("status done")
            << QStringList{QStringLiteral("done")} << none
            << QStringList{QStringLiteral("100% done"), QStringLiteral("fileXname check"),
                           QStringLiteral("Plain task")};
        QTest::newRow("status list done,in_progress")
            << QStringList{QStringLiteral("done"), QStringLiteral("in_progress")} << none
            << QStringList{QStringLiteral("100% done"), QStringLiteral("fileXname check"),
                           QStringLiteral("Plain task"), QStringLiteral("Call mom"),
                           QStringLiteral("file_name fix")};
        QTest::newRow("status list of all three")
            << QStringList{QStringLiteral("open"), QStringLiteral("in_progress"),
                           QStringLiteral("done")}
            << none
            << QStringList{QStringLiteral("Buy MILK"),          QStringLiteral("Call mom"),
                           QStringLiteral("100% done"),         QStringLiteral("1000 things"),
                           QStringLiteral("file_name fix"),     QStringLiteral("fileXname check"),
                           QStringLiteral("Backslash \\ path"), QStringLiteral("Plain task"),
                           QStringLiteral("Über-Aufgabe")};
        QTest::newRow("q lower case finds upper case, in title and notes")
            << QStringList() << QStringLiteral("milk")
            << QStringList{QStringLiteral("Buy MILK"), QStringLiteral("Call mom")};
        QTest::newRow("q upper case")
            << QStringList() << QStringLiteral("MILK")
            << QStringList{QStringLiteral("Buy MILK"), QStringLiteral("Call mom")};
        QTest::newRow("q only in notes")
            << QStringList() << QStringLiteral("ORDER") << QStringList{QStringLiteral("Call mom")};
        QTest::newRow("q percent is literal")
            << QStringList() << QStringLiteral("100%") << QStringList{QStringLiteral("100% done")};
        QTest::newRow("q lone percent")
            << QStringList() << QStringLiteral("%") << QStringList{QStringLiteral("100% done")};
        QTest::newRow("q underscore is literal") << QStringList() << QStringLiteral("file_name")
                                                 << QStringList{QStringLiteral("file_name fix")};
        QTest::newRow("q lone underscore")
            << QStringList() << QStringLiteral("_") << QStringList{QStringLiteral("file_name fix")};
        QTest::newRow("q backslash is literal") << QStringList() << QStringLiteral("\\")
                                                << QStringList{QStringLiteral("Backslash \\ path")};
        QTest::newRow("q without a match")
            << QStringList() << QStringLiteral("zzz") << QStringList();
        QTest::newRow("q and status together")
            << QStringList{QStringLiteral("open")} << QStringLiteral("milk")
            << QStringList{QStringLiteral("Buy MILK")};
    }

    void listFinder(const QStringList &statuses, const QString &text, bool viaSearch,
                    HttpClient::Reply &reply)
    {
        if (viaSearch) {
            QJsonObject body{{QStringLiteral("sort"), QStringLiteral("title")},
                             {QStringLiteral("limit"), 500}};
            if (!statuses.isEmpty())
                body.insert(QStringLiteral("status"), QJsonArray::fromStringList(statuses));
            if (!text.isNull())
                body.insert(QStringLiteral("q"), text);
            reply = m_http.postJson(url(QStringLiteral("/v1/tasks/search")), body,
                                    HttpClient::bearer(m_finder));
        } else {
            Params params{{QStringLiteral("sort"), QStringLiteral("title")},
                          {QStringLiteral("limit"), QStringLiteral("500")}};
            if (!statuses.isEmpty())
                params.append({QStringLiteral("status"), statuses.join(QLatin1Char(','))});
            if (!text.isNull())
                params.append({QStringLiteral("q"), text});
            reply =
                m_http.get(url(QStringLiteral("/v1/tasks"), params), HttpClient::bearer(m_finder));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        for (const QString &name : {QStringLiteral("alice"), QStringLiteral("bob"),
                                    QStringLiteral("pager"), QStringLiteral("finder")})
            QVERIFY(m_server.createUser(name, m_password));
        m_alice = signIn(QStringLiteral("alice"));
        m_aliceReadOnly = signIn(QStringLiteral("alice"), QStringLiteral("tasks:read"));
        m_bob = signIn(QStringLiteral("bob"));
        m_pager = signIn(QStringLiteral("pager"));
        m_finder = signIn(QStringLiteral("finder"));
        for (const QString &token : {m_alice, m_aliceReadOnly, m_bob, m_pager, m_finder})
            QVERIFY(!token.isEmpty());
        seedPager();
        if (QTest::currentTestFailed())
            return;
        seedFinder();
    }

    void createAnswers201WithLocationAndEtag()
    {
        const auto reply =
            m_http.postJson(url(QStringLiteral("/v1/tasks")), titled(QStringLiteral("Located")),
                            HttpClient::bearer(m_alice));
        QCOMPARE(reply.status, 201);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        QVERIFY(reply.header("X-Request-Id").startsWith("req-"));
        const QString id = reply.json().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(reply.header("Location"), QByteArray("/v1/tasks/" + id.toLatin1()));
        const QByteArray etag = reply.header("ETag");
        QVERIFY2(etag.size() > 2 && etag.startsWith('"') && etag.endsWith('"'), etag.constData());

        // The Location names the task, and GET gives the same representation and ETag.
        const auto located = m_http.get(m_server.url(QString::fromLatin1(reply.header("Location"))),
                                        HttpClient::bearer(m_alice));
        QCOMPARE(located.status, 200);
        QCOMPARE(located.json(), reply.json());
        QCOMPARE(located.header("ETag"), etag);
    }

    void createRoundTripsEveryField_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("all fields") << QJsonObject{
            {QStringLiteral("title"), QStringLiteral("Write the quarterly report")},
            {QStringLiteral("notes"), QStringLiteral("Numbers from finance.\nSecond line.")},
            {QStringLiteral("status"), QStringLiteral("in_progress")},
            {QStringLiteral("priority"), 2},
            {QStringLiteral("dueDate"), QStringLiteral("2026-03-15")},
            {QStringLiteral("labels"),
             QJsonArray{QStringLiteral("work"), QStringLiteral("urgent")}}};
        QTest::newRow("done, highest priority, leap day")
            << QJsonObject{{QStringLiteral("title"), QStringLiteral("Renew passport")},
                           {QStringLiteral("notes"), QString()},
                           {QStringLiteral("status"), QStringLiteral("done")},
                           {QStringLiteral("priority"), 1},
                           {QStringLiteral("dueDate"), QStringLiteral("2028-02-29")},
                           {QStringLiteral("labels"), QJsonArray{QStringLiteral("admin")}}};
        QTest::newRow("non-ASCII text") << QJsonObject{
            {QStringLiteral("title"), QStringLiteral("Café ☕ 日本語 — Ünïcödé")},
            {QStringLiteral("notes"), QStringLiteral("Emoji 🚀 and \"quotes\" and <tags>")},
            {QStringLiteral("status"), QStringLiteral("open")},
            {QStringLiteral("priority"), 3},
            {QStringLiteral("dueDate"), QStringLiteral("2030-12-31")},
            {QStringLiteral("labels"), QJsonArray{QStringLiteral("über"), QStringLiteral("日本")}}};
    }

    void createRoundTripsEveryField()
    {
        QFETCH(QJsonObject, body);
        QJsonObject created;
        create(m_alice, body, created);
        if (QTest::currentTestFailed())
            return;
        HttpClient::Reply fetched;
        fetch(m_alice, created.value(QStringLiteral("id")).toString(), fetched);
        QCOMPARE(fetched.status, 200);
        for (const QJsonObject &task : {created, fetched.json()}) {
            const QStringList keys = body.keys();
            for (const QString &key : keys)
                QCOMPARE(task.value(key), body.value(key));
            QCOMPARE(task.value(QStringLiteral("version")).toInt(), 1);
            QVERIFY(msecs(task.value(QStringLiteral("createdAt"))) > 0);
            QCOMPARE(task.value(QStringLiteral("updatedAt")),
                     task.value(QStringLiteral("createdAt")));
        }
    }

    void createFillsInDefaults_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("only a title")
            << QJsonObject{{QStringLiteral("title"), QStringLiteral("Only a title")}};
        QTest::newRow("null for notes and dueDate")
            << QJsonObject{{QStringLiteral("title"), QStringLiteral("Only a title")},
                           {QStringLiteral("notes"), QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("dueDate"), QJsonValue(QJsonValue::Null)}};
    }

    void createFillsInDefaults()
    {
        QFETCH(QJsonObject, body);
        QJsonObject created;
        create(m_alice, body, created);
        if (QTest::currentTestFailed())
            return;
        HttpClient::Reply fetched;
        fetch(m_alice, created.value(QStringLiteral("id")).toString(), fetched);
        QCOMPARE(fetched.status, 200);
        for (const QJsonObject &task : {created, fetched.json()}) {
            QCOMPARE(task.value(QStringLiteral("title")).toString(),
                     QStringLiteral("Only a title"));
            QCOMPARE(task.value(QStringLiteral("notes")), QJsonValue(QString()));
            QCOMPARE(task.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
            QCOMPARE(task.value(QStringLiteral("priority")), QJsonValue(4));
            QVERIFY(task.contains(QStringLiteral("dueDate")));
            QVERIFY(task.value(QStringLiteral("dueDate")).isNull());
            QCOMPARE(task.value(QStringLiteral("labels")), QJsonValue(QJsonArray()));
            QCOMPARE(task.value(QStringLiteral("version")), QJsonValue(1));
        }
    }

    void headAnswersLikeGetWithoutTheBody()
    {
        const QUrl list =
            url(QStringLiteral("/v1/tasks"), {{QStringLiteral("limit"), QStringLiteral("3")}});
        const auto get = m_http.get(list, HttpClient::bearer(m_alice));
        QCOMPARE(get.status, 200);
        QVERIFY(!get.body.isEmpty());
        const auto head = m_http.send("HEAD", list, {}, HttpClient::bearer(m_alice));
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        // RFC 9110 section 8.6: the length the GET would have sent, not 0.
        QCOMPARE(head.header("Content-Length"), QByteArray::number(get.body.size()));
        QCOMPARE(head.header("Content-Type"), get.header("Content-Type"));
        QVERIFY(!head.header("X-Request-Id").isEmpty());
    }

    void getUnknownTaskIs404()
    {
        HttpClient::Reply reply;
        fetch(m_alice, QStringLiteral("00000000-0000-0000-0000-000000000000"), reply);
        VERIFY_API_ERROR(reply, 404, "NOT_FOUND");
    }

    void listPagesThroughEveryTaskOnceInOrder_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("expectedSort");
        for (const QString &sort :
             {QStringLiteral("updated"), QStringLiteral("-updated"), QStringLiteral("created"),
              QStringLiteral("-created"), QStringLiteral("due"), QStringLiteral("-due"),
              QStringLiteral("priority"), QStringLiteral("-priority"), QStringLiteral("title"),
              QStringLiteral("-title")}) {
            QTest::addRow("%s, limit 7", qPrintable(sort)) << sort << 7 << sort;
        }
        QTest::newRow("priority, limit 1")
            << QStringLiteral("priority") << 1 << QStringLiteral("priority");
        QTest::newRow("-due, limit 40 (divides 120)")
            << QStringLiteral("-due") << 40 << QStringLiteral("-due");
        QTest::newRow("title, limit 120 (one full page)")
            << QStringLiteral("title") << 120 << QStringLiteral("title");
        QTest::newRow("created, limit 500")
            << QStringLiteral("created") << 500 << QStringLiteral("created");
        QTest::newRow("no sort is -updated") << QString() << 11 << QStringLiteral("-updated");
    }

    void listPagesThroughEveryTaskOnceInOrder()
    {
        QFETCH(QString, sort);
        QFETCH(int, limit);
        QFETCH(QString, expectedSort);
        QStringList seen;
        walkPages(m_pager, sort, {}, limit, false, seen);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size()); // no duplicates
        QCOMPARE(seen.size(), 120);                                            // none missing
        QCOMPARE(seen, pagerOrder(expectedSort, {}));
    }

    void listFiltersByStatusAcrossPages_data()
    {
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QString>("sort");
        QTest::newRow("open") << QStringList{QStringLiteral("open")} << QStringLiteral("priority");
        QTest::newRow("done") << QStringList{QStringLiteral("done")} << QStringLiteral("-due");
        QTest::newRow("open,in_progress")
            << QStringList{QStringLiteral("open"), QStringLiteral("in_progress")}
            << QStringLiteral("title");
    }

    void listFiltersByStatusAcrossPages()
    {
        QFETCH(QStringList, statuses);
        QFETCH(QString, sort);
        QStringList seen;
        walkPages(m_pager, sort, statuses, 6, false, seen);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(seen.size(), 40 * statuses.size());
        QCOMPARE(seen, pagerOrder(sort, statuses));
    }

    void listFilters_data() { filterRows(); }

    void listFilters()
    {
        QFETCH(QStringList, statuses);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        HttpClient::Reply reply;
        listFinder(statuses, text, false, reply);
        QVERIFY2(reply.status == 200, qPrintable(describeReply(reply)));
        std::sort(expected.begin(), expected.end());
        QCOMPARE(titlesOf(reply.json().value(QStringLiteral("items")).toArray()), expected);
    }

    void searchGivesTheSameResultsAsList_data() { filterRows(); }

    void searchGivesTheSameResultsAsList()
    {
        QFETCH(QStringList, statuses);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        HttpClient::Reply listed;
        listFinder(statuses, text, false, listed);
        QVERIFY2(listed.status == 200, qPrintable(describeReply(listed)));
        HttpClient::Reply searched;
        listFinder(statuses, text, true, searched);
        QVERIFY2(searched.status == 200, qPrintable(describeReply(searched)));
        QCOMPARE(searched.json(), listed.json());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(titlesOf(searched.json().value(QStringLiteral("items")).toArray()), expected);
    }

    void searchPagesLikeList()
    {
        const QStringList statuses{QStringLiteral("open"), QStringLiteral("done")};
        QStringList listed;
        walkPages(m_pager, QStringLiteral("priority"), statuses, 9, false, listed);
        if (QTest::currentTestFailed())
            return;
        QStringList searched;
        walkPages(m_pager, QStringLiteral("priority"), statuses, 9, true, searched);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(searched, listed);
        QCOMPARE(searched, pagerOrder(QStringLiteral("priority"), statuses));
    }

    // docs/api.md 13.3: q is lower-cased with the database's LOWER(), which folds only ASCII
    // letters in SQLite. So "über" need not find "Über", but text must always find itself.
    void textSearchFindsNonAsciiTextAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ASCII part, other case") << QStringLiteral("BER-AUF");
        QTest::newRow("non-ASCII capital, as written") << QStringLiteral("Über");
        QTest::newRow("whole title, as written") << QStringLiteral("Über-Aufgabe");
    }

    void textSearchFindsNonAsciiTextAsWritten()
    {
        QFETCH(QString, text);
        for (const bool viaSearch : {false, true}) {
            HttpClient::Reply reply;
            listFinder({}, text, viaSearch, reply);
            QVERIFY2(reply.status == 200, qPrintable(describeReply(reply)));
            QCOMPARE(titlesOf(reply.json().value(QStringLiteral("items")).toArray()),
                     QStringList{QStringLiteral("Über-Aufgabe")});
        }
    }

    void patchWithIfMatchUpdatesAndBumpsTheVersion()
    {
        QJsonObject created;
        create(m_alice,
               QJsonObject{{QStringLiteral("title"), QStringLiteral("Draft")},
                           {QStringLiteral("notes"), QStringLiteral("keep me")},
                           {QStringLiteral("labels"), QJsonArray{QStringLiteral("x")}},
                           {QStringLiteral("dueDate"), QStringLiteral("2026-05-01")}},
               created);
        if (QTest::currentTestFailed())
            return;
        const QString id = created.value(QStringLiteral("id")).toString();
        HttpClient::Reply before;
        fetch(m_alice, id, before);
        const QByteArray etag1 = before.header("ETag");
        QVERIFY(!etag1.isEmpty());

        const auto reply = m_http.patchJson(
            url(QStringLiteral("/v1/tasks/") + id),
            QJsonObject{{QStringLiteral("title"), QStringLiteral("Final")},
                        {QStringLiteral("priority"), 1},
                        {QStringLiteral("status"), QStringLiteral("done")}},
            HttpClient::bearer(m_alice) + HttpClient::Headers{{"If-Match", etag1}});
        QVERIFY2(reply.status == 200, qPrintable(describeReply(reply)));
        const QJsonObject patched = reply.json();
        const QByteArray etag2 = reply.header("ETag");
        QVERIFY(!etag2.isEmpty());
        QVERIFY(etag2 != etag1);
        QCOMPARE(patched.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(patched.value(QStringLiteral("title")).toString(), QStringLiteral("Final"));
        QCOMPARE(patched.value(QStringLiteral("priority")).toInt(), 1);
        QCOMPARE(patched.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        // Fields the patch did not name are kept.
        for (const char *kept : {"id", "notes", "labels", "dueDate", "createdAt"})
            QCOMPARE(patched.value(QLatin1String(kept)), created.value(QLatin1String(kept)));
        QVERIFY(msecs(patched.value(QStringLiteral("updatedAt"))) >
                msecs(created.value(QStringLiteral("updatedAt"))));

        HttpClient::Reply after;
        fetch(m_alice, id, after);
        QCOMPARE(after.json(), patched);
        QCOMPARE(after.header("ETag"), etag2);

        // "*" and a list that contains the current tag both match.
        const auto star = m_http.patchJson(
            url(QStringLiteral("/v1/tasks/") + id), QJsonObject{{QStringLiteral("priority"), 2}},
            HttpClient::bearer(m_alice) + HttpClient::Headers{{"If-Match", "*"}});
        QVERIFY2(star.status == 200, qPrintable(describeReply(star)));
        QCOMPARE(star.json().value(QStringLiteral("version")).toInt(), 3);
        const auto listed = m_http.patchJson(
            url(QStringLiteral("/v1/tasks/") + id), QJsonObject{{QStringLiteral("priority"), 3}},
            HttpClient::bearer(m_alice) +
                HttpClient::Headers{{"If-Match", "\"other\", " + star.header("ETag")}});
        QVERIFY2(listed.status == 200, qPrintable(describeReply(listed)));
        QCOMPARE(listed.json().value(QStringLiteral("version")).toInt(), 4);
    }

    void patchWithStaleIfMatchIs412AndChangesNothing()
    {
        QJsonObject created;
        create(m_alice, titled(QStringLiteral("Shared")), created);
        if (QTest::currentTestFailed())
            return;
        const QString id = created.value(QStringLiteral("id")).toString();
        const QUrl taskUrl = url(QStringLiteral("/v1/tasks/") + id);
        HttpClient::Reply original;
        fetch(m_alice, id, original);
        const QByteArray staleEtag = original.header("ETag");

        // Someone else saves first...
        const auto first = m_http.patchJson(
            taskUrl, QJsonObject{{QStringLiteral("title"), QStringLiteral("Saved first")}},
            HttpClient::bearer(m_alice) + HttpClient::Headers{{"If-Match", staleEtag}});
        QCOMPARE(first.status, 200);

        // ...so an edit based on the old version is refused, not silently applied.
        for (const QByteArray &tag : {staleEtag, QByteArray("\"not-a-tag\"")}) {
            const auto stale = m_http.patchJson(
                taskUrl,
                QJsonObject{{QStringLiteral("title"), QStringLiteral("Saved second")},
                            {QStringLiteral("priority"), 1}},
                HttpClient::bearer(m_alice) + HttpClient::Headers{{"If-Match", tag}});
            VERIFY_API_ERROR(stale, 412, "PRECONDITION_FAILED");
        }

        HttpClient::Reply after;
        fetch(m_alice, id, after);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.json(), first.json());
        QCOMPARE(after.json().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Saved first"));
        QCOMPARE(after.json().value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(after.header("ETag"), first.header("ETag"));
    }

    void patchAcceptsMergePatchJson()
    {
        QJsonObject created;
        create(m_alice,
               QJsonObject{{QStringLiteral("title"), QStringLiteral("Merge me")},
                           {QStringLiteral("notes"), QStringLiteral("some notes")},
                           {QStringLiteral("dueDate"), QStringLiteral("2026-07-07")},
                           {QStringLiteral("labels"), QJsonArray{QStringLiteral("a")}}},
               created);
        if (QTest::currentTestFailed())
            return;
        const QString id = created.value(QStringLiteral("id")).toString();
        HttpClient::Reply current;
        fetch(m_alice, id, current);
        const auto reply =
            m_http.send("PATCH", url(QStringLiteral("/v1/tasks/") + id),
                        R"({"dueDate":null,"labels":["b","c"]})",
                        HttpClient::bearer(m_alice) +
                            HttpClient::Headers{{"Content-Type", "application/merge-patch+json"},
                                                {"If-Match", current.header("ETag")}});
        QVERIFY2(reply.status == 200, qPrintable(describeReply(reply)));
        const QJsonObject patched = reply.json();
        QVERIFY(patched.value(QStringLiteral("dueDate")).isNull());
        QCOMPARE(patched.value(QStringLiteral("notes")).toString(), QStringLiteral("some notes"));
        QCOMPARE(patched.value(QStringLiteral("labels")),
                 QJsonValue(QJsonArray{QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(patched.value(QStringLiteral("title")).toString(), QStringLiteral("Merge me"));
        QCOMPARE(patched.value(QStringLiteral("version")).toInt(), 2);

        // A charset parameter on application/json is fine too.
        const auto withCharset = m_http.send(
            "PATCH", url(QStringLiteral("/v1/tasks/") + id), R"({"priority":2})",
            HttpClient::bearer(m_alice) +
                HttpClient::Headers{{"Content-Type", "application/json; charset=utf-8"}});
        QVERIFY2(withCharset.status == 200, qPrintable(describeReply(withCharset)));
        QCOMPARE(withCharset.json().value(QStringLiteral("priority")).toInt(), 2);
    }

    void patchWithNullClearsNotesAndDueDate()
    {
        QJsonObject created;
        create(m_alice,
               QJsonObject{{QStringLiteral("title"), QStringLiteral("Clear me")},
                           {QStringLiteral("notes"), QStringLiteral("to be cleared")},
                           {QStringLiteral("dueDate"), QStringLiteral("2026-08-08")}},
               created);
        if (QTest::currentTestFailed())
            return;
        const QString id = created.value(QStringLiteral("id")).toString();
        const auto reply =
            m_http.patchJson(url(QStringLiteral("/v1/tasks/") + id),
                             QJsonObject{{QStringLiteral("notes"), QJsonValue(QJsonValue::Null)},
                                         {QStringLiteral("dueDate"), QJsonValue(QJsonValue::Null)}},
                             HttpClient::bearer(m_alice));
        QVERIFY2(reply.status == 200, qPrintable(describeReply(reply)));
        QCOMPARE(reply.json().value(QStringLiteral("notes")), QJsonValue(QString()));
        QVERIFY(reply.json().value(QStringLiteral("dueDate")).isNull());
        QCOMPARE(reply.json().value(QStringLiteral("version")).toInt(), 2);
        HttpClient::Reply after;
        fetch(m_alice, id, after);
        QCOMPARE(after.json(), reply.json());
    }

    // Listings are answered from a cache of pages while the user's tasks are unchanged
    // (TaskPageCache). Every write, by this server or by another instance on the same database,
    // must show in the very next listing, through GET and POST /v1/tasks/search alike.
    void listingsShowEveryWriteAtOnceWhicheverInstanceMadeIt()
    {
        TestServer other{QStringList{QStringLiteral("--rate-limit-ip"), QStringLiteral("100000"),
                                     QStringLiteral("--rate-limit-credential"),
                                     QStringLiteral("100000")}};
        other.shareDataDir(m_server.dataDir());
        QVERIFY(other.start());
        const QString marker = QStringLiteral("Mirrorcheck");
        const Params params{{QStringLiteral("q"), marker},
                            {QStringLiteral("sort"), QStringLiteral("title")}};
        const auto listed = [&](const TestServer &server) {
            QUrl listUrl = server.url(QStringLiteral("/v1/tasks"));
            listUrl.setQuery(url(QStringLiteral("/v1/tasks"), params).query());
            const auto reply = m_http.get(listUrl, HttpClient::bearer(m_alice));
            return reply.status == 200
                       ? titlesOf(reply.json().value(QStringLiteral("items")).toArray())
                       : QStringList{describeReply(reply)};
        };
        const auto searched = [&] {
            const auto reply =
                m_http.postJson(url(QStringLiteral("/v1/tasks/search")),
                                QJsonObject{{QStringLiteral("q"), marker},
                                            {QStringLiteral("sort"), QStringLiteral("title")}},
                                HttpClient::bearer(m_alice));
            return reply.status == 200
                       ? titlesOf(reply.json().value(QStringLiteral("items")).toArray())
                       : QStringList{describeReply(reply)};
        };
        const auto createOn = [&](const TestServer &server, const QString &title) {
            const auto reply = m_http.postJson(server.url(QStringLiteral("/v1/tasks")),
                                               titled(title), HttpClient::bearer(m_alice));
            return reply.status == 201 ? reply.json().value(QStringLiteral("id")).toString()
                                       : QString();
        };

        const QString a = createOn(m_server, marker + QStringLiteral(" A"));
        QVERIFY(!a.isEmpty());
        QCOMPARE(listed(m_server), QStringList{marker + QStringLiteral(" A")});
        QCOMPARE(listed(m_server), QStringList{marker + QStringLiteral(" A")}); // answered again
        QCOMPARE(searched(), QStringList{marker + QStringLiteral(" A")});

        // Written by the other instance.
        const QString b = createOn(other, marker + QStringLiteral(" B"));
        QVERIFY(!b.isEmpty());
        const QStringList both{marker + QStringLiteral(" A"), marker + QStringLiteral(" B")};
        QCOMPARE(listed(m_server), both);
        QCOMPARE(searched(), both);
        QCOMPARE(listed(other), both);

        const auto renamed = m_http.patchJson(
            other.url(QStringLiteral("/v1/tasks/") + a),
            QJsonObject{{QStringLiteral("title"), QString(marker + QStringLiteral(" C"))}},
            HttpClient::bearer(m_alice));
        QCOMPARE(renamed.status, 200);
        const QStringList afterRename{marker + QStringLiteral(" B"), marker + QStringLiteral(" C")};
        QCOMPARE(listed(m_server), afterRename);
        QCOMPARE(searched(), afterRename);

        QCOMPARE(m_http
                     .send("DELETE", other.url(QStringLiteral("/v1/tasks/") + b), QByteArray(),
                           HttpClient::bearer(m_alice))
                     .status,
                 204);
        QCOMPARE(listed(m_server), QStringList{marker + QStringLiteral(" C")});

        // And by this instance, after the other one wrote.
        QCOMPARE(m_http
                     .send("DELETE", m_server.url(QStringLiteral("/v1/tasks/") + a), QByteArray(),
                           HttpClient::bearer(m_alice))
                     .status,
                 204);
        QCOMPARE(listed(m_server), QStringList{});
        QCOMPARE(listed(other), QStringList{});

        // A rejected write (stale If-Match) changes nothing, and listings stay right.
        const QString d = createOn(m_server, marker + QStringLiteral(" D"));
        QCOMPARE(listed(m_server), QStringList{marker + QStringLiteral(" D")});
        const auto stale = m_http.send(
            "PATCH", other.url(QStringLiteral("/v1/tasks/") + d),
            QJsonDocument(QJsonObject{{QStringLiteral("title"), QStringLiteral("never")}}).toJson(),
            HttpClient::bearer(m_alice) +
                HttpClient::Headers{{"Content-Type", "application/json"}, {"If-Match", "\"999\""}});
        VERIFY_API_ERROR(stale, 412, "PRECONDITION_FAILED");
        QCOMPARE(listed(m_server), QStringList{marker + QStringLiteral(" D")});
        // Other users never get this user's cached page.
        const auto bobs =
            m_http.get(url(QStringLiteral("/v1/tasks"), params), HttpClient::bearer(m_bob));
        QCOMPARE(bobs.status, 200);
        QCOMPARE(bobs.json().value(QStringLiteral("items")).toArray().size(), 0);
        QCOMPARE(other.stop(), 0);
    }

    void deleteRemovesTheTask()
    {
        QJsonObject withTag;
        create(m_alice, titled(QStringLiteral("Delete me")), withTag);
        QJsonObject withoutTag;
        create(m_alice, titled(QStringLiteral("Delete me too")), withoutTag);
        if (QTest::currentTestFailed())
            return;
        const QString id = withTag.value(QStringLiteral("id")).toString();
        const QUrl taskUrl = url(QStringLiteral("/v1/tasks/") + id);
        HttpClient::Reply current;
        fetch(m_alice, id, current);

        const auto deleted =
            m_http.send("DELETE", taskUrl, QByteArray(),
                        HttpClient::bearer(m_alice) +
                            HttpClient::Headers{{"If-Match", current.header("ETag")}});
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        QVERIFY(deleted.header("X-Request-Id").startsWith("req-"));

        HttpClient::Reply gone;
        fetch(m_alice, id, gone);
        VERIFY_API_ERROR(gone, 404, "NOT_FOUND");
        VERIFY_API_ERROR(m_http.send("DELETE", taskUrl, QByteArray(), HttpClient::bearer(m_alice)),
                         404, "NOT_FOUND");
        VERIFY_API_ERROR(
            m_http.patchJson(taskUrl, QJsonObject{{QStringLiteral("title"), QStringLiteral("x")}},
                             HttpClient::bearer(m_alice)),
            404, "NOT_FOUND");

        // Without If-Match the delete is unconditional.
        const QString otherId = withoutTag.value(QStringLiteral("id")).toString();
        QCOMPARE(m_http
                     .send("DELETE", url(QStringLiteral("/v1/tasks/") + otherId), QByteArray(),
                           HttpClient::bearer(m_alice))
                     .status,
                 204);

        QJsonArray remaining;
        everything(m_alice, remaining);
        QVERIFY(!idsOf(remaining).contains(id));
        QVERIFY(!idsOf(remaining).contains(otherId));
    }

    void deleteWithStaleIfMatchIs412AndKeepsTheTask()
    {
        QJsonObject created;
        create(m_alice, titled(QStringLiteral("Keep me")), created);
        if (QTest::currentTestFailed())
            return;
        const QString id = created.value(QStringLiteral("id")).toString();
        const QUrl taskUrl = url(QStringLiteral("/v1/tasks/") + id);
        HttpClient::Reply original;
        fetch(m_alice, id, original);
        const auto edited = m_http.patchJson(
            taskUrl, QJsonObject{{QStringLiteral("notes"), QStringLiteral("changed meanwhile")}},
            HttpClient::bearer(m_alice));
        QCOMPARE(edited.status, 200);

        const auto refused =
            m_http.send("DELETE", taskUrl, QByteArray(),
                        HttpClient::bearer(m_alice) +
                            HttpClient::Headers{{"If-Match", original.header("ETag")}});
        VERIFY_API_ERROR(refused, 412, "PRECONDITION_FAILED");

        HttpClient::Reply after;
        fetch(m_alice, id, after);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.json(), edited.json());
    }

    void readOnlyTokenCannotWrite_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("onTask");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("create") << QByteArray("POST") << false
                                << QByteArray(R"({"title":"Sneaky"})");
        QTest::newRow("update") << QByteArray("PATCH") << true
                                << QByteArray(R"({"title":"Sneaky"})");
        QTest::newRow("delete") << QByteArray("DELETE") << true << QByteArray();
    }

    void readOnlyTokenCannotWrite()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, onTask);
        QFETCH(QByteArray, body);
        QJsonObject target;
        create(m_alice, titled(QStringLiteral("Protected")), target);
        if (QTest::currentTestFailed())
            return;
        const QString id = target.value(QStringLiteral("id")).toString();
        QJsonArray before;
        everything(m_alice, before);

        HttpClient::Headers headers = HttpClient::bearer(m_aliceReadOnly);
        if (!body.isEmpty())
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        const auto reply = m_http.send(
            method, url(onTask ? QStringLiteral("/v1/tasks/") + id : QStringLiteral("/v1/tasks")),
            body.isEmpty() ? QByteArray() : body, headers);
        VERIFY_API_ERROR(reply, 403, "FORBIDDEN");
        const QByteArray challenge = reply.header("WWW-Authenticate");
        QVERIFY2(challenge.startsWith("Bearer"), challenge.constData());
        QVERIFY2(challenge.contains("insufficient_scope"), challenge.constData());
        QVERIFY2(challenge.contains("tasks:write"), challenge.constData());

        QJsonArray after;
        everything(m_alice, after);
        QCOMPARE(after, before);

        // Reading is what the token is for.
        HttpClient::Reply fetched;
        fetch(m_aliceReadOnly, id, fetched);
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.json(), target);
        QCOMPARE(m_http.get(url(QStringLiteral("/v1/tasks")), HttpClient::bearer(m_aliceReadOnly))
                     .status,
                 200);
        QCOMPARE(m_http
                     .postJson(url(QStringLiteral("/v1/tasks/search")), QJsonObject(),
                               HttpClient::bearer(m_aliceReadOnly))
                     .status,
                 200);
    }

    void tokenWithoutTaskScopesCannotRead()
    {
        const QString accountOnly = signIn(QStringLiteral("alice"), QStringLiteral("account"));
        QVERIFY(!accountOnly.isEmpty());
        const auto reply =
            m_http.get(url(QStringLiteral("/v1/tasks")), HttpClient::bearer(accountOnly));
        VERIFY_API_ERROR(reply, 403, "FORBIDDEN");
        QVERIFY(reply.header("WWW-Authenticate").contains("insufficient_scope"));
        const auto search = m_http.postJson(url(QStringLiteral("/v1/tasks/search")), QJsonObject(),
                                            HttpClient::bearer(accountOnly));
        VERIFY_API_ERROR(search, 403, "FORBIDDEN");
    }

    void usersCannotSeeOrChangeEachOthersTasks()
    {
        QJsonObject alices;
        create(m_alice, titled(QStringLiteral("Alice's secret plan")), alices);
        if (QTest::currentTestFailed())
            return;
        const QString id = alices.value(QStringLiteral("id")).toString();
        const QUrl taskUrl = url(QStringLiteral("/v1/tasks/") + id);
        HttpClient::Reply original;
        fetch(m_alice, id, original);
        const HttpClient::Headers bobWithAlicesTag =
            HttpClient::bearer(m_bob) + HttpClient::Headers{{"If-Match", original.header("ETag")}};

        VERIFY_API_ERROR(m_http.get(taskUrl, HttpClient::bearer(m_bob)), 404, "NOT_FOUND");
        VERIFY_API_ERROR(
            m_http.patchJson(taskUrl,
                             QJsonObject{{QStringLiteral("title"), QStringLiteral("Mine")}},
                             bobWithAlicesTag),
            404, "NOT_FOUND");
        VERIFY_API_ERROR(m_http.send("DELETE", taskUrl, QByteArray(), bobWithAlicesTag), 404,
                         "NOT_FOUND");
        VERIFY_API_ERROR(m_http.send("DELETE", taskUrl, QByteArray(), HttpClient::bearer(m_bob)),
                         404, "NOT_FOUND");

        // Bob's listings and searches do not contain it either.
        QJsonArray bobs;
        everything(m_bob, bobs);
        QVERIFY(!idsOf(bobs).contains(id));
        const auto search =
            m_http.postJson(url(QStringLiteral("/v1/tasks/search")),
                            QJsonObject{{QStringLiteral("q"), QStringLiteral("secret plan")}},
                            HttpClient::bearer(m_bob));
        QCOMPARE(search.status, 200);
        QCOMPARE(search.json().value(QStringLiteral("items")).toArray(), QJsonArray());

        HttpClient::Reply after;
        fetch(m_alice, id, after);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.json(), original.json());
        QCOMPARE(after.header("ETag"), original.header("ETag"));
    }

    void missingOrInvalidCredentialsAre401_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("bearerError");
        QTest::newRow("missing") << QByteArray() << QByteArray();
        QTest::newRow("garbage token")
            << QByteArray("Bearer garbage") << QByteArray("invalid_token");
        QTest::newRow("empty token") << QByteArray("Bearer ") << QByteArray();
        QTest::newRow("wrong scheme: Basic")
            << QByteArray("Basic YWxpY2U6czNjcmV0LXBhc3NwaHJhc2U=") << QByteArray();
        QTest::newRow("wrong scheme with a valid token")
            << QByteArray("Token <alice>") << QByteArray();
    }

    void missingOrInvalidCredentialsAre401()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, bearerError);
        authorization.replace("<alice>", m_alice.toLatin1());
        QJsonObject target;
        create(m_alice, titled(QStringLiteral("Untouchable")), target);
        if (QTest::currentTestFailed())
            return;
        const QString taskPath =
            QStringLiteral("/v1/tasks/") + target.value(QStringLiteral("id")).toString();
        QJsonArray before;
        everything(m_alice, before);

        HttpClient::Headers headers{{"Content-Type", "application/json"}};
        if (!authorization.isEmpty())
            headers.append(qMakePair(QByteArray("Authorization"), authorization));
        const QList<QPair<QByteArray, QString>> requests{
            {"GET", QStringLiteral("/v1/tasks")},
            {"POST", QStringLiteral("/v1/tasks")},
            {"POST", QStringLiteral("/v1/tasks/search")},
            {"GET", taskPath},
            {"PATCH", taskPath},
            {"DELETE", taskPath},
        };
        for (const auto &[method, path] : requests) {
            const auto reply = m_http.send(method, url(path),
                                           method == "GET" || method == "DELETE"
                                               ? QByteArray()
                                               : QByteArray(R"({"title":"Intruder"})"),
                                           headers);
            VERIFY_API_ERROR(reply, 401, "UNAUTHORIZED");
            const QByteArray challenge = reply.header("WWW-Authenticate");
            QVERIFY2(challenge.startsWith("Bearer"),
                     qPrintable(QString::fromLatin1(method) + QLatin1Char(' ') + path));
            if (!bearerError.isEmpty())
                QVERIFY2(challenge.contains(QByteArray("error=\"" + bearerError + '"')),
                         challenge.constData());
        }

        QJsonArray after;
        everything(m_alice, after);
        QCOMPARE(after, before);
    }
};

QTEST_GUILESS_MAIN(tst_TasksApi)
#include "tst_tasksapi.moc"
