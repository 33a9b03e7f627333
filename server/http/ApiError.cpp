#include "ApiError.h"

ApiError::ApiError(int status, QString code, QString message, QJsonArray details)
    : m_status(status)
    , m_code(std::move(code))
    , m_message(std::move(message))
    , m_details(std::move(details))
{}

ApiError ApiError::badRequest(const QString &message)
{
    return {400, QStringLiteral("BAD_REQUEST"), message};
}

ApiError ApiError::unauthorized(const QString &message, const QByteArray &bearerError)
{
    ApiError error(401, QStringLiteral("UNAUTHORIZED"), message);
    QByteArray challenge = "Bearer realm=\"tasklane\"";
    if (!bearerError.isEmpty())
        challenge += ", error=\"" + bearerError + '"';
    error.withHeader("WWW-Authenticate", challenge);
    return error;
}

ApiError ApiError::forbidden(const QString &message)
{
    return {403, QStringLiteral("FORBIDDEN"), message};
}

ApiError ApiError::insufficientScope(const QString &requiredScope)
{
    ApiError error(403, QStringLiteral("FORBIDDEN"),
                   QStringLiteral("This credential lacks the scope \"%1\".").arg(requiredScope));
    error.withHeader("WWW-Authenticate", "Bearer realm=\"tasklane\", error=\"insufficient_scope\", "
                                         "scope=\"" +
                                             requiredScope.toUtf8() + '"');
    return error;
}

ApiError ApiError::notFound(const QString &message)
{
    return {404, QStringLiteral("NOT_FOUND"), message};
}

QJsonObject ApiError::fieldError(const QString &field, const QString &message)
{
    return QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("message"), message}};
}

ApiError ApiError::validation(const QString &message, QJsonArray details)
{
    return {422, QStringLiteral("VALIDATION_FAILED"), message, std::move(details)};
}

ApiError ApiError::conflict(const QString &message, const QString &code)
{
    return {409, code, message};
}

ApiError ApiError::preconditionFailed(const QString &message)
{
    return {412, QStringLiteral("PRECONDITION_FAILED"), message};
}

ApiError ApiError::rateLimited(int retryAfterSeconds)
{
    ApiError error(429, QStringLiteral("RATE_LIMITED"),
                   QStringLiteral("Too many requests; retry in %1 s.").arg(retryAfterSeconds));
    error.withHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return error;
}

ApiError ApiError::internal()
{
    return {500, QStringLiteral("INTERNAL"),
            QStringLiteral("The server failed to handle the request.")};
}

ApiError &ApiError::withHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
    return *this;
}

ApiError &ApiError::withField(const QString &name, const QJsonValue &value)
{
    m_fields.insert(name, value);
    return *this;
}

OAuthError::OAuthError(QString error, QString description, int status)
    : m_error(std::move(error))
    , m_description(std::move(description))
    , m_status(status)
{}
