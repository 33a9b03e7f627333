#include "SameAsEnglish.h"

#include "AppContext.h"
#include "Translations.h"
#include "VisibleTexts.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QWidget>

#include <algorithm>

namespace {

// owner -> its texts in order.
QHash<const QObject *, QStringList> byOwner(QWidget *window)
{
    QHash<const QObject *, QStringList> texts;
    for (const VisibleTexts::Entry &entry : VisibleTexts::entries(window))
        texts[entry.owner].append(VisibleTexts::withoutMnemonic(entry.text).trimmed());
    return texts;
}

} // namespace

SameAsEnglish::SameAsEnglish(AppContext &context, const QString &language)
    : m_context(context)
    , m_language(language)
    , m_sameWords(sameWords(language))
{}

QStringList SameAsEnglish::sameWords(const QString &language)
{
    QFile file(QStringLiteral(TASKLANE_SOURCE_DIR "/translations/same-words_%1.txt").arg(language));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qWarning("%s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
        return {};
    }
    QStringList words;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString word = line.section(u'#', 0, 0).trimmed();
        if (!word.isEmpty())
            words.append(word);
    }
    return words;
}

void SameAsEnglish::switchTo(AppContext &context, const QString &language)
{
    context.setCommandLineLanguage(language);
    context.installLanguage();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
}

QStringList SameAsEnglish::of(QWidget *window, const QStringList &data)
{
    const QList<VisibleTexts::Entry> translated = VisibleTexts::entries(window);
    switchTo(m_context, Translations::English);
    const QHash<const QObject *, QStringList> english = byOwner(window);
    switchTo(m_context, m_language);

    QStringList same;
    QHash<const QObject *, int> seen;
    for (const VisibleTexts::Entry &entry : translated) {
        const int index = seen[entry.owner]++;
        const QStringList ownersEnglish = english.value(entry.owner);
        const QString text = VisibleTexts::withoutMnemonic(entry.text).trimmed();
        // A header has no name of its own: its view's.
        const QObject *named = entry.owner->objectName().isEmpty() && entry.owner->parent()
                                   ? entry.owner->parent()
                                   : entry.owner;
        const QString name = named->objectName() + QStringLiteral(": ") + text;
        if (index >= ownersEnglish.size())
            same.append(name + QStringLiteral(" (no English text to compare with)"));
        else if (text == ownersEnglish.at(index) && !allowed(text, data))
            same.append(name);
    }
    return same;
}

bool SameAsEnglish::allowed(QString text, const QStringList &data) const
{
    // Longest first: "bob@example.org" before "bob".
    QStringList values = data;
    std::sort(values.begin(), values.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &value : std::as_const(values)) {
        if (!value.isEmpty())
            text.replace(value, QStringLiteral(" "));
    }
    static const QRegularExpression word(QStringLiteral("\\p{L}+"));
    for (auto match = word.globalMatch(text); match.hasNext();) {
        if (!m_sameWords.contains(match.next().captured()))
            return false;
    }
    return true;
}
