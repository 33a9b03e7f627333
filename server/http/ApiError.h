#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <exception>

// A /v1 error as DESIGN.md section 3 defines it. Endpoints throw it; HttpServer renders it as
// {code, message, requestId[, details]} so every error has the same shape and a request id.
class ApiError : public std::exception
{
public:
    ApiError(int status, QString code, QString message, QJsonArray details = {});

    static ApiError badRequest(const QString &message);
    static ApiError unauthorized(const QString &message,
                                 const QByteArray &bearerError = "invalid_token");
    static ApiError forbidden(const QString &message);
    static ApiError insufficientScope(const QString &requiredScope);
    static ApiError notFound(const QString &message);
    static ApiError validation(const QString &message, QJsonArray details = {});
    // One entry of a validation error's details: {"field", "message"}.
    static QJsonObject fieldError(const QString &field, const QString &message);
    // 409; `code` names the conflict when clients branch on it (TOKEN_LIMIT_REACHED, ...).
    static ApiError conflict(const QString &message,
                             const QString &code = QStringLiteral("CONFLICT"));
    static ApiError preconditionFailed(const QString &message);
    static ApiError rateLimited(int retryAfterSeconds);
    static ApiError internal();

    int status() const { return m_status; }
    const QString &code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QJsonArray &details() const { return m_details; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    ApiError &withHeader(const QByteArray &name, const QByteArray &value);
    // Members the body carries beside code, message and requestId (e.g. attemptsRemaining).
    const QJsonObject &fields() const { return m_fields; }
    ApiError &withField(const QString &name, const QJsonValue &value);

    const char *what() const noexcept override { return "ApiError"; }

private:
    int m_status;
    QString m_code;
    QString m_message;
    QJsonArray m_details;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QJsonObject m_fields;
};

// An RFC 6749 error from the OAuth endpoints: {"error": ..., "error_description": ...}.
class OAuthError : public std::exception
{
public:
    OAuthError(QString error, QString description, int status = 400);

    const QString &error() const { return m_error; }
    const QString &description() const { return m_description; }
    int status() const { return m_status; }
    const char *what() const noexcept override { return "OAuthError"; }

private:
    QString m_error;
    QString m_description;
    int m_status;
};
