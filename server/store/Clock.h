#pragma once

#include <QString>

// The server's idea of "now", in Unix milliseconds. Every time the server compares or stores
// goes through here, so tests can move it: with a clock offset file (the test-only option
// --clock-offset-file, docs/api.md 16.1) the number of milliseconds written in that file is
// added to the wall clock, read again on every call, so a test can move a running server
// weeks ahead without sleeping.
namespace Clock {

qint64 nowMs();

// Tests only: add the offset written in `path` (a decimal number of milliseconds; missing,
// empty or unreadable means 0) to every later nowMs(). Call before the server starts threads.
void useOffsetFile(const QString &path);
bool usesOffsetFile();

} // namespace Clock
