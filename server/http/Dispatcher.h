#pragma once

#include "HttpResponse.h"
#include "RequestContext.h"
#include "Router.h"

#include <QObject>

#include <exception>
#include <functional>

class StoreError;

// The worker-thread half of the HTTP adapter (HttpServer keeps the sockets): asks the Router
// for a request's handler, runs it (or starts it, for an async handler), renders thrown errors
// in the documented shapes and adds the headers every response carries. Made on its worker
// thread with the endpoints its Router calls, and used only there.
class Dispatcher
{
public:
    using Reply = std::function<void(HttpResponse)>;

    Dispatcher(Router router, qint64 maxBodyBytes);

    // Answers `context` through `reply`: at once, or for an async handler when its work ends
    // (the continuation runs on this thread, after the requests handled meanwhile).
    void handle(RequestContext context, const Reply &reply);

    // Adds the headers every response carries (request id, nosniff, no-store unless the
    // endpoint said otherwise, and the endpoint's extra headers).
    static void finish(const RequestContext &context, HttpResponse &response);

private:
    HttpResponse dispatch(RequestContext &context);
    HttpResponse renderError(const RequestContext &context, std::exception_ptr error) const;
    // 503 with Retry-After for a database that cannot be reached right now.
    HttpResponse unavailable(const RequestContext &context, const StoreError &error) const;

    Router m_router;
    qint64 m_maxBodyBytes;
    QObject m_continuations; // on this thread: the context of async handlers' continuations
};
