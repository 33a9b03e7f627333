#include "ApiErrorChecks.h"

#include <QJsonObject>
#include <QTest>

QString describeReply(const HttpClient::Reply &reply)
{
    return QStringLiteral("HTTP %1 %2").arg(reply.status).arg(QString::fromUtf8(reply.body));
}

void checkApiError(const HttpClient::Reply &reply, int status, const QString &code)
{
    QVERIFY2(reply.status == status,
             qPrintable(
                 QStringLiteral("expected HTTP %1, got %2").arg(status).arg(describeReply(reply))));
    QVERIFY2(reply.header("Content-Type").startsWith("application/json"),
             reply.header("Content-Type").constData());
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("code")).toString(), code);
    QVERIFY(!body.value(QStringLiteral("message")).toString().isEmpty());
    const QString requestId = body.value(QStringLiteral("requestId")).toString();
    QVERIFY2(requestId.startsWith(QStringLiteral("req-")), qPrintable(describeReply(reply)));
    QCOMPARE(requestId.toLatin1(), reply.header("X-Request-Id"));
}
