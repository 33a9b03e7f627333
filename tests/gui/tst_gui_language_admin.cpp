// Administration follows a language change at once, without a restart: alice (administrator,
// two-factor on) has bob open with his session selected and a result shown, a search typed, a
// question or the New user dialog open, when the pseudo-locale (app/PseudoTranslator) is installed
// at runtime; every visible text then carries its brackets (VisibleTexts::notPseudo), nothing
// typed or selected is lost, and English comes back with install(English).
//
// Set TASKLANE_SCREENSHOTS=<folder> to have the screens in the pseudo-locale saved as PNG files.
#include "AdminService.h"
#include "AdminSetUp.h"
#include "AdminUserModel.h"
#include "AdminWindow.h"
#include "AppContext.h"
#include "AuditLogModel.h"
#include "AuditLogTab.h"
#include "GuiSession.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "SecurityTableView.h"
#include "SessionModel.h"
#include "TestServer.h"
#include "Totp.h"
#include "Translations.h"
#include "TwoFactorAccount.h"
#include "VisibleTexts.h"

#include <QAction>
#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <memory>

namespace {

const QString &Bob = AdminSetUp::Bob;

bool isPseudo(const QString &text)
{
    return text.startsWith(u'[');
}

} // namespace

class tst_GuiLanguageAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void usersTabFollowsTheLanguage();
    void newUserDialogFollowsTheLanguage();

private:
    // Installs `language` and lets the LanguageChange events (posted to the windows) arrive.
    bool switchTo(const QString &language, QWidget *window);
    // The entries of VisibleTexts::notPseudo(window), allowing the data the window shows.
    QStringList untranslated(QWidget *window) const;
    QString labelText(const char *name) const;

    std::unique_ptr<GuiSession> m_gui;
    std::unique_ptr<AdminSetUp> m_admin;
    Translations m_translations;
};

