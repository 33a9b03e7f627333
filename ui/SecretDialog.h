#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// Shows a secret the one time it can be seen (a new token, a one-time password): read-only and
// selectable, a Copy button, and a plain warning that it will not be shown again. The secret is
// wiped from the field when the dialog closes. What it says and its objectNames come from
// Texts; `stem` names the parts: <stem>Dialog, <stem>Edit, copy<Stem>Button, close<Stem>Button,
// <stem>HeadingLabel, <stem>WarningLabel, <stem>AdviceLabel, <stem>CopiedLabel.
class SecretDialog : public QDialog
{
    Q_OBJECT

public:
    struct Texts
    {
        QString stem;       // "tokenSecret"
        QString title;      // window title and accessible name
        QString heading;    // the bold line above the warning
        QString warning;    // that it is shown only now, and what to do with it
        QString advice;     // how to keep it safe
        QString secretName; // the field's accessible name
        QString copyName;   // the Copy button's accessible name
        QString closeText;  // the closing button: "I have &saved it"
        QString closeName;  // its accessible name
    };

    SecretDialog(const Texts &texts, const QString &secret, QWidget *parent = nullptr);
    ~SecretDialog() override;

    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;
    // The texts in the current language: the subclass builds them again with its own tr(). Asked
    // after a language change only, never while constructing.
    virtual Texts translatedTexts() const { return m_texts; }

private:
    // The Texts, the Copy button and the "Copied" line, in the current language.
    void retranslateUi();

    Texts m_texts;
    QLabel *m_headingLabel;
    QLabel *m_warningLabel;
    QLabel *m_adviceLabel;
    QLineEdit *m_secretEdit;
    QPushButton *m_copyButton;
    QLabel *m_copiedLabel;
    QPushButton *m_closeButton;
    bool m_copied = false;
};
