// Switching the language while Account security and the two-factor wizard are open: every
// visible text follows at once (checked with the QA pseudo-locale, whose brackets show a text
// that did not come through tr() again), and nothing the user typed, chose or selected is lost.
// With TASKLANE_SCREENSHOTS=<folder> the screens in the pseudo-locale are saved there.
#include "AccountSecurityDialog.h"
#include "BackupCodesView.h"
#include "GuiTestCase.h"
#include "MainWindow.h"
#include "PasswordTab.h"
#include "Screenshots.h"
#include "SecurityTableView.h"
#include "Totp.h"
#include "Translations.h"
#include "TwoFactorSetupWizard.h"
#include "VisibleTexts.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

class tst_GuiLanguageAccount : public GuiTestCase
{
    Q_OBJECT

private slots:
    void cleanupTestCase() { m_translations.remove(); }

    void accountSecurityFollowsTheLanguageAtOnce();
    void twoFactorWizardFollowsTheLanguageAtOnce();
    void newTokenDialogFollowsTheLanguageAtOnce();

private:
    // Installs `language` at run time, as Settings does, and lets the LanguageChange events land.
    void switchTo(const QString &language)
    {
        QCOMPARE(m_translations.install(language), language);
        QCoreApplication::processEvents();
    }

    Translations m_translations;
};

namespace {

// Every visible text of `window` not in the pseudo-locale, for each tab of `tabs` in turn (only
// the current tab's widgets are visible), prefixed with the tab's objectName.
QStringList notPseudoOnEveryTab(QWidget *window, QTabWidget *tabs, const QStringList &allowed)
{
    QStringList texts;
    const int current = tabs->currentIndex();
    for (int index = 0; index < tabs->count(); ++index) {
        tabs->setCurrentIndex(index);
        QCoreApplication::processEvents();
        Screenshots::snap(QStringLiteral("language-account-") + tabs->widget(index)->objectName(),
                          window);
        for (const QString &text : VisibleTexts::notPseudo(window, allowed))
            texts.append(tabs->widget(index)->objectName() + QStringLiteral(" > ") + text);
    }
    tabs->setCurrentIndex(current);
    return texts;
}

QStringList bracketed(QWidget *window, QTabWidget *tabs)
{
    QStringList texts;
    for (int index = 0; index < tabs->count(); ++index) {
        tabs->setCurrentIndex(index);
        for (const QString &text : VisibleTexts::of(window)) {
            if (text.contains(u'['))
                texts.append(text);
        }
    }
    return texts;
}

} // namespace

