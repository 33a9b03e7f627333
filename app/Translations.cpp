#include "Translations.h"

#include "PseudoTranslator.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTranslations, "tasklane.translations", QtWarningMsg)

namespace {

// "de_AT", "de-AT" and "de" all name German.
QString baseLanguage(const QString &name)
{
    QString language = name;
    language.replace(QLatin1Char('-'), QLatin1Char('_'));
    return language.section(QLatin1Char('_'), 0, 0).toLower();
}

} // namespace

Translations::Translations() = default;

Translations::~Translations()
{
    remove();
}

QStringList Translations::shippedLanguages()
{
    // TASKLANE_LANGUAGES from the top-level CMakeLists.txt, joined with commas.
    return QStringLiteral(TASKLANE_LANGUAGES).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QStringList Translations::selectableLanguages()
{
    return QStringList{English} + shippedLanguages();
}

bool Translations::isSelectable(const QString &language)
{
    return selectableLanguages().contains(language);
}

QString Translations::nativeName(const QString &language)
{
    if (language == Pseudo)
        return QStringLiteral("Pseudo");
    // QLocale's native names can name a region too ("American English", "español de España"):
    // the plain names of the languages where it does. A new language whose QLocale name reads
    // wrong in the Settings list goes here.
    static const QHash<QString, QString> plainNames{
        {English, QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("pt"), QStringLiteral("Português")},
    };
    if (const auto it = plainNames.constFind(language); it != plainNames.constEnd())
        return *it;
    const QString name = QLocale(language).nativeLanguageName();
    if (name.isEmpty())
        return language;
    // QLocale says "français", "español": in a list of languages they start with a capital.
    return QLocale(language).toUpper(name.left(1)) + name.mid(1);
}

QString Translations::resolve(const QString &language)
{
    return resolve(language, QLocale::system().uiLanguages());
}

QString Translations::resolve(const QString &language, const QStringList &uiLanguages)
{
    if (language == Pseudo || isSelectable(language))
        return language;
    if (!language.isEmpty())
        qCWarning(lcTranslations) << "language setting" << language
                                  << "is not one Tasklane ships; using the system's";
    for (const QString &uiLanguage : uiLanguages) {
        const QString base = baseLanguage(uiLanguage);
        if (isSelectable(base))
            return base;
    }
    return English;
}

bool Translations::loadCatalogue(QTranslator &translator, const QString &name,
                                 const QString &language)
{
    return translator.load(name + QLatin1Char('_') + language, QStringLiteral(":/i18n"));
}

QString Translations::install(const QString &language)
{
    remove();
    const QString resolved = resolve(language);
    if (resolved == Pseudo) {
        m_translators.push_back(std::make_unique<PseudoTranslator>());
    } else if (resolved != English) {
        for (const QString &name : {QStringLiteral("tasklane"), QStringLiteral("qtbase")}) {
            auto translator = std::make_unique<QTranslator>();
            if (loadCatalogue(*translator, name, resolved))
                m_translators.push_back(std::move(translator));
            else
                qCWarning(lcTranslations) << "no catalogue" << name << "for" << resolved;
        }
    }
    for (const auto &translator : m_translators)
        QCoreApplication::installTranslator(translator.get());

    // System: the system's locale, region and all (dates follow it even when its language is
    // not shipped); otherwise the chosen language's.
    if (resolved == Pseudo)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    else if (language.isEmpty())
        QLocale::setDefault(QLocale::system());
    else
        QLocale::setDefault(QLocale(resolved));
    return resolved;
}

void Translations::remove()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();
}
