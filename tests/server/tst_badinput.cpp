// Bad input against the real server: every malformed, oversized, mistyped or unauthenticated
// request gets its documented error, stores nothing, and leaves the server serving; clients
// that hang up in the middle of a request (also during the slow password check) do no harm.
#include "ApiErrorChecks.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

namespace {

constexpr int MaxBody = 4096;
using Params = QList<QPair<QString, QString>>;

// VALIDATION_FAILED whose details name `field` (with a message for it).
void checkValidationError(const HttpClient::Reply &reply, const QString &field)
{
    checkApiError(reply, 422, QStringLiteral("VALIDATION_FAILED"));
    if (QTest::currentTestFailed())
        return;
    const QJsonArray details = reply.json().value(QStringLiteral("details")).toArray();
    bool named = false;
    for (const auto &detail : details) {
        const QJsonObject object = detail.toObject();
        if (object.value(QStringLiteral("field")).toString() == field) {
            named = true;
            QVERIFY(!object.value(QStringLiteral("message")).toString().isEmpty());
        }
    }
    QVERIFY2(named, qPrintable(QStringLiteral("no detail names \"%1\": %2")
                                   .arg(field, QString::fromUtf8(reply.body))));
}

// Builds a token the way the server does (prefix, 40 base62 characters, 6 checksum characters),
// so the guard's format check passes and only the look-up can refuse it.
QString checksum(const QString &prefixAndRandom)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    const QByteArray digest =
        QCryptographicHash::hash(prefixAndRandom.toLatin1(), QCryptographicHash::Sha256);
    quint64 value = 0;
    for (int i = 0; i < 5; ++i)
        value = (value << 8) | static_cast<unsigned char>(digest.at(i));
    QString out(6, QLatin1Char('0'));
    for (int i = 5; i >= 0; --i) {
        out[i] = QLatin1Char(alphabet[value % 62]);
        value /= 62;
    }
    return out;
}

QString wellFormedToken(const QString &prefix)
{
    const QString body = prefix + QStringLiteral("NeverIssuedNeverIssuedNeverIssued1234567");
    return body + checksum(body);
}

// Plain string literals on purpose: moc 6.4 loses track of the file at a raw string literal
// with an odd number of quotes, and then finds no Q_OBJECT class.
QByteArray jsonOfSize(int size)
{
    const QByteArray start = "{\"title\":\"Exactly at the limit\",\"notes\":\"";
    const QByteArray end = "\"}";
    return start + QByteArray(size - start.size() - end.size(), 'n') + end;
}

} // namespace