void tst_GuiLanguageAccount::accountSecurityFollowsTheLanguageAtOnce()
{
    KIT_VERIFY(m_gui->signIn(m_gui->user()));
    // A state with data on every tab: a session selected, a password half typed, the log
    // filtered to one kind and searched.
    KIT_VERIFY(m_gui->open("sessionsTab"));
    auto *sessionTable = m_gui->find<SecurityTableView>("sessionTable");
    QTRY_VERIFY(sessionTable->model()->rowCount() >= 1);
    sessionTable->selectionModel()->setCurrentIndex(sessionTable->model()->index(0, 0),
                                                    QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    KIT_VERIFY(m_gui->open("passwordTab"));
    auto *currentEdit = m_gui->find<QLineEdit>("currentPasswordEdit");
    auto *newEdit = m_gui->find<QLineEdit>("newPasswordEdit");
    currentEdit->setText(QStringLiteral("old secret"));
    newEdit->setText(QStringLiteral("a new and long passphrase"));
    KIT_VERIFY(m_gui->open("securityLogTab"));
    auto *typeCombo = m_gui->find<QComboBox>("securityLogTypeCombo");
    auto *searchEdit = m_gui->find<QLineEdit>("securityLogSearchEdit");
    typeCombo->setCurrentIndex(1);
    const QVariant typeData = typeCombo->currentData();
    searchEdit->setText(QStringLiteral("sign"));
    // Selected last: opening a tab with the kit loads the lists again.
    sessionTable->selectionModel()->setCurrentIndex(sessionTable->model()->index(0, 0),
                                                    QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    QCOMPARE(sessionTable->currentRow().row(), 0);

    AccountSecurityDialog *dialog = m_gui->window->accountSecurityDialog();
    QVERIFY(dialog);
    QTabWidget *tabs = dialog->tabs();

    switchTo(Translations::Pseudo);
    // The user's name is data (the window title carries it inside a bracketed text).
    const QStringList texts = notPseudoOnEveryTab(dialog, tabs, {m_gui->user().username});
    QVERIFY2(texts.isEmpty(),
             qPrintable(QStringLiteral("not retranslated in Account security:\n  ") +
                        texts.join(QStringLiteral("\n  "))));
    QVERIFY2(dialog->windowTitle().startsWith(u'['), qPrintable(dialog->windowTitle()));
    // Nothing the user did is lost.
    QCOMPARE(currentEdit->text(), QStringLiteral("old secret"));
    QCOMPARE(newEdit->text(), QStringLiteral("a new and long passphrase"));
    QCOMPARE(typeCombo->currentIndex(), 1);
    QCOMPARE(typeCombo->currentData(), typeData);
    QVERIFY(typeCombo->currentText().startsWith(u'['));
    QCOMPARE(searchEdit->text(), QStringLiteral("sign"));
    QCOMPARE(sessionTable->currentRow().row(), 0);

    switchTo(Translations::English);
    const QStringList stillPseudo = bracketed(dialog, tabs);
    QVERIFY2(stillPseudo.isEmpty(),
             qPrintable(QStringLiteral("still in the pseudo-locale after English:\n  ") +
                        stillPseudo.join(QStringLiteral("\n  "))));
    QCOMPARE(tabs->tabText(tabs->indexOf(dialog->passwordTab())), QStringLiteral("&Password"));
    QCOMPARE(dialog->windowTitle(),
             QStringLiteral("Account security \u2013 %1").arg(m_gui->user().username));
    QCOMPARE(typeCombo->itemText(0), QStringLiteral("All events"));
    QCOMPARE(searchEdit->placeholderText(), QStringLiteral("Search events, names and addresses"));
    QCOMPARE(currentEdit->text(), QStringLiteral("old secret"));
    QCOMPARE(searchEdit->text(), QStringLiteral("sign"));
}

void tst_GuiLanguageAccount::twoFactorWizardFollowsTheLanguageAtOnce()
{
    KIT_VERIFY(m_gui->signIn(m_gui->user()));
    auto *wizard = m_gui->open<TwoFactorSetupWizard>("twoFactorSetupWizard");
    KIT_VERIFY(wizard);
    auto *keyLabel = wizard->findChild<QLabel *>(QStringLiteral("twoFactorKeyLabel"));
    QVERIFY(keyLabel);
    const QString key = keyLabel->text();
    QVERIFY(!key.isEmpty());

    switchTo(Translations::Pseudo);
    Screenshots::snap(QStringLiteral("language-wizard-scan"), wizard);
    // The key is data: the letters the user types into the app.
    QStringList texts = VisibleTexts::notPseudo(wizard, {key});
    QVERIFY2(texts.isEmpty(), qPrintable(QStringLiteral("not retranslated on the scan page:\n  ") +
                                         texts.join(QStringLiteral("\n  "))));
    QCOMPARE(keyLabel->text(), key);
    QVERIFY(wizard->windowTitle().startsWith(u'['));

    // On to the code: half typed, then the language changes again.
    switchTo(Translations::English);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(TwoFactorSetupWizard::VerifyPageId));
    auto *codeEdit = wizard->findChild<QLineEdit *>(QStringLiteral("verifyCodeEdit"));
    QVERIFY(codeEdit);
    codeEdit->setText(QStringLiteral("123"));
    switchTo(Translations::Pseudo);
    Screenshots::snap(QStringLiteral("language-wizard-verify"), wizard);
    // The code field's placeholder is the shape of a code, not words.
    texts = VisibleTexts::notPseudo(wizard, {QStringLiteral("123456")});
    QVERIFY2(texts.isEmpty(),
             qPrintable(QStringLiteral("not retranslated on the verify page:\n  ") +
                        texts.join(QStringLiteral("\n  "))));
    QCOMPARE(codeEdit->text(), QStringLiteral("123"));
    QCOMPARE(wizard->currentId(), int(TwoFactorSetupWizard::VerifyPageId));

    switchTo(Translations::English);
    QCOMPARE(wizard->windowTitle(), QStringLiteral("Enable Two-Factor Authentication"));
    QCOMPARE(wizard->currentPage()->title(), QStringLiteral("Enter a code from the app"));
    QCOMPARE(wizard->button(QWizard::CommitButton)->text(), QStringLiteral("&Verify"));
    QCOMPARE(codeEdit->text(), QStringLiteral("123"));

    // A refused code: its explanation follows the language too.
    codeEdit->setText(Totp::wrong(key));
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    auto *errorLabel = wizard->findChild<QLabel *>(QStringLiteral("verifyErrorMessageLabel"));
    QVERIFY(errorLabel);
    QTRY_VERIFY_WITH_TIMEOUT(errorLabel->isVisible(), 10000);
    switchTo(Translations::Pseudo);
    QVERIFY2(errorLabel->text().startsWith(u'['), qPrintable(errorLabel->text()));
    switchTo(Translations::English);
    QVERIFY2(errorLabel->text().startsWith(QStringLiteral("That code is not valid.")),
             qPrintable(errorLabel->text()));

    // The right code: the backup codes page, with the box ticked before the switch.
    codeEdit->setText(Totp::fresh(key));
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(TwoFactorSetupWizard::BackupCodesPageId),
                              10000);
    auto *saved = wizard->findChild<QCheckBox *>(QStringLiteral("backupCodesSavedCheckBox"));
    QVERIFY(saved);
    saved->setChecked(true);
    switchTo(Translations::Pseudo);
    Screenshots::snap(QStringLiteral("language-wizard-backup-codes"), wizard);
    texts = VisibleTexts::notPseudo(wizard);
    QVERIFY2(texts.isEmpty(),
             qPrintable(QStringLiteral("not retranslated on the backup codes page:\n  ") +
                        texts.join(QStringLiteral("\n  "))));
    QVERIFY(saved->isChecked());
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    switchTo(Translations::English);
    QCOMPARE(saved->text(), QStringLiteral("I have &saved these backup codes"));
    QCOMPARE(wizard->button(QWizard::FinishButton)->text(), QStringLiteral("&Finish"));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
}

