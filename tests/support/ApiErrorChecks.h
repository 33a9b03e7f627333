#pragma once

#include "HttpClient.h"

#include <QString>

// "HTTP 404 {...}": a reply in a test failure message.
QString describeReply(const HttpClient::Reply &reply);

// The documented /v1 error shape: status, code, a message, and the request id of the response
// (also in X-Request-Id). Fails the calling test otherwise.
void checkApiError(const HttpClient::Reply &reply, int status, const QString &code);
