#pragma once

#include <QString>
#include <QTranslator>

// The QA pseudo-locale (`tasklane --lang pseudo`, docs/qa.md): every text that goes through
// tr() comes back bracketed, about 40% longer and with accented letters, "[Ŝîĝñ îñ ~~~~]", so
// text that bypasses tr() (no brackets) and layouts that clip longer translations (no closing
// bracket) show at a glance. Placeholders (%1..%99, %L1, %n), accelerators (&S stays &S, &&
// stays &&), HTML tags and entities pass through unchanged, so the text still works as the
// source does; plural texts keep %n, which QCoreApplication::translate fills in.
class PseudoTranslator : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }

    // The pseudo text of `source`; empty (no translation: the source is used) for a text without
    // letters outside its placeholders and tags, such as "+" or "%1 (%2)".
    static QString pseudo(const QString &source);
};