void tst_GuiLanguageAccount::newTokenDialogFollowsTheLanguageAtOnce()
{
    KIT_VERIFY(m_gui->signIn(m_gui->user()));
    QStringList pseudoTexts;
    QStringList englishTexts;
    QString nameAfterSwitch;
    int expiryAfterSwitch = -1;
    int expiryBefore = -1;
    KIT_VERIFY(m_gui->openAndAnswer("newTokenDialog", "cancelNewTokenButton", [&](QWidget *dialog) {
        auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("tokenNameEdit"));
        auto *expiry = dialog->findChild<QComboBox *>(QStringLiteral("tokenExpiryCombo"));
        nameEdit->setText(QStringLiteral("Backup job"));
        expiry->setCurrentIndex(0);
        expiryBefore = expiry->currentIndex();
        m_translations.install(Translations::Pseudo);
        QCoreApplication::processEvents();
        Screenshots::snap(QStringLiteral("language-new-token"), dialog);
        pseudoTexts = VisibleTexts::notPseudo(dialog);
        nameAfterSwitch = nameEdit->text();
        expiryAfterSwitch = expiry->currentIndex();
        m_translations.install(Translations::English);
        QCoreApplication::processEvents();
        for (const QString &text : VisibleTexts::of(dialog)) {
            if (text.contains(u'['))
                englishTexts.append(text);
        }
    }));
    QVERIFY2(pseudoTexts.isEmpty(),
             qPrintable(QStringLiteral("not retranslated in the new token dialog:\n  ") +
                        pseudoTexts.join(QStringLiteral("\n  "))));
    QVERIFY2(englishTexts.isEmpty(),
             qPrintable(QStringLiteral("still in the pseudo-locale after English:\n  ") +
                        englishTexts.join(QStringLiteral("\n  "))));
    QCOMPARE(nameAfterSwitch, QStringLiteral("Backup job"));
    QCOMPARE(expiryAfterSwitch, expiryBefore);
}

QTEST_MAIN(tst_GuiLanguageAccount)
#include "tst_gui_language_account.moc"