#define VERIFY_VALIDATION_ERROR(reply, field)                                                      \
    do {                                                                                           \
        checkValidationError((reply), (field));                                                    \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

class tst_BadInput : public QObject
{
    Q_OBJECT

private:
    TestServer m_server{QStringList{QStringLiteral("--max-body-bytes"), QString::number(MaxBody)}};
    HttpClient m_http;
    const QString m_password = QStringLiteral("s3cret-passphrase");
    QString m_access;
    QString m_refresh;
    QString m_code; // an authorization code, only ever used as a (wrong) bearer token
    QString m_taskId;

    QUrl url(const QString &path) const { return m_server.url(path); }

    QUrl urlWithQuery(const QString &path, const QList<QPair<QString, QString>> &params) const
    {
        QUrl result = m_server.url(path);
        QStringList pairs;
        for (const auto &[name, value] : params)
            pairs.append(QString::fromLatin1(QUrl::toPercentEncoding(name) + '=' +
                                             QUrl::toPercentEncoding(value)));
        result.setQuery(pairs.join(QLatin1Char('&')), QUrl::StrictMode);
        return result;
    }

    HttpClient::Headers auth() const { return HttpClient::bearer(m_access); }

    // Sends `body` to one of the JSON endpoints: "create", "update" (the fixture task) or
    // "search".
    HttpClient::Reply sendJson(const QString &target, const QByteArray &body,
                               const QByteArray &contentType = "application/json")
    {
        HttpClient::Headers headers = auth();
        if (!contentType.isEmpty())
            headers.append(qMakePair(QByteArray("Content-Type"), contentType));
        if (target == QLatin1String("create"))
            return m_http.send("POST", url(QStringLiteral("/v1/tasks")), body, headers);
        if (target == QLatin1String("update"))
            return m_http.send("PATCH", url(QStringLiteral("/v1/tasks/") + m_taskId), body,
                               headers);
        return m_http.send("POST", url(QStringLiteral("/v1/tasks/search")), body, headers);
    }

    // Everything the user has stored, oldest first.
    void snapshot(QJsonArray &items)
    {
        const auto reply =
            m_http.get(urlWithQuery(QStringLiteral("/v1/tasks"),
                                    {{QStringLiteral("sort"), QStringLiteral("created")},
                                     {QStringLiteral("limit"), QStringLiteral("500")}}),
                       auth());
        QVERIFY2(reply.status == 200, qPrintable(describeReply(reply)));
        items = reply.json().value(QStringLiteral("items")).toArray();
        QVERIFY(!items.isEmpty());
    }

    // Nothing stored changed, and the server still answers.
    void checkUnchangedAndServing(const QJsonArray &before)
    {
        QVERIFY(m_server.isRunning());
        const auto health = m_http.get(url(QStringLiteral("/healthz")));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QJsonArray after;
        snapshot(after);
        QCOMPARE(after, before);
    }

    QByteArray hostHeader() const
    {
        const QUrl base = m_server.url();
        return base.host().toLatin1() + ':' + QByteArray::number(base.port());
    }

    void connectRaw(QTcpSocket &socket)
    {
        const QUrl base = m_server.url();
        socket.connectToHost(base.host(), static_cast<quint16>(base.port()));
        QVERIFY(socket.waitForConnected(10000));
    }

    // Writes `bytes`, waits until the kernel has them, and resets the connection.
    void sendAndHangUp(const QByteArray &bytes)
    {
        QTcpSocket socket;
        connectRaw(socket);
        if (QTest::currentTestFailed())
            return;
        socket.write(bytes);
        while (socket.bytesToWrite() > 0)
            QVERIFY(socket.waitForBytesWritten(10000));
        socket.abort();
    }

    // A complete sign-in form POST with a real request id, CSRF token and browser cookie.
    void signInRequest(const QString &password, QByteArray &request)
    {
        OAuthTestClient browser(m_server);
        const auto page = browser.openAuthorize();
        QCOMPARE(page.status, 200);
        QByteArray cookie = page.header("Set-Cookie");
        cookie = cookie.left(cookie.indexOf(';'));
        QVERIFY2(cookie.startsWith("tasklane_browser="), page.header("Set-Cookie").constData());
        const QByteArray form = HttpClient::formEncode(
            {{QStringLiteral("request_id"),
              OAuthTestClient::formField(page.body, QStringLiteral("request_id"))},
             {QStringLiteral("csrf_token"),
              OAuthTestClient::formField(page.body, QStringLiteral("csrf_token"))},
             {QStringLiteral("username"), QStringLiteral("erin")},
             {QStringLiteral("password"), password}});
        request = "POST /oauth2/authorize/sign-in HTTP/1.1\r\nHost: " + hostHeader() +
                  "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                  QByteArray::number(form.size()) + "\r\nCookie: " + cookie + "\r\n\r\n" + form;
    }

    void checkSignInStillWorks()
    {
        QVERIFY(m_server.isRunning());
        QCOMPARE(m_http.get(url(QStringLiteral("/healthz"))).status, 200);
        OAuthTestClient client(m_server);
        const QString token = client.signIn(QStringLiteral("erin"), m_password)
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        QVERIFY(!token.isEmpty());
        QCOMPARE(m_http.get(url(QStringLiteral("/v1/me")), HttpClient::bearer(token)).status, 200);
        QVERIFY(m_server.isRunning());
    }

    static void jsonTargets(const char *name, const QByteArray &body)
    {
        for (const char *target : {"create", "update", "search"})
            QTest::addRow("%s, %s", name, target) << QString::fromLatin1(target) << body;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_server.createUser(QStringLiteral("erin"), m_password));
        OAuthTestClient client(m_server);
        const QJsonObject tokens = client.signIn(QStringLiteral("erin"), m_password);
        m_access = tokens.value(QStringLiteral("access_token")).toString();
        m_refresh = tokens.value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!m_access.isEmpty());
        QVERIFY(!m_refresh.isEmpty());
        // The checksum above is the server's: a real token carries it.
        QCOMPARE(checksum(m_access.left(44)), m_access.right(6));
        OAuthTestClient other(m_server);
        m_code = other.authorizationCode(QStringLiteral("erin"), m_password);
        QVERIFY(!m_code.isEmpty());

        const auto created = m_http.postJson(
            url(QStringLiteral("/v1/tasks")),
            QJsonObject{{QStringLiteral("title"), QStringLiteral("Fixture")},
                        {QStringLiteral("notes"), QStringLiteral("Must survive every test")},
                        {QStringLiteral("status"), QStringLiteral("in_progress")},
                        {QStringLiteral("priority"), 2},
                        {QStringLiteral("dueDate"), QStringLiteral("2026-04-01")},
                        {QStringLiteral("labels"), QJsonArray{QStringLiteral("keep")}}},
            auth());
        QCOMPARE(created.status, 201);
        m_taskId = created.json().value(QStringLiteral("id")).toString();
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(m_http
                         .postJson(url(QStringLiteral("/v1/tasks")),
                                   QJsonObject{{QStringLiteral("title"),
                                                QStringLiteral("Filler %1").arg(i)},
                                               {QStringLiteral("notes"), QString()}},
                                   auth())
                         .status,
                     201);
        }
    }

    void malformedJsonIsBadRequest_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("body");
        jsonTargets("unterminated object", R"({"title": "x")");
        jsonTargets("single quotes", "{'title': 'x'}");
        jsonTargets("trailing comma", R"({"title": "x",})");
        jsonTargets("not JSON at all", "title=x");
        jsonTargets("garbage after the object", R"({"title": "x"} {"title": "y"})");
        jsonTargets("empty body", QByteArray(""));
        jsonTargets("deeply nested", QByteArray(2000, '[') + QByteArray(2000, ']'));
    }

    void malformedJsonIsBadRequest()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, body);
        QJsonArray before;
        snapshot(before);
        VERIFY_API_ERROR(sendJson(target, body), 400, "BAD_REQUEST");
        checkUnchangedAndServing(before);
    }

    void jsonThatIsNotAnObjectIsBadRequest_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("body");
        jsonTargets("array of an object", R"([{"title": "x"}])");
        jsonTargets("empty array", "[]");
        jsonTargets("string", R"("x")");
        jsonTargets("number", "42");
        jsonTargets("null", "null");
    }

    void jsonThatIsNotAnObjectIsBadRequest()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, body);
        QJsonArray before;
        snapshot(before);
        VERIFY_API_ERROR(sendJson(target, body), 400, "BAD_REQUEST");
        checkUnchangedAndServing(before);
    }

    void wrongContentTypeIs415_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("contentType");
        for (const char *target : {"create", "update", "search"}) {
            for (const char *type :
                 {"text/plain", "application/x-www-form-urlencoded", "application/xml", "text/json",
                  "application/jsonp", "multipart/form-data; boundary=x"}) {
                QTest::addRow("%s, %s", target, type)
                    << QString::fromLatin1(target) << QByteArray(type);
            }
        }
    }

    void wrongContentTypeIs415()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, contentType);
        QJsonArray before;
        snapshot(before);
        // The body itself would be fine as application/json.
        VERIFY_API_ERROR(sendJson(target, R"({"title":"Typed wrong","priority":1})", contentType),
                         415, "UNSUPPORTED_MEDIA_TYPE");
        checkUnchangedAndServing(before);
    }

    void bodyOverTheLimitIs413_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("body");
        jsonTargets("one byte over", jsonOfSize(MaxBody + 1));
        jsonTargets("two megabytes", jsonOfSize(2 * 1024 * 1024));
    }

    void bodyOverTheLimitIs413()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, body);
        QJsonArray before;
        snapshot(before);
        VERIFY_API_ERROR(sendJson(target, body), 413, "PAYLOAD_TOO_LARGE");
        checkUnchangedAndServing(before);
    }

    void bodyOverTheLimitIs413OnEveryPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("token endpoint")
            << QStringLiteral("/oauth2/token") << QByteArray("application/x-www-form-urlencoded");
        QTest::newRow("sign-in form") << QStringLiteral("/oauth2/authorize/sign-in")
                                      << QByteArray("application/x-www-form-urlencoded");
        QTest::newRow("unknown path") << QStringLiteral("/nowhere") << QByteArray("text/plain");
        QTest::newRow("unknown /v1 path")
            << QStringLiteral("/v1/nowhere") << QByteArray("application/json");
    }

    void bodyOverTheLimitIs413OnEveryPath()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, contentType);
        QJsonArray before;
        snapshot(before);
        const QByteArray body = "grant_type=authorization_code&padding=" + QByteArray(MaxBody, 'p');
        VERIFY_API_ERROR(m_http.post(url(path), body, contentType), 413, "PAYLOAD_TOO_LARGE");
        checkUnchangedAndServing(before);
    }

    void bodyAtTheLimitIsAccepted()
    {
        const QByteArray body = jsonOfSize(MaxBody);
        QCOMPARE(body.size(), MaxBody);
        const auto reply = sendJson(QStringLiteral("create"), body);
        QVERIFY2(reply.status == 201, qPrintable(describeReply(reply)));
        QCOMPARE(reply.json().value(QStringLiteral("notes")).toString().size(),
                 QJsonDocument::fromJson(body)
                     .object()
                     .value(QStringLiteral("notes"))
                     .toString()
                     .size());
    }

    void unknownFieldsAre422_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("create, one unknown")
            << QStringLiteral("create") << QByteArray(R"({"title":"x","colour":"red"})")
            << QStringList{QStringLiteral("colour")};
        QTest::newRow("create, names are case-sensitive")
            << QStringLiteral("create") << QByteArray(R"({"title":"x","Priority":1})")
            << QStringList{QStringLiteral("Priority")};
        QTest::newRow("create, several unknown")
            << QStringLiteral("create") << QByteArray(R"({"title":"x","a":1,"b":[2]})")
            << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("update, unknown")
            << QStringLiteral("update") << QByteArray(R"({"colour":"red"})")
            << QStringList{QStringLiteral("colour")};
        QTest::newRow("update, another owner")
            << QStringLiteral("update") << QByteArray(R"({"ownerId":"someone-else","title":"x"})")
            << QStringList{QStringLiteral("ownerId")};
        QTest::newRow("search, a task field")
            << QStringLiteral("search") << QByteArray(R"({"title":"x"})")
            << QStringList{QStringLiteral("title")};
        QTest::newRow("search, page number")
            << QStringLiteral("search") << QByteArray(R"({"page":2,"limit":5})")
            << QStringList{QStringLiteral("page")};
    }

    void unknownFieldsAre422()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, fields);
        QJsonArray before;
        snapshot(before);
        const auto reply = sendJson(target, body);
        for (const QString &field : std::as_const(fields))
            VERIFY_VALIDATION_ERROR(reply, field);
        checkUnchangedAndServing(before);
    }

    void invalidValuesAre422_data()
    {
        QTest::addColumn<QByteArray>("member"); // one JSON member, without braces
        QTest::addColumn<QString>("field");
        // createOnly: the member is the whole create body (no title added), and a PATCH with it
        // alone would be fine.
        QTest::addColumn<bool>("createOnly");
        const auto row = [](const char *name, const QByteArray &member, const char *field,
                            bool createOnly = false) {
            QTest::newRow(name) << member << QString::fromLatin1(field) << createOnly;
        };
        row("priority 0", R"("priority":0)", "priority");
        row("priority 5", R"("priority":5)", "priority");
        row("priority -1", R"("priority":-1)", "priority");
        row("priority 2.5", R"("priority":2.5)", "priority");
        row("priority \"high\"", R"("priority":"high")", "priority");
        row("priority \"2\"", R"("priority":"2")", "priority");
        row("priority true", R"("priority":true)", "priority");
        row("priority 1e300", R"("priority":1e300)", "priority");
        row("title empty", R"("title":"")", "title");
        row("title blank", R"("title":"   ")", "title");
        row("title 501 characters", "\"title\":\"" + QByteArray(501, 't') + '"', "title");
        row("title a number", R"("title":123)", "title");
        row("title null", R"("title":null)", "title");
        row("title missing", R"("notes":"no title")", "title", true);
        row("dueDate month 13", R"("dueDate":"2026-13-01")", "dueDate");
        row("dueDate February 30", R"("dueDate":"2026-02-30")", "dueDate");
        row("dueDate short form", R"("dueDate":"2026-1-5")", "dueDate");
        row("dueDate a word", R"("dueDate":"tomorrow")", "dueDate");
        row("dueDate a number", R"("dueDate":20260101)", "dueDate");
        row("dueDate with a time", R"("dueDate":"2026-01-01T10:00:00Z")", "dueDate");
        row("labels a string", R"("labels":"home")", "labels");
        row("labels an object", R"("labels":{"home":true})", "labels");
        row("labels with a number", R"("labels":["home",1])", "labels");
        row("labels with an empty one", R"("labels":["home",""])", "labels");
        row("labels with a 51-character one", "\"labels\":[\"" + QByteArray(51, 'l') + "\"]",
            "labels");
        QByteArray many = R"("labels":[)";
        for (int i = 0; i < 21; ++i)
            many += (i ? ",\"" : "\"") + QByteArray::number(i) + '"';
        row("labels 21 of them", many + ']', "labels");
        row("status unknown", R"("status":"closed")", "status");
        row("status wrong case", R"("status":"OPEN")", "status");
        row("status a number", R"("status":1)", "status");
        row("notes a number", R"("notes":5)", "notes");
        row("notes an array", R"("notes":["a"])", "notes");
    }

    void invalidValuesAre422()
    {
        QFETCH(QByteArray, member);
        QFETCH(QString, field);
        QFETCH(bool, createOnly);
        QJsonArray before;
        snapshot(before);
        const QByteArray createBody =
            createOnly || member.startsWith("\"title\"")
                ? QByteArray('{' + member + '}')
                : QByteArray(R"({"title":"Otherwise valid",)" + member + '}');
        VERIFY_VALIDATION_ERROR(sendJson(QStringLiteral("create"), createBody), field);
        if (!createOnly)
            VERIFY_VALIDATION_ERROR(sendJson(QStringLiteral("update"), '{' + member + '}'), field);
        checkUnchangedAndServing(before);
    }

    void valuesAtTheBoundsAreAccepted()
    {
        QJsonArray twenty;
        for (int i = 0; i < 20; ++i)
            twenty.append(QStringLiteral("label-%1-").arg(i).leftJustified(50, QLatin1Char('x')));
        const QJsonObject body{
            {QStringLiteral("title"), QString(500, QLatin1Char('t'))},
            {QStringLiteral("notes"), QString()},
            {QStringLiteral("priority"), 1},
            {QStringLiteral("dueDate"), QStringLiteral("2028-02-29")},
            {QStringLiteral("labels"), twenty},
        };
        const auto reply = m_http.postJson(url(QStringLiteral("/v1/tasks")), body, auth());
        QVERIFY2(reply.status == 201, qPrintable(describeReply(reply)));
        const QJsonObject created = reply.json();
        const QStringList keys = body.keys();
        for (const QString &key : keys)
            QCOMPARE(created.value(key), body.value(key));
        const auto lowest = m_http.patchJson(
            url(QStringLiteral("/v1/tasks/") + created.value(QStringLiteral("id")).toString()),
            QJsonObject{{QStringLiteral("priority"), 4}}, auth());
        QVERIFY2(lowest.status == 200, qPrintable(describeReply(lowest)));
        QCOMPARE(lowest.json().value(QStringLiteral("priority")).toInt(), 4);
    }

    void readOnlyFieldsAreIgnored()
    {
        // A client may echo a task back as it got it; id, version and the timestamps stay the
        // server's whatever the body says (docs/api.md 13.1).
        const QUrl taskUrl = url(QStringLiteral("/v1/tasks/") + m_taskId);
        const auto fetched = m_http.get(taskUrl, auth());
        QCOMPARE(fetched.status, 200);
        QJsonObject echoed = fetched.json();
        echoed.insert(QStringLiteral("version"), 999);
        echoed.insert(QStringLiteral("createdAt"), QStringLiteral("2000-01-01T00:00:00.000Z"));
        echoed.insert(QStringLiteral("updatedAt"), QStringLiteral("2000-01-01T00:00:00.000Z"));
        echoed.insert(QStringLiteral("id"), QStringLiteral("someone-elses-id"));

        // Nothing writable differs: nothing is saved.
        const auto unchanged = m_http.patchJson(taskUrl, echoed, auth());
        QVERIFY2(unchanged.status == 200, qPrintable(describeReply(unchanged)));
        QCOMPARE(unchanged.json(), fetched.json());
        QCOMPARE(unchanged.header("ETag"), fetched.header("ETag"));

        // With a real change, the version moves by one, not to 999.
        echoed.insert(QStringLiteral("priority"),
                      fetched.json().value(QStringLiteral("priority")).toInt() == 1 ? 2 : 1);
        const auto changed = m_http.patchJson(taskUrl, echoed, auth());
        QVERIFY2(changed.status == 200, qPrintable(describeReply(changed)));
        const QJsonObject saved = changed.json();
        QCOMPARE(saved.value(QStringLiteral("id")).toString(), m_taskId);
        QCOMPARE(saved.value(QStringLiteral("version")).toInteger(),
                 fetched.json().value(QStringLiteral("version")).toInteger() + 1);
        QCOMPARE(saved.value(QStringLiteral("createdAt")),
                 fetched.json().value(QStringLiteral("createdAt")));
        QVERIFY(saved.value(QStringLiteral("updatedAt")).toString() >
                fetched.json().value(QStringLiteral("updatedAt")).toString());
        QCOMPARE(m_http.get(url(QStringLiteral("/v1/tasks/someone-elses-id")), auth()).status, 404);
    }

    void invalidUtf8IsBadRequest_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("body");
        jsonTargets("Latin-1 byte", "{\"title\":\"caf\xe9\"}");
        jsonTargets("bytes FF FE", "{\"title\":\"\xff\xfe\"}");
        jsonTargets("truncated sequence", "{\"title\":\"abc\xc3\"}");
        jsonTargets("overlong slash", "{\"title\":\"\xc0\xaf\"}");
        jsonTargets("UTF-16 surrogate", "{\"title\":\"\xed\xa0\x80\"}");
        jsonTargets("beyond U+10FFFF", "{\"title\":\"\xf4\x90\x80\x80\"}");
        jsonTargets("in a key", "{\"ti\xfftle\":\"x\"}");
    }

    void invalidUtf8IsBadRequest()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, body);
        if (target == QLatin1String("search"))
            body.replace("\"title\"", "\"q\"");
        QJsonArray before;
        snapshot(before);
        VERIFY_API_ERROR(sendJson(target, body), 400, "BAD_REQUEST");
        checkUnchangedAndServing(before);
    }

    void absurdListParametersAre422_data()
    {
        QTest::addColumn<Params>("params");
        QTest::addColumn<QString>("field");
        const auto row = [](const char *name, const QList<QPair<QString, QString>> &params,
                            const char *field) {
            QTest::newRow(name) << params << QString::fromLatin1(field);
        };
        const auto limit = [](const char *value) {
            return QList<QPair<QString, QString>>{
                {QStringLiteral("limit"), QString::fromLatin1(value)}};
        };
        row("limit 0", limit("0"), "limit");
        row("limit -1", limit("-1"), "limit");
        row("limit 501", limit("501"), "limit");
        row("limit abc", limit("abc"), "limit");
        row("limit 1.5", limit("1.5"), "limit");
        row("limit 20 digits", limit("99999999999999999999"), "limit");
        row("limit empty", limit(""), "limit");
        row("limit twice",
            {{QStringLiteral("limit"), QStringLiteral("5")},
             {QStringLiteral("limit"), QStringLiteral("6")}},
            "limit");
        const auto cursor = [](const QString &value, const char *sort = nullptr) {
            QList<QPair<QString, QString>> params{{QStringLiteral("cursor"), value}};
            if (sort)
                params.append({QStringLiteral("sort"), QString::fromLatin1(sort)});
            return params;
        };
        row("cursor garbage", cursor(QStringLiteral("not-a-cursor")), "cursor");
        row("cursor punctuation", cursor(QStringLiteral("!!!***")), "cursor");
        row("cursor base64 of text",
            cursor(QString::fromLatin1(
                QByteArray("hello world").toBase64(QByteArray::Base64UrlEncoding))),
            "cursor");
        row("cursor with a key of the wrong type",
            cursor(QString::fromLatin1(
                QByteArray(R"({"s":"-updated","k":{"x":1},"id":"abc"})")
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))),
            "cursor");
        row("cursor of created used with title", cursor(QStringLiteral("<created>"), "title"),
            "cursor");
        row("cursor of created used with -created", cursor(QStringLiteral("<created>"), "-created"),
            "cursor");
        row("cursor of the default sort used with due", cursor(QStringLiteral("<default>"), "due"),
            "cursor");
        row("sort unknown", {{QStringLiteral("sort"), QStringLiteral("colour")}}, "sort");
        row("sort twice negated", {{QStringLiteral("sort"), QStringLiteral("--updated")}}, "sort");
        row("status unknown", {{QStringLiteral("status"), QStringLiteral("closed")}}, "status");
        row("status list with an unknown",
            {{QStringLiteral("status"), QStringLiteral("open,closed")}}, "status");
    }

    void absurdListParametersAre422()
    {
        QFETCH(Params, params);
        QFETCH(QString, field);
        // Real cursors, from the first page of another listing.
        for (auto &[name, value] : params) {
            if (value == QLatin1String("<created>") || value == QLatin1String("<default>")) {
                QList<QPair<QString, QString>> first{
                    {QStringLiteral("limit"), QStringLiteral("1")}};
                if (value == QLatin1String("<created>"))
                    first.append({QStringLiteral("sort"), QStringLiteral("created")});
                const auto page =
                    m_http.get(urlWithQuery(QStringLiteral("/v1/tasks"), first), auth());
                QCOMPARE(page.status, 200);
                value = page.json().value(QStringLiteral("nextCursor")).toString();
                QVERIFY(!value.isEmpty());
            }
        }
        QJsonArray before;
        snapshot(before);
        VERIFY_VALIDATION_ERROR(
            m_http.get(urlWithQuery(QStringLiteral("/v1/tasks"), params), auth()), field);
        checkUnchangedAndServing(before);
    }

    void absurdSearchParametersAre422_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const auto row = [](const char *name, const QByteArray &body, const char *field) {
            QTest::newRow(name) << body << QString::fromLatin1(field);
        };
        row("limit 0", R"({"limit":0})", "limit");
        row("limit -1", R"({"limit":-1})", "limit");
        row("limit 501", R"({"limit":501})", "limit");
        row("limit 2.5", R"({"limit":2.5})", "limit");
        row("limit abc", R"({"limit":"abc"})", "limit");
        row("limit 1e20", R"({"limit":1e20})", "limit");
        row("limit true", R"({"limit":true})", "limit");
        row("cursor garbage", R"({"cursor":"not-a-cursor"})", "cursor");
        row("cursor a number", R"({"cursor":42})", "cursor");
        row("cursor of created used with title", R"({"cursor":"<created>","sort":"title"})",
            "cursor");
        row("sort unknown", R"({"sort":"colour"})", "sort");
        row("sort a number", R"({"sort":5})", "sort");
        row("status unknown", R"({"status":["open","closed"]})", "status");
        row("status a number", R"({"status":5})", "status");
        row("q a number", R"({"q":5})", "q");
    }

    void absurdSearchParametersAre422()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        if (body.contains("<created>")) {
            const auto page =
                m_http.get(urlWithQuery(QStringLiteral("/v1/tasks"),
                                        {{QStringLiteral("limit"), QStringLiteral("1")},
                                         {QStringLiteral("sort"), QStringLiteral("created")}}),
                           auth());
            const QString cursor = page.json().value(QStringLiteral("nextCursor")).toString();
            QVERIFY(!cursor.isEmpty());
            body.replace("<created>", cursor.toLatin1());
        }
        QJsonArray before;
        snapshot(before);
        VERIFY_VALIDATION_ERROR(sendJson(QStringLiteral("search"), body), field);
        checkUnchangedAndServing(before);
    }

    void unknownPathIs404_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("api");
        QTest::newRow("/v1/nope") << QStringLiteral("/v1/nope") << true;
        QTest::newRow("/v1") << QStringLiteral("/v1") << true;
        QTest::newRow("/v1/tasks/{id}/extra") << QStringLiteral("/v1/tasks/{id}/extra") << true;
        QTest::newRow("/v2/tasks") << QStringLiteral("/v2/tasks") << false;
        QTest::newRow("/nope") << QStringLiteral("/nope") << false;
        QTest::newRow("/oauth2/nope") << QStringLiteral("/oauth2/nope") << false;
        QTest::newRow("/static/nope.css") << QStringLiteral("/static/nope.css") << false;
    }

    void unknownPathIs404()
    {
        QFETCH(QString, path);
        QFETCH(bool, api);
        path.replace(QStringLiteral("{id}"), m_taskId);
        QJsonArray before;
        snapshot(before);
        const auto reply = m_http.get(url(path), auth());
        if (api) {
            VERIFY_API_ERROR(reply, 404, "NOT_FOUND");
        } else {
            QCOMPARE(reply.status, 404);
            QVERIFY2(reply.header("Content-Type").startsWith("text/html"),
                     reply.header("Content-Type").constData());
            QVERIFY(reply.body.contains("<html"));
            QVERIFY(reply.body.contains("Page not found"));
            QVERIFY(reply.body.contains(QByteArray("Request id: " + reply.header("X-Request-Id"))));
            QVERIFY(reply.header("X-Request-Id").startsWith("req-"));
        }
        checkUnchangedAndServing(before);
    }

    void wrongMethodIs405_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("allowed");
        QTest::newRow("PUT a task") << QByteArray("PUT") << QStringLiteral("/v1/tasks/{id}")
                                    << QStringList{QStringLiteral("GET"), QStringLiteral("PATCH"),
                                                   QStringLiteral("DELETE")};
        QTest::newRow("DELETE the collection")
            << QByteArray("DELETE") << QStringLiteral("/v1/tasks")
            << QStringList{QStringLiteral("GET"), QStringLiteral("POST")};
        QTest::newRow("PATCH the collection")
            << QByteArray("PATCH") << QStringLiteral("/v1/tasks")
            << QStringList{QStringLiteral("GET"), QStringLiteral("POST")};
        QTest::newRow("GET the token endpoint")
            << QByteArray("GET") << QStringLiteral("/oauth2/token")
            << QStringList{QStringLiteral("POST")};
        QTest::newRow("PUT /healthz") << QByteArray("PUT") << QStringLiteral("/healthz")
                                      << QStringList{QStringLiteral("GET")};
    }

    void wrongMethodIs405()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QStringList, allowed);
        path.replace(QStringLiteral("{id}"), m_taskId);
        QJsonArray before;
        snapshot(before);
        const auto reply =
            m_http.send(method, url(path), R"({"title":"Replaced"})",
                        auth() + HttpClient::Headers{{"Content-Type", "application/json"}});
        // The /v1 error shape on every path, OAuth ones included (docs/api.md 2.1).
        VERIFY_API_ERROR(reply, 405, "METHOD_NOT_ALLOWED");
        QSet<QString> named;
        const auto parts = reply.header("Allow").split(',');
        for (const QByteArray &part : parts)
            named.insert(QString::fromLatin1(part.trimmed()));
        QCOMPARE(named, QSet<QString>(allowed.begin(), allowed.end()));
        checkUnchangedAndServing(before);
    }

    void garbageBearerTokensAre401_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("short random") << QByteArray("abc123");
        QTest::newRow("long random") << QByteArray("q8ZrT0vW2nLx7YbHc4MjKs9PdEf1GaUi6RoNt3VwXyZk5");
        QTest::newRow("valid prefix, wrong checksum")
            << QByteArray("tla_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZZZZZZ");
        QTest::newRow("real token, last character changed") << QByteArray("<access:mutated>");
        QTest::newRow("real token, one character short") << QByteArray("<access:short>");
        QTest::newRow("real token, one character more") << QByteArray("<access>A");
        QTest::newRow("real token, twice") << QByteArray("<access> <access>");
        QTest::newRow("well formed, never issued")
            << wellFormedToken(QStringLiteral("tla_")).toLatin1();
        QTest::newRow("well formed personal token, never issued")
            << wellFormedToken(QStringLiteral("tlp_")).toLatin1();
        QTest::newRow("refresh token") << QByteArray("<refresh>");
        QTest::newRow("authorization code") << QByteArray("<code>");
        QTest::newRow("non-ASCII") << QByteArray("tla_\xc3\xa4\xc3\xb6\xc3\xbc");
        QTest::newRow("very long") << QByteArray(4000, 'a');
    }

    void garbageBearerTokensAre401()
    {
        QFETCH(QByteArray, token);
        QString mutated = m_access;
        mutated[mutated.size() - 1] =
            mutated.back() == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
        token.replace("<access:mutated>", mutated.toLatin1());
        token.replace("<access:short>", m_access.chopped(1).toLatin1());
        token.replace("<access>", m_access.toLatin1());
        token.replace("<refresh>", m_refresh.toLatin1());
        token.replace("<code>", m_code.toLatin1());
        QJsonArray before;
        snapshot(before);

        const HttpClient::Headers headers{{"Authorization", "Bearer " + token},
                                          {"Content-Type", "application/json"}};
        const QList<QPair<QByteArray, QString>> requests{
            {"GET", QStringLiteral("/v1/tasks")},
            {"POST", QStringLiteral("/v1/tasks")},
            {"PATCH", QStringLiteral("/v1/tasks/") + m_taskId},
            {"DELETE", QStringLiteral("/v1/tasks/") + m_taskId},
            {"GET", QStringLiteral("/v1/me")},
        };
        for (const auto &[method, path] : requests) {
            const auto reply = m_http.send(method, url(path),
                                           method == "POST" || method == "PATCH"
                                               ? QByteArray(R"({"title":"Forged"})")
                                               : QByteArray(),
                                           headers);
            VERIFY_API_ERROR(reply, 401, "UNAUTHORIZED");
            const QByteArray challenge = reply.header("WWW-Authenticate");
            QVERIFY2(challenge.startsWith("Bearer"), challenge.constData());
            QVERIFY2(challenge.contains("error=\"invalid_token\""), challenge.constData());
        }
        checkUnchangedAndServing(before);
    }

    void tokenEndpointRefusesJsonBody()
    {
        OAuthTestClient client(m_server);
        const QString code = client.authorizationCode(QStringLiteral("erin"), m_password);
        QVERIFY(!code.isEmpty());
        const QJsonObject asJson{
            {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("client_id"), client.clientId},
            {QStringLiteral("code"), code},
            {QStringLiteral("redirect_uri"), client.redirectUri},
            {QStringLiteral("code_verifier"), client.verifier}};
        const auto reply = m_http.postJson(url(QStringLiteral("/oauth2/token")), asJson);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_request"));
        QVERIFY(!reply.json().value(QStringLiteral("error_description")).toString().isEmpty());
        QVERIFY(reply.json().value(QStringLiteral("access_token")).isUndefined());
        // The refused request did not use up the code.
        const auto exchanged = client.exchangeCode(code);
        QVERIFY2(exchanged.status == 200, qPrintable(describeReply(exchanged)));
        QVERIFY(!exchanged.json().value(QStringLiteral("access_token")).toString().isEmpty());
    }

    void tokenEndpointRefusesInvalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::newRow("raw byte FF in a value") << QByteArray("&device=\xff");
        QTest::newRow("percent-encoded FF FE") << QByteArray("&device=%FF%FE");
        QTest::newRow("percent-encoded overlong") << QByteArray("&device=%C0%AF");
        QTest::newRow("percent-encoded surrogate") << QByteArray("&device=%ED%A0%80");
        QTest::newRow("in a name") << QByteArray("&dev%FFice=x");
    }

    void tokenEndpointRefusesInvalidUtf8()
    {
        QFETCH(QByteArray, extra);
        OAuthTestClient client(m_server);
        const QString code = client.authorizationCode(QStringLiteral("erin"), m_password);
        QVERIFY(!code.isEmpty());
        const QByteArray form =
            HttpClient::formEncode(
                {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                 {QStringLiteral("client_id"), client.clientId},
                 {QStringLiteral("code"), code},
                 {QStringLiteral("redirect_uri"), client.redirectUri},
                 {QStringLiteral("code_verifier"), client.verifier}}) +
            extra;
        const auto reply = m_http.post(url(QStringLiteral("/oauth2/token")), form,
                                       "application/x-www-form-urlencoded");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_request"));
        QVERIFY(reply.json().value(QStringLiteral("access_token")).isUndefined());
        const auto exchanged = client.exchangeCode(code);
        QVERIFY2(exchanged.status == 200, qPrintable(describeReply(exchanged)));
    }

    void clientHangingUpMidBodyDoesNoHarm()
    {
        QJsonArray before;
        snapshot(before);
        const QByteArray head =
            "POST /v1/tasks HTTP/1.1\r\nHost: " + hostHeader() + "\r\nAuthorization: Bearer " +
            m_access.toLatin1() +
            "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n";
        // Ten bytes of a promised thousand, and gone.
        sendAndHangUp(head + "{\"title\":\"");
        // Half the headers, and gone.
        sendAndHangUp(head.left(30));
        // The headers, no body, and gone.
        sendAndHangUp(head);
        if (QTest::currentTestFailed())
            return;

        // A client that stalls mid-body does not block anyone else.
        QTcpSocket stalled;
        connectRaw(stalled);
        if (QTest::currentTestFailed())
            return;
        stalled.write(head + "{\"title\":\"");
        QVERIFY(stalled.waitForBytesWritten(10000));
        QCOMPARE(m_http.get(url(QStringLiteral("/healthz"))).status, 200);
        checkUnchangedAndServing(before);
        if (QTest::currentTestFailed())
            return;
        stalled.abort();
        checkUnchangedAndServing(before);
    }

    void clientHangingUpDuringSignInDoesNoHarm()
    {
        // The password check runs on a thread pool; its answer finds the client gone.
        for (int i = 0; i < 5; ++i) {
            QByteArray request;
            signInRequest(i == 2 ? QStringLiteral("wrong password") : m_password, request);
            if (QTest::currentTestFailed())
                return;
            sendAndHangUp(request);
            if (QTest::currentTestFailed())
                return;
        }
        checkSignInStillWorks();
        if (QTest::currentTestFailed())
            return;

        // Again, with every hang-up before any password check can have finished.
        QList<QByteArray> requests;
        for (int i = 0; i < 4; ++i) {
            QByteArray request;
            signInRequest(m_password, request);
            if (QTest::currentTestFailed())
                return;
            requests.append(request);
        }
        for (const QByteArray &request : std::as_const(requests)) {
            sendAndHangUp(request);
            if (QTest::currentTestFailed())
                return;
        }
        checkSignInStillWorks();
    }

    // Last: stops the server.
    void stopsCleanlyWithSignInsInFlight()
    {
        // SIGTERM while password checks still run on the thread pool (several queued per
        // core): main.cpp promises a clean exit, status 0.
        QList<QByteArray> requests;
        for (int i = 0; i < 6; ++i) {
            QByteArray request;
            signInRequest(m_password, request);
            if (QTest::currentTestFailed())
                return;
            requests.append(request);
        }
        for (const QByteArray &request : std::as_const(requests))
            sendAndHangUp(request);
        QVERIFY(m_server.isRunning());
        const int exitCode = m_server.stop();
        QVERIFY2(exitCode == 0,
                 qPrintable(QStringLiteral("exit code %1; output: %2")
                                .arg(exitCode)
                                .arg(QString::fromUtf8(m_server.output().right(1500)))));
    }
};

QTEST_GUILESS_MAIN(tst_BadInput)
#include "tst_badinput.moc"
