// tasklane-bench-bare-route: the baseline for bench/run-http-bench.sh and run-token-bench.sh. A
// plain QHttpServer route that answers GET /v1/tasks (and POST /oauth2/token) with a fixed body,
// so the benchmarks show what tasklane-server's own work (authentication, rate limits, SQL, JSON)
// costs on top of QHttpServer itself.
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        err << "usage: tasklane-bench-bare-route BODY.json" << Qt::endl;
        return 2;
    }
    QFile file(arguments.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        err << "tasklane-bench-bare-route: cannot read " << arguments.at(1) << ": "
            << file.errorString() << Qt::endl;
        return 1;
    }
    const QByteArray body = file.readAll();

    QHttpServer server;
    // The body is shared, not rebuilt per request: only QHttpServer's own cost is measured.
    server.route(QStringLiteral("/v1/tasks"), QHttpServerRequest::Method::Get,
                 [body](const QHttpServerRequest &) {
                     return QHttpServerResponse("application/json", body);
                 });
    // The same body for a token request (bench/run-token-bench.sh passes a token response).
    server.route(QStringLiteral("/oauth2/token"), QHttpServerRequest::Method::Post,
                 [body](const QHttpServerRequest &) {
                     return QHttpServerResponse("application/json", body);
                 });
    // What a proxy's health check asks (bench/run-team-bench.sh puts two behind HAProxy).
    server.route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get,
                 [](const QHttpServerRequest &) {
                     return QHttpServerResponse("application/json",
                                                QByteArray("{\"status\":\"ok\"}"));
                 });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    if (port == 0) {
        err << "tasklane-bench-bare-route: cannot listen on 127.0.0.1" << Qt::endl;
        return 1;
    }
    // The script waits for this line, so it must not sit in a buffer.
    out << "listening on http://127.0.0.1:" << port << Qt::endl;
    return QCoreApplication::exec();
}
