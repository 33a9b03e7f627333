#pragma once

#include "http/HttpResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

class RequestContext;
class Router;
struct SecurityEvent;
struct ServerServices;

// GET /v1/me/security-events: the account's security log, newest first, a page at a time.
// Only OAuth access tokens with the `account` scope get here (ApiGuard's security-settings
// rule): the log shows where the account is used, which a leaked script token must not read.
class SecurityEventsEndpoint
{
public:
    static constexpr int DefaultLimit = 50;
    static constexpr int MaxLimit = 200;

    explicit SecurityEventsEndpoint(ServerServices &services);
    void registerRoutes(Router &router);

    static QJsonObject toJson(const SecurityEvent &event);
    // The opaque cursor of the page that ends with `last`: base64url of "<occurredAtMs>:<id>".
    static QString cursorAfter(const SecurityEvent &last);

private:
    struct Query
    {
        int limit = DefaultLimit;
        QStringList types;   // empty: all
        qint64 beforeMs = 0; // 0: from the newest
        QString beforeId;
    };
    // Reads limit, type and cursor from the query string; the errors are VALIDATION_FAILED
    // details.
    static QJsonArray parse(const RequestContext &context, Query &query);

    HttpResponse list(RequestContext &context);

    ServerServices &m_services;
};
