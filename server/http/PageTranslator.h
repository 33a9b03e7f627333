#pragma once

#include "PageLanguage.h"

#include <QByteArray>
#include <QStringList>
#include <QTranslator>

#include <map>
#include <memory>

// The server's page catalogues, one QTranslator per shipped language (tasklane-server_<lang>.qm,
// embedded under :/i18n/ by translations/CMakeLists.txt), and the choice of one for a request by
// its Accept-Language header (RFC 9110 section 12.5.4). Loaded once; read-only afterwards, so
// requests on any thread share it.
class PageTranslator
{
public:
    // Loads the catalogue of each of `languages` ("de", "fr", ...); a language without one
    // (a warning) is not offered.
    explicit PageTranslator(const QStringList &languages);
    PageTranslator(const PageTranslator &) = delete;
    PageTranslator &operator=(const PageTranslator &) = delete;

    // The catalogues of TASKLANE_LANGUAGES, loaded at first use.
    static const PageTranslator &shipped();

    // English and the languages whose catalogue loaded.
    QStringList languages() const;
    // The page language for an Accept-Language header; English when nothing in it is offered.
    PageLanguage forHeader(const QByteArray &acceptLanguage) const;

    // The language an Accept-Language header prefers among `available` (lower case codes, English
    // included): the range with the highest q-value that matches one, the earlier of equal ones.
    // "de-CH" matches "de"; "*" matches the first of `available` no other range names; q=0 rules a
    // language out ("*;q=0" everything not named); case does not matter. A header that is empty
    // or not valid, or names nothing offered: "en".
    static QString choose(const QByteArray &acceptLanguage, const QStringList &available);

private:
    std::map<QString, std::unique_ptr<QTranslator>> m_catalogues;
};
