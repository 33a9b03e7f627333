#pragma once

#include <QLabel>

#include <functional>

// The line under a table that says what the user's last action did ("“Laptop” was signed out.").
// It keeps how to say it, a function that calls tr(), rather than the words, so a language change
// while it shows says it again in the new language. Hidden until the first result. Plain text,
// selectable. Serves the Sessions, Tokens and Passkeys tabs and Administration's user panel.
class ResultLabel : public QLabel
{
    Q_OBJECT

public:
    ResultLabel(const QString &objectName, QWidget *parent);

    // Shows `text()` now and again after each language change, until hidden.
    void showResult(std::function<QString()> text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    std::function<QString()> m_text;
};
