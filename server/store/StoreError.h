#pragma once

#include <stdexcept>

// A database failure. Its message names the statement's purpose, never bound values.
class StoreError : public std::runtime_error
{
public:
    enum class Kind {
        Failure,
        // A UNIQUE constraint or unique index refused the row: a caller may turn this into a
        // conflict answer instead of a 500.
        UniqueViolation,
        // The database cannot be reached right now (the connection was lost, the database is
        // restarting): the request may be tried again shortly. Answered 503 with Retry-After; the
        // next statement connects again.
        Unavailable,
    };

    explicit StoreError(const std::string &what, Kind kind = Kind::Failure)
        : std::runtime_error(what)
        , m_kind(kind)
    {}

    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};
