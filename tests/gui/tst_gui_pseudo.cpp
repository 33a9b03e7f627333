// The QA pseudo-locale (`tasklane --lang pseudo`, app/PseudoTranslator) on the tasks page and in
// Settings: every text through tr() is bracketed, so an unbracketed label, button or title is a
// text that bypasses tr(). With TASKLANE_SCREENSHOTS=<folder> the screens are saved there.
#include "GuiTestCase.h"
#include "Screenshots.h"
#include "Translations.h"
#include "VisibleTexts.h"

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
    Translations m_translations;
};

void tst_GuiPseudo::tasksPageIsPseudoTranslated()
{
    KIT_VERIFY(m_gui->signIn(m_gui->user()));
    KIT_VERIFY(m_gui->open("tasksPage"));
    QWidget *window = m_gui->ui().activeWindow();
    KIT_VERIFY(window);
    Screenshots::snap(QStringLiteral("pseudo-tasks"), window);
    QVERIFY2(window->windowTitle().isEmpty() || window->windowTitle().contains(u'['),
             qPrintable(window->windowTitle()));
    // The account button shows the user's name: data, not a text of the app.
    const QStringList texts = VisibleTexts::notPseudo(window, {m_gui->user().username});
    QVERIFY2(texts.isEmpty(), qPrintable(QStringLiteral("not through tr() on the tasks page:\n  ") +
                                         texts.join(QStringLiteral("\n  "))));
}

void tst_GuiPseudo::settingsArePseudoTranslated()
{
    QStringList texts;
    KIT_VERIFY(m_gui->openAndAnswer("settingsDialog", "settingsOkButton", [&](QWidget *dialog) {
        Screenshots::snap(QStringLiteral("pseudo-settings"), dialog);
        // The language list names each language in its own words, not through tr().
        texts = VisibleTexts::notPseudo(
            dialog, {QStringLiteral("English"), QStringLiteral("Deutsch"),
                     QStringLiteral("Fran\u00e7ais"), QStringLiteral("Espa\u00f1ol")});
        // The language list names each language in its own words, not through tr().
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QVERIFY(combo->itemText(0).startsWith(u'['));
        QCOMPARE(combo->itemText(2), QStringLiteral("Deutsch"));
    }));
    QVERIFY2(texts.isEmpty(), qPrintable(QStringLiteral("not through tr() in Settings:\n  ") +
                                         texts.join(QStringLiteral("\n  "))));
}

QTEST_MAIN(tst_GuiPseudo)
#include "tst_gui_pseudo.moc"
