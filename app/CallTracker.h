#pragma once

#include "ApiClient.h"

#include <QHash>
#include <QLoggingCategory>
#include <QObject>

#include <functional>

// The call bookkeeping that AdminService and SecurityService share: how many calls of each
// operation are on their way, busyChanged() on the edges of "any", operationStarted() and
// operationFinished() around each call, and a generation that drops the answers of calls made
// before dropAnswers(), so a sign-out cannot fill the next account's models.
//
// A template over the service rather than a QObject of its own: the signals stay the service's,
// typed with its own Operation enum, so connections and QSignalSpy in ui/ and tests are as
// before. `Service` declares busyChanged(bool), operationStarted(Operation) and
// operationFinished(Operation).
template<typename Service, typename Operation> class CallTracker
{
    Q_DISABLE_COPY_MOVE(CallTracker)

public:
    using Category = const QLoggingCategory &(*)();

    CallTracker(Service *service, Category category)
        : m_service(service)
        , m_category(category)
    {}

    // Counts the call as running until `handler` has run. When dropAnswers() came meanwhile,
    // `dropped` runs instead of `handler`.
    void track(Operation operation, ApiCall *call, std::function<void(const ApiResult &)> handler,
               std::function<void()> dropped = {})
    {
        const quint64 generation = m_generation;
        ++m_running[operation];
        if (m_pending++ == 0)
            emit m_service->busyChanged(true);
        emit m_service->operationStarted(operation);
        QObject::connect(call, &ApiCall::finished, m_service,
                         [this, operation, generation, handler, dropped](const ApiResult &result) {
                             if (generation == m_generation) {
                                 handler(result);
                             } else {
                                 qCDebug(m_category)
                                     << "dropped an answer from before the reset" << operation;
                                 if (dropped)
                                     dropped();
                             }
                             --m_running[operation];
                             emit m_service->operationFinished(operation);
                             // After the handler: a follow-up call it started keeps the service
                             // busy without a false -> true flicker.
                             if (--m_pending == 0)
                                 emit m_service->busyChanged(false);
                         });
    }

    // Answers of the calls on their way are dropped; they still count until they arrive.
    void dropAnswers() { ++m_generation; }

    bool isBusy() const { return m_pending > 0; }
    bool isBusy(Operation operation) const { return m_running.value(operation) > 0; }

private:
    Service *m_service;
    Category m_category;
    QHash<Operation, int> m_running;
    int m_pending = 0;
    quint64 m_generation = 0;
};
