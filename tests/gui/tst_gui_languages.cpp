// Every screen in every shipped language (issue 13): the app started in each language of
// Translations::shippedLanguages() (German, French, Spanish) as `tasklane --lang` does, against a
// real server, visits the welcome and sign-in pages, the tasks page with tasks and the editor open,
// Settings, every tab of Account security and its Rotate token dialog (and the Tokens tab saying
// what a revoke did), each page of the two-factor set-up wizard, and Administration (the users
// list, a user open, after Revoke everything and after Disable, the audit log, New user). On each
// screen, at the default window size:
//   - every visible text (VisibleTexts) differs from the English text of the same widget
//     (SameAsEnglish: the screen rendered again in English at run time), except data (names,
//     addresses) and the language's words that are the same in English
//     (translations/same-words_<lang>.txt);
//   - no text is elided or clipped (Clipping).
// Each test function goes through all its screens and then fails with every problem found.
//
// With TASKLANE_SCREENSHOTS=<folder> every screen is saved there as <lang>-<screen>.png.
#include "AdminSetUp.h"
#include "AdminWindow.h"
#include "AppContext.h"
#include "Clipping.h"
#include "GuiSession.h"
#include "OAuthTestClient.h"
#include "PersonalTokensTab.h"
#include "SameAsEnglish.h"
#include "SecurityTableView.h"
#include "ServiceClientsTab.h"
#include "TestDatabase.h"
#include "Translations.h"
#include "TwoFactorSetupWizard.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <array>
#include <memory>

class tst_GuiLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void mainScreens_data() { languages(); }
    void mainScreens();
    void administration_data() { languages(); }
    void administration();

private:
    static void languages();
    // Starts the server and the app in the data row's language.
    bool start(bool administrator);
    // Checks `window` (clipping, then the texts against English) and keeps its problems.
    void check(const QString &screen, QWidget *window, const QStringList &data = {});
    // Every problem found, or a pass.
    void verifyNoProblems();

    QString m_language;
    std::unique_ptr<GuiSession> m_gui;
    std::unique_ptr<SameAsEnglish> m_same;
    QStringList m_problems;
};

void tst_GuiLanguages::initTestCase()
{
    GuiSession::prepareTestCase(QStringLiteral("tst_gui_languages"));
}

void tst_GuiLanguages::init()
{
    m_gui = std::make_unique<GuiSession>();
    m_problems.clear();
}

void tst_GuiLanguages::cleanup()
{
    m_same.reset();
    m_gui.reset(); // its translators go with the app's context
}

void tst_GuiLanguages::languages()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Translations::shippedLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

bool tst_GuiLanguages::start(bool administrator)
{
    QFETCH(QString, language);
    m_language = language;
    m_gui->setLanguage(language);
    if (!m_gui->setUp({}, administrator))
        return false;
    m_same = std::make_unique<SameAsEnglish>(*m_gui->context, language);
    return true;
}

