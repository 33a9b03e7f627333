#pragma once

#include <QString>

// A name the user gave (a device, a token) in the quotation marks of the app's language: “…” in
// English, „…“ in German, «…» in Spanish. The default locale follows the app's language
// (Translations::install); the C locale (no language set, as in tests) quotes as English does
// rather than with straight quotes.
QString quotedName(const QString &name);
