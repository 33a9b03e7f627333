#pragma once

#include "HttpClient.h"

#include <QString>
#include <QTest>

// "HTTP 404 {...}": a reply in a test failure message.
QString describeReply(const HttpClient::Reply &reply);

// The documented /v1 error shape: status, code, a message, and the request id of the response
// (also in X-Request-Id). Fails the calling test otherwise.
void checkApiError(const HttpClient::Reply &reply, int status, const QString &code);

// checkApiError, then leaves the calling test function when it failed.
#define VERIFY_API_ERROR(reply, status, code)                                                      \
    do {                                                                                           \
        checkApiError((reply), (status), QStringLiteral(code));                                    \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)