void tst_GuiLanguages::check(const QString &screen, QWidget *window, const QStringList &data)
{
    if (!window) {
        m_problems.append(screen + QStringLiteral(": not shown"));
        return;
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    Screenshots::snap(m_language + u'-' + screen, window);
    for (const QString &problem : Clipping::of(window))
        m_problems.append(screen + QStringLiteral(": clipped: ") + problem);
    // The product's name and the server's address are the same in every language.
    const QStringList shared =
        QStringList{QStringLiteral("Tasklane"), m_gui->server->baseUrl(), m_gui->user().username} +
        data;
    for (const QString &text : m_same->of(window, shared))
        m_problems.append(screen + QStringLiteral(": as in English: ") + text);
}

void tst_GuiLanguages::verifyNoProblems()
{
    QVERIFY2(
        m_problems.isEmpty(),
        qPrintable(QStringLiteral("%1 problems in %2:\n  ").arg(m_problems.size()).arg(m_language) +
                   m_problems.join(QStringLiteral("\n  "))));
}

void tst_GuiLanguages::mainScreens()
{
    QVERIFY2(start(false), qPrintable(KitProblem::last()));
    QWidget *main = m_gui->window.get();
    // Placeholders that show what to type: examples, the same in every language.
    check(QStringLiteral("welcome"), main, {QStringLiteral("https://tasks.example.org")});
    for (const QJsonObject &task :
         {GuiSession::task(QStringLiteral("Water the plants"), QStringLiteral("open"), 1,
                           QStringLiteral("2030-05-10"), {QStringLiteral("home")}),
          GuiSession::task(QStringLiteral("Call the bank"), QStringLiteral("in_progress"), 2),
          GuiSession::task(QStringLiteral("File the taxes"), QStringLiteral("done"), 3)})
        QVERIFY(!m_gui->createTaskOverHttp(task).isEmpty());
    KIT_VERIFY(m_gui->connectToServer());
    check(QStringLiteral("signin"), main, {QStringLiteral("tlp_\u2026")});
    KIT_VERIFY(m_gui->signInWithBrowser());
    KIT_VERIFY(m_gui->tasks().waitForRows(3));
    KIT_VERIFY(m_gui->clickRow(QStringLiteral("Water the plants")));
    check(QStringLiteral("tasks"), main);

    KIT_VERIFY(m_gui->openAndAnswer("settingsDialog", "settingsCancelButton", [&](QWidget *dialog) {
        check(QStringLiteral("settings"), dialog,
              {QStringLiteral("English"), QStringLiteral("Deutsch"),
               QStringLiteral("Fran\u00e7ais"), QStringLiteral("Espa\u00f1ol")});
    }));

    // The notice banners above the tabs, seen on every tab below: a sign-in from software the
    // account has not used, and a token that expires within 7 days.
    OAuthTestClient browser(*m_gui->server);
    browser.http.userAgent =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
    const QString browserToken = browser.signIn(GuiSession::Username, GuiSession::Password)
                                     .value(QStringLiteral("access_token"))
                                     .toString();
    QVERIFY(!browserToken.isEmpty());
    const auto created = browser.http.postJson(
        m_gui->server->url(QStringLiteral("/v1/me/tokens")),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Backup script")},
                    {QStringLiteral("scopes"), QJsonArray{QStringLiteral("tasks:read")}},
                    {QStringLiteral("expiresInDays"), 30}},
        HttpClient::bearer(browserToken));
    QCOMPARE(created.status, 201);
    // Made 24 days ago for 30 days (a token made for 7 days is not warned about on its first day).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 DayMs = 24 * 3600 * 1000LL;
    QCOMPARE(TestDatabase(*m_gui->server)
                 .execute(QStringLiteral("UPDATE personal_access_tokens SET created_at = ?, "
                                         "expires_at = ? WHERE id = ?"),
                          {now - 24 * DayMs, now + 6 * DayMs,
                           created.json().value(QStringLiteral("id")).toString()}),
             1);
    QWidget *security = m_gui->open("accountSecurityDialog");
    QVERIFY(security);
    QTRY_COMPARE(security->findChildren<QWidget *>(QStringLiteral("signInAlertBanner")).size(), 1);
    QTRY_COMPARE(security->findChildren<QWidget *>(QStringLiteral("tokenExpiryBanner")).size(), 1);

    for (const char *tab : {"twoFactorTab", "passwordTab", "personalTokensTab", "sessionsTab",
                            "passkeysTab", "securityLogTab"}) {
        QWidget *shown = m_gui->open(tab);
        check(QString::fromLatin1(tab), shown ? shown->window() : nullptr);
    }

    KIT_VERIFY(
        m_gui->openAndAnswer("rotateTokenDialog", "cancelRotateTokenButton", [&](QWidget *dialog) {
            check(QStringLiteral("rotateToken"), dialog);
        }));

    // The Tokens tab after a revoke: the line saying which token stopped working.
    auto *tokensTab = m_gui->open<PersonalTokensTab>("personalTokensTab");
    KIT_VERIFY(tokensTab);
    QTRY_VERIFY(tokensTab->table()->model()->rowCount() > 0);
    const QModelIndex first = tokensTab->table()->model()->index(0, 0);
    const QString revokedName = first.data().toString();
    m_gui->answerModal(QStringLiteral("revokeTokenConfirmDialog"),
                       QStringLiteral("confirmRevokeTokenButton"));
    tokensTab->revokeToken(first);
    QVERIFY(m_gui->answered());
    QTRY_VERIFY_WITH_TIMEOUT(m_gui->find<QLabel>("tokensResultLabel")->isVisible(),
                             GuiSession::SlowMs);
    check(QStringLiteral("personalTokensTab-revoked"), tokensTab->window(), {revokedName});

    auto *wizard = m_gui->open<TwoFactorSetupWizard>("twoFactorSetupWizard");
    KIT_VERIFY(wizard);
    const QString key = m_gui->find<QLabel>("twoFactorKeyLabel")->text();
    check(QStringLiteral("twoFactorWizardScan"), wizard, {key});
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(TwoFactorSetupWizard::VerifyPageId));
    check(QStringLiteral("twoFactorWizardVerify"), wizard);
    QTest::keyClicks(m_gui->find<QLineEdit>("verifyCodeEdit"), Totp::fresh(key));
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(TwoFactorSetupWizard::BackupCodesPageId),
                              GuiSession::SlowMs);
    check(QStringLiteral("twoFactorWizardBackupCodes"), wizard);
    verifyNoProblems();
}

