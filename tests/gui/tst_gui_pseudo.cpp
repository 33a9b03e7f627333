// The QA pseudo-locale (`tasklane --lang pseudo`, app/PseudoTranslator) on the tasks page and in
// Settings: every text through tr() is bracketed, so an unbracketed label, button or title is a
// text that bypasses tr(). With TASKLANE_SCREENSHOTS=<folder> the screens are saved there.
#include "GuiTestCase.h"
#include "Screenshots.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QTest>

class tst_GuiPseudo : public GuiTestCase
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        GuiTestCase::initTestCase();
        QCOMPARE(m_translations.install(Translations::Pseudo), Translations::Pseudo);
    }
    void cleanupTestCase() { m_translations.remove(); }

    void tasksPageIsPseudoTranslated();
    void settingsArePseudoTranslated();

private:
    // The visible texts of `window`'s labels and buttons that are not bracketed.
    static QStringList unbracketed(QWidget *window);

    Translations m_translations;
};

QStringList tst_GuiPseudo::unbracketed(QWidget *window)
{
    QStringList texts;
    const auto check = [&texts](QWidget *widget, const QString &text) {
        if (!widget->isVisible() || text.trimmed().isEmpty())
            return;
        if (!text.contains(QLatin1Char('[')))
            texts.append(widget->objectName() + QStringLiteral(": ") + text);
    };
    for (auto *label : window->findChildren<QLabel *>())
        check(label, label->text());
    for (auto *button : window->findChildren<QAbstractButton *>())
        check(button, button->text());
    return texts;
}

void tst_GuiPseudo::tasksPageIsPseudoTranslated()
{
    KIT_VERIFY(m_gui->signIn(m_gui->user()));
    KIT_VERIFY(m_gui->open("tasksPage"));
    QWidget *window = m_gui->ui().activeWindow();
    KIT_VERIFY(window);
    Screenshots::snap(QStringLiteral("pseudo-tasks"), window);
    QVERIFY2(window->windowTitle().isEmpty() || window->windowTitle().contains(u'['),
             qPrintable(window->windowTitle()));
    const QStringList texts = unbracketed(window);
    if (!texts.isEmpty())
        qInfo().noquote() << "not through tr() on the tasks page:\n  "
                          << texts.join(QStringLiteral("\n  "));
}

void tst_GuiPseudo::settingsArePseudoTranslated()
{
    QStringList texts;
    KIT_VERIFY(m_gui->openAndAnswer("settingsDialog", "settingsOkButton", [&](QWidget *dialog) {
        Screenshots::snap(QStringLiteral("pseudo-settings"), dialog);
        texts = unbracketed(dialog);
        // The language list names each language in its own words, not through tr().
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QVERIFY(combo->itemText(0).startsWith(u'['));
        QCOMPARE(combo->itemText(2), QStringLiteral("Deutsch"));
    }));
    if (!texts.isEmpty())
        qInfo().noquote() << "not through tr() in Settings:\n  "
                          << texts.join(QStringLiteral("\n  "));
}

QTEST_MAIN(tst_GuiPseudo)
#include "tst_gui_pseudo.moc"
