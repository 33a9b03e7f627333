#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>
#include <vector>

// The app's languages: which ones ship, what each is called, which one a setting means, and
// installing its translators. Widget-free; app/main.cpp uses it once at start.
//
// The catalogues are embedded under :/i18n/ (translations/CMakeLists.txt): tasklane_<lang>.qm
// and Qt's own qtbase_<lang>.qm for every language of TASKLANE_LANGUAGES. English is the
// source language and needs no catalogue. "pseudo" is the QA pseudo-locale (PseudoTranslator).
class Translations
{
public:
    static inline const QString English = QStringLiteral("en");
    static inline const QString Pseudo = QStringLiteral("pseudo");

    Translations();
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // The shipped languages besides English, in TASKLANE_LANGUAGES order: {"de", "fr", "es"}.
    static QStringList shippedLanguages();
    // English and the shipped ones: what a user can choose (Settings) or pass to --lang.
    static QStringList selectableLanguages();
    static bool isSelectable(const QString &language);
    // A language's name in that language, capitalised as in a list: "Deutsch", "Français".
    static QString nativeName(const QString &language);

    // What a `language` setting means: itself if selectable (or "pseudo"); empty (System): the
    // first of `uiLanguages` (QLocale::system().uiLanguages() by default; "de-AT" counts as
    // "de") that is English or shipped, else English.
    static QString resolve(const QString &language);
    static QString resolve(const QString &language, const QStringList &uiLanguages);

    // Removes what an earlier install() put in, then installs the translators for `language`
    // (resolved as above) into the application and makes a locale the default
    // (QLocale::setDefault), so dates and numbers follow: for an explicit language that
    // language's, for System the system's own. Returns the language installed.
    QString install(const QString &language);
    // Takes the translators out again (QLocale's default stays).
    void remove();

    // The translators installed (for tests): tasklane_<lang> first, then qtbase_<lang>.
    const std::vector<std::unique_ptr<QTranslator>> &translators() const { return m_translators; }

    // Loads the embedded catalogue `name` ("tasklane", "qtbase") of `language` into `translator`.
    static bool loadCatalogue(QTranslator &translator, const QString &name,
                              const QString &language);

private:
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};
