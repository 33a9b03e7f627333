#pragma once

#include <QString>
#include <QStringList>

class AppContext;
class QWidget;

// The texts of a screen that read the same in the app's language as in English: untranslated
// (no translation, or not through tr()), unless they are data or words the language shares with
// English. The English texts come from the same screen rendered again in English: the app's
// language switched at run time (QEvent::LanguageChange, as Settings does), then back. Each
// entry of VisibleTexts::entries() is paired with the English one of the same owner (widget,
// action, page) at the same place, so a text can only pass by differing from its own English
// rendering; a text without an English counterpart is reported too.
//
// A text that is the same passes when every word of it, after removing the data strings given
// (user names, addresses), is on the language's list of words that are the same in English,
// translations/same-words_<lang>.txt (docs/translations.md): "OK", "Token", "Status" in German.
class SameAsEnglish
{
public:
    SameAsEnglish(AppContext &context, const QString &language);

    // The words of translations/same-words_<language>.txt (one a line, # comments).
    static QStringList sameWords(const QString &language);

    // "objectName: text" for each text of `window` that reads as in English and is neither data
    // nor made of the same words. Leaves the app in its language again.
    QStringList of(QWidget *window, const QStringList &data = {});

    // Installs `language` at run time and delivers the LanguageChange events and the layouts
    // they ask for.
    static void switchTo(AppContext &context, const QString &language);

private:
    bool allowed(QString text, const QStringList &data) const;

    AppContext &m_context;
    QString m_language;
    QStringList m_sameWords;
};