void tst_GuiLanguageAdmin::initTestCase()
{
    GuiSession::prepareTestCase(QStringLiteral("tst_gui_language_admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    qRegisterMetaType<AdminUser>();
    qRegisterMetaType<AuditLogEntry>();
    qRegisterMetaType<PersonalToken>();
    qRegisterMetaType<SignedInSession>();
}

void tst_GuiLanguageAdmin::init()
{
    m_gui = std::make_unique<GuiSession>();
    m_admin = std::make_unique<AdminSetUp>(*m_gui);
}

void tst_GuiLanguageAdmin::cleanup()
{
    m_translations.remove();
    m_gui->window.reset();
    m_admin.reset();
    m_gui.reset();
}

bool tst_GuiLanguageAdmin::switchTo(const QString &language, QWidget *window)
{
    if (m_translations.install(language) != language)
        return false;
    // QApplication posts LanguageChange to each window; the title shows it has arrived.
    const bool pseudo = language == Translations::Pseudo;
    if (!QTest::qWaitFor([&] { return isPseudo(window->windowTitle()) == pseudo; }, 5000))
        return false;
    QTest::qWait(50); // the layouts and the dialogs' growing, for the screenshots
    return true;
}

QStringList tst_GuiLanguageAdmin::untranslated(QWidget *window) const
{
    // Data, not texts of the app: the user's name, email and account dates, the names of his
    // device and token, the server's own words (its messages are English only).
    QStringList allowed{Bob, QStringLiteral("bob@example.org"), AdminSetUp::BobsDevice,
                        AdminSetUp::BobsToken};
    for (const char *name : {"userCreatedLabel", "userLastSignInLabel"}) {
        if (auto *label = m_gui->find<QLabel>(name); label && !isPseudo(label->text()))
            allowed << label->text();
    }
    return VisibleTexts::notPseudo(window, allowed);
}

QString tst_GuiLanguageAdmin::labelText(const char *name) const
{
    auto *label = m_gui->find<QLabel>(name);
    return label ? label->text() : QString();
}

void tst_GuiLanguageAdmin::usersTabFollowsTheLanguage()
{
    QVERIFY(m_admin->setUpAdministrator());
    m_admin->signInBob();
    AdminWindow *window = m_admin->openAdministration();
    QVERIFY(window);
    QVERIFY(m_admin->findAndOpen(QStringLiteral("BO"), Bob));
    auto *sessions = m_gui->find<SecurityTableView>("userSessionTable");
    QTRY_COMPARE(sessions->model()->rowCount(), 1);
    sessions->setCurrentIndex(sessions->model()->index(0, 0));
    QVERIFY(sessions->currentRow().isValid());
    // A result to keep: bob's token revoked.
    auto *tokens = m_gui->find<SecurityTableView>("userTokenTable");
    QTRY_COMPARE(tokens->model()->rowCount(), 1);
    tokens->setCurrentIndex(tokens->model()->index(0, 0));
    m_gui->answerModal(QStringLiteral("revokeUserTokenConfirmDialog"),
                       QStringLiteral("confirmRevokeUserTokenButton"));
    QTest::mouseClick(m_gui->find<QPushButton>("revokeUserTokenButton"), Qt::LeftButton);
    QVERIFY(m_gui->answered());
    QVERIFY(m_admin->settle());
    QTRY_VERIFY(m_gui->find<QLabel>("adminResultLabel")->isVisible());
    const QString englishResult = labelText("adminResultLabel");
    const QString englishStatus = labelText("userListStatusLabel");
    QCOMPARE(englishStatus, QStringLiteral("1 user matches \u201cBO\u201d."));
    auto *tabs = m_gui->find<QTabWidget>("adminTabs");
    QCOMPARE(tabs->tabText(0), QStringLiteral("&Users"));
    // The session selected after the revocation (which loads the lists again).
    sessions->setCurrentIndex(sessions->model()->index(0, 0));
    QVERIFY(sessions->currentRow().isValid());

    QVERIFY(switchTo(Translations::Pseudo, window));
    GuiSession::snap(QStringLiteral("pseudo-admin-users"), window);
    const QStringList texts = untranslated(window);
    QVERIFY2(texts.isEmpty(), qPrintable(QStringLiteral("not retranslated in Administration:\n  ") +
                                         texts.join(QStringLiteral("\n  "))));
    QVERIFY(isPseudo(tabs->tabText(0)));
    QVERIFY2(isPseudo(labelText("adminResultLabel")), qPrintable(labelText("adminResultLabel")));
    QVERIFY2(isPseudo(labelText("userListStatusLabel")),
             qPrintable(labelText("userListStatusLabel")));
    QVERIFY(isPseudo(m_gui->find<QLineEdit>("userSearchEdit")->placeholderText()));
    // Nothing lost: the search, the open user, the selected session.
    QCOMPARE(m_gui->find<QLineEdit>("userSearchEdit")->text(), QStringLiteral("BO"));
    QCOMPARE(m_gui->context->adminService()->openUser().username, Bob);
    QVERIFY(labelText("userNameLabel").contains(Bob));
    QVERIFY(sessions->currentRow().isValid());
    QVERIFY(m_gui->find<QLabel>("adminResultLabel")->isVisible());

    // A question open during the change follows it too.
    QString pseudoQuestion;
    QString englishQuestion;
    QStringList boxTexts;
    m_gui->answerModal(QStringLiteral("revokeAllForUserConfirmDialog"),
                       QStringLiteral("cancelRevokeAllForUserButton"), [&](QWidget *dialog) {
                           auto *box = qobject_cast<QMessageBox *>(dialog);
                           QVERIFY(box);
                           pseudoQuestion = box->text() + u'\n' + box->informativeText();
                           QVERIFY(switchTo(Translations::English, box));
                           englishQuestion = box->text() + u'\n' + box->informativeText();
                           QVERIFY(switchTo(Translations::Pseudo, box));
                           GuiSession::snap(QStringLiteral("pseudo-admin-question"), box);
                           boxTexts = untranslated(box);
                       });
    QTest::mouseClick(m_gui->find<QPushButton>("revokeAllForUserButton"), Qt::LeftButton);
    QVERIFY(m_gui->answered());
    QVERIFY2(isPseudo(pseudoQuestion), qPrintable(pseudoQuestion));
    QVERIFY2(englishQuestion.startsWith(QStringLiteral("Revoke every session and token of bob?")),
             qPrintable(englishQuestion));
    QVERIFY2(boxTexts.isEmpty(), qPrintable(boxTexts.join(QStringLiteral("\n  "))));

    QVERIFY(switchTo(Translations::English, window));
    QCOMPARE(tabs->tabText(0), QStringLiteral("&Users"));
    QCOMPARE(labelText("userListStatusLabel"), englishStatus);
    QCOMPARE(labelText("adminResultLabel"), englishResult);
    QCOMPARE(m_gui->find<QLineEdit>("userSearchEdit")->placeholderText(),
             QStringLiteral("User name, name or email"));
    QCOMPARE(m_gui->find<QPushButton>("revokeAllForUserButton")->text(),
             QStringLiteral("Re&voke everything for this user\u2026"));
    QVERIFY(sessions->currentRow().isValid());
    QVERIFY(!isPseudo(sessions->model()->headerData(0, Qt::Horizontal).toString()));

    // The audit log, with an entry (bob's token revoked) selected.
    tabs->setCurrentWidget(m_gui->find<AuditLogTab>("auditLogTab"));
    QVERIFY(m_admin->settle());
    QTRY_COMPARE(m_gui->context->auditLogModel()->rowCount(), 1);
    auto *audit = m_gui->find<SecurityTableView>("auditLogTable");
    audit->setCurrentIndex(audit->model()->index(0, 0));
    const QString englishAuditStatus = labelText("auditLogStatusLabel");
    QVERIFY(switchTo(Translations::Pseudo, window));
    GuiSession::snap(QStringLiteral("pseudo-admin-audit"), window);
    const QStringList auditTexts = untranslated(window);
    QVERIFY2(auditTexts.isEmpty(),
             qPrintable(QStringLiteral("not retranslated in the audit log:\n  ") +
                        auditTexts.join(QStringLiteral("\n  "))));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("auditLogTab"));
    QVERIFY(audit->currentRow().isValid());
    QVERIFY(isPseudo(audit->model()->headerData(0, Qt::Horizontal).toString()));
    QVERIFY(switchTo(Translations::English, window));
    QCOMPARE(labelText("auditLogStatusLabel"), englishAuditStatus);
    QCOMPARE(tabs->tabText(tabs->indexOf(window->auditTab())), QStringLiteral("&Audit log"));
    QVERIFY(!isPseudo(audit->model()->headerData(0, Qt::Horizontal).toString()));

    // The entry in full (Enter), open during the change: its title (the action) and the
    // captions (the headers) follow; the values are data (names, times) and are not checked.
    QStringList captions;
    QString title;
    m_gui->answerModal(QStringLiteral("rowDetailsDialog"), QStringLiteral("rowDetailsCloseButton"),
                       [&](QWidget *dialog) {
                           QVERIFY(switchTo(Translations::Pseudo, dialog));
                           title = dialog->windowTitle();
                           for (QLabel *label : dialog->findChildren<QLabel *>()) {
                               if (label->buddy())
                                   captions << label->text();
                           }
                           QVERIFY(switchTo(Translations::English, dialog));
                       });
    audit->setFocus();
    QTest::keyClick(audit, Qt::Key_Return);
    QVERIFY(m_gui->answered());
    QVERIFY2(isPseudo(title), qPrintable(title));
    QVERIFY(!captions.isEmpty());
    for (const QString &caption : std::as_const(captions))
        QVERIFY2(isPseudo(caption), qPrintable(caption));
}

void tst_GuiLanguageAdmin::newUserDialogFollowsTheLanguage()
{
    QVERIFY(m_admin->setUpAdministrator());
    AdminWindow *window = m_admin->openAdministration();
    QVERIFY(window);

    // New user, open with a wrong username typed, while the language changes twice.
    QStringList dialogTexts;
    QString typed;
    QString pseudoProblem;
    QString englishProblem;
    m_gui->answerModal(
        QStringLiteral("newUserDialog"), QStringLiteral("cancelNewUserButton"),
        [&](QWidget *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("newUserNameEdit"));
            QTest::keyClicks(name, QStringLiteral("no spaces"));
            QVERIFY(switchTo(Translations::Pseudo, dialog));
            GuiSession::snap(QStringLiteral("pseudo-admin-new-user"), dialog);
            dialogTexts = untranslated(dialog);
            typed = name->text();
            pseudoProblem =
                dialog->findChild<QLabel *>(QStringLiteral("newUserNameProblemLabel"))->text();
            QVERIFY(switchTo(Translations::English, dialog));
            englishProblem =
                dialog->findChild<QLabel *>(QStringLiteral("newUserNameProblemLabel"))->text();
        });
    QTest::mouseClick(m_gui->find<QPushButton>("newUserButton"), Qt::LeftButton);
    QVERIFY(m_gui->answered());
    QVERIFY2(dialogTexts.isEmpty(), qPrintable(dialogTexts.join(QStringLiteral("\n  "))));
    QCOMPARE(typed, QStringLiteral("no spaces"));
    QVERIFY2(isPseudo(pseudoProblem), qPrintable(pseudoProblem));
    QVERIFY2(englishProblem.startsWith(QStringLiteral("Use letters, digits")),
             qPrintable(englishProblem));
}

QTEST_MAIN(tst_GuiLanguageAdmin)
#include "tst_gui_language_admin.moc"