void tst_GuiLanguages::administration()
{
    QFETCH(QString, language);
    m_gui->setLanguage(language);
    AdminSetUp admin(*m_gui);
    QVERIFY2(start(true), qPrintable(KitProblem::last()));
    QVERIFY(admin.createBob() && admin.signInAdministrator());
    admin.signInBob();
    AdminWindow *window = admin.openAdministration();
    QVERIFY(window);
    const QStringList data{AdminSetUp::Bob, AdminSetUp::BobsDevice, AdminSetUp::BobsToken,
                           QStringLiteral("bob@example.org")};
    check(QStringLiteral("adminUsers"), window, data);
    QVERIFY(admin.findAndOpen(AdminSetUp::Bob, AdminSetUp::Bob));
    check(QStringLiteral("adminUser"), window, data);

    // The results of Revoke everything and of Disable, under the open user's actions.
    for (const auto &[button, dialog, confirm, screen] :
         {std::array<const char *, 4>{"revokeAllForUserButton", "revokeAllForUserConfirmDialog",
                                      "confirmRevokeAllForUserButton", "adminUserRevokedAll"},
          std::array<const char *, 4>{"disableUserButton", "disableUserConfirmDialog",
                                      "confirmDisableUserButton", "adminUserDisabled"}}) {
        auto *result = m_gui->find<QLabel>("adminResultLabel");
        m_gui->answerModal(QLatin1String(dialog), QLatin1String(confirm));
        QTest::mouseClick(m_gui->find<QPushButton>(button), Qt::LeftButton);
        QVERIFY(m_gui->answered());
        QVERIFY(admin.settle());
        QTRY_VERIFY(result->isVisible());
        check(QLatin1String(screen), window, data);
    }

    QStringList dialogProblems;
    m_gui->answerModal(QStringLiteral("newUserDialog"), QStringLiteral("cancelNewUserButton"),
                       [&](QWidget *dialog) {
                           check(QStringLiteral("adminNewUser"), dialog,
                                 {QStringLiteral("name@example.org")});
                       });
    QTest::mouseClick(m_gui->find<QPushButton>("newUserButton"), Qt::LeftButton);
    QVERIFY(m_gui->answered());

    auto *tabs = m_gui->find<QTabWidget>("adminTabs");
    QVERIFY(tabs);
    for (int index = 1; index < tabs->count(); ++index) {
        tabs->setCurrentIndex(index);
        QVERIFY(admin.settle());
        // The Service accounts tab loads with a service of its own; Refresh is back when done.
        QTRY_VERIFY(m_gui->find<QPushButton>("refreshServiceClientsButton")->isEnabled());
        check(QStringLiteral("admin-") + tabs->currentWidget()->objectName(), window, data);
    }
    tabs->setCurrentWidget(window->serviceClientsTab()); // loads the list again
    QTRY_VERIFY(m_gui->find<QPushButton>("newServiceClientButton")->isEnabled());
    m_gui->answerModal(
        QStringLiteral("newServiceClientDialog"), QStringLiteral("cancelServiceClientButton"),
        [&](QWidget *dialog) { check(QStringLiteral("adminNewServiceClient"), dialog, data); });
    QTest::mouseClick(m_gui->find<QPushButton>("newServiceClientButton"), Qt::LeftButton);
    QVERIFY(m_gui->answered());
    verifyNoProblems();
}

QTEST_MAIN(tst_GuiLanguages)
#include "tst_gui_languages.moc"
