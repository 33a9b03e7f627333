#pragma once

#include "ApiError.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>

#include <optional>

// Waiting on the app's services (AdminService, SecurityService), which answer a call with its
// own signal or with failed(operation, error).
namespace ServiceWait {

// Waits until `spy` has a signal or `service` reported a failure of `operation`; the failure
// (if any) is returned.
template<typename Service>
std::optional<ApiError> answerOrFailure(Service &service, QSignalSpy &spy,
                                        typename Service::Operation operation, int timeoutMs)
{
    using Operation = typename Service::Operation;
    std::optional<ApiError> failure;
    const auto connection =
        QObject::connect(&service, &Service::failed,
                         [&failure, operation](Operation failedOperation, const ApiError &error) {
                             if (failedOperation == operation)
                                 failure = error;
                         });
    if (!QTest::qWaitFor([&] { return !spy.isEmpty() || failure; }, timeoutMs))
        qWarning("neither an answer nor a failure for %d", int(operation));
    QObject::disconnect(connection);
    return failure;
}

} // namespace ServiceWait
