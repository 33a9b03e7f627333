#pragma once

#include <stdexcept>

// A database failure. Its message names the statement's purpose, never bound values.
class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};
