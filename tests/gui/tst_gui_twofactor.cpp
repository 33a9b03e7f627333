// Two-factor authentication through the real window against a real tasklane-server: the
// Two-factor tab of Account security (actionSecuritySettings; the tab comes first), its setup
// wizard and code dialogs, driven like a user would. Codes come from Debian's oathtool, as from a
// phone (Totp); the QR code is read back with zbarimg; the backup codes file is written through
// the real (Qt) file dialog and read back; signing in again goes through the window's sign-in
// page and the server's real two-factor page (the kit's browser), with a TOTP code and then with
// a backup code.
//
// TOTP replay: the server accepts each time step once and never an older one, with one step of
// skew. Codes meant to be accepted come from Totp::fresh() (TestUser::freshCode()), which takes
// the next step's code when the current one was used instead of waiting.
//
// Set TASKLANE_SCREENSHOTS=<folder> to have every wizard page and tab state saved as PNG files.
#include "AccountSecurityDialog.h"
#include "AppContext.h"
#include "BackupCodesDialog.h"
#include "BackupCodesView.h"
#include "GuiTestCase.h"
#include "OAuthTestClient.h"
#include "QrCodeWidget.h"
#include "TwoFactorCodeDialog.h"
#include "TwoFactorService.h"
#include "TwoFactorSetupWizard.h"
#include "TwoFactorTab.h"
#include "TwoFactorVerifyPage.h"
#include "ZbarImg.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int ServerMs = 20000;
} // namespace

class tst_GuiTwoFactor : public GuiTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void enableThroughTheWizard();
    void wrongCodesCountDownThenTheLockoutShowsItsEnd();
    void cancelLeavesItOffAndKeepsTheKey();
    void signInAgainWithACodeThenWithABackupCode();
    void fewBackupCodesLeftWarns();
    void regenerateWithACodeRetiresTheOldCodes();
    void disableWithACode();

private:
    // The Two-factor tab of Account security, opened from the menu with the status shown.
    TwoFactorTab *openTab();
    // The tab while Account security is open.
    TwoFactorTab *tab() const { return m_gui->find<TwoFactorTab>("twoFactorTab"); }
    // Account security, for screenshots of the tab in its dialog.
    QWidget *securityDialog() const { return m_gui->window->accountSecurityDialog(); }
    // Wizard page 1 -> 2 -> 3 with a code computed from the key the wizard shows; alice (user())
    // then holds the key, the codes the last page lists and the confirming code. Leaves the
    // wizard on its last page.
    bool verifyInWizard(TwoFactorSetupWizard *wizard);
    // Ticks the check box and finishes; the tab then says it is on.
    void finishWizard(TwoFactorSetupWizard *wizard);
    // Turns 2FA on straight over HTTP (another session of the same account).
    bool enableOverHttp() { return m_gui->users().enableTwoFactor(m_gui->user()); }
    // Sign out in the window, then sign in again through the sign-in page and the browser,
    // which types `code` (empty: a fresh TOTP code) on the server's two-factor page.
    void signOutAndInAgain(const QString &code = {});
    QJsonObject statusOnServer();
    // The codes the backup codes list shows, in order.
    static QStringList listedCodes(const BackupCodesView *view);
    QString stateText() const;

    QTemporaryDir m_files;
};

void tst_GuiTwoFactor::initTestCase()
{
    // Also: Qt's own file and print dialogs, which a test can answer.
    GuiTestCase::initTestCase();
    QVERIFY(m_files.isValid());
}

void tst_GuiTwoFactor::init()
{
    GuiTestCase::init();
    KIT_VERIFY(m_gui->signIn(m_gui->user()));
    // The second client signs in now, while a password alone still does.
    QVERIFY(!m_gui->otherClientToken().isEmpty());
}

// ---------------------------------------------------------------------------------------------

TwoFactorTab *tst_GuiTwoFactor::openTab()
{
    return m_gui->open<TwoFactorTab>("twoFactorTab");
}

QString tst_GuiTwoFactor::stateText() const
{
    return m_gui->find<QLabel>("twoFactorStateLabel")->text();
}

bool tst_GuiTwoFactor::verifyInWizard(TwoFactorSetupWizard *wizard)
{
    TestUser &alice = m_gui->user();
    const QString key = wizard->findChild<QLabel *>(QStringLiteral("twoFactorKeyLabel"))->text();
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    if (wizard->currentId() != TwoFactorSetupWizard::VerifyPageId) {
        qWarning("not on the verify page");
        return false;
    }
    auto *codeEdit = wizard->findChild<QLineEdit *>(QStringLiteral("verifyCodeEdit"));
    const QString code = Totp::fresh(key);
    QTest::keyClicks(codeEdit, code);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    if (!QTest::qWaitFor(
            [wizard] { return wizard->currentId() == TwoFactorSetupWizard::BackupCodesPageId; },
            ServerMs)) {
        qWarning(
            "the code was not accepted: %s",
            qPrintable(
                wizard->findChild<QLabel *>(QStringLiteral("verifyErrorMessageLabel"))->text()));
        return false;
    }
    alice.totpSecret = key;
    alice.confirmCode = code;
    alice.backupCodes =
        listedCodes(wizard->findChild<BackupCodesView *>(QStringLiteral("backupCodesView")));
    return true;
}

void tst_GuiTwoFactor::finishWizard(TwoFactorSetupWizard *wizard)
{
    KIT_VERIFY(m_gui->ui().tick("backupCodesSavedCheckBox"));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab()->setupWizard(), ServerMs);
    QTRY_COMPARE_WITH_TIMEOUT(stateText(), QStringLiteral("Two-factor authentication is on."),
                              ServerMs);
}

void tst_GuiTwoFactor::signOutAndInAgain(const QString &code)
{
    KIT_VERIFY(m_gui->signOut());
    QVERIFY(!securityDialog()); // gone with the session
    KIT_VERIFY(m_gui->signIn(m_gui->user(), code));
    QVERIFY2(m_gui->appSignIn().twoFactorCodeAsked(),
             "the server's sign-in did not ask for a code");
}

QJsonObject tst_GuiTwoFactor::statusOnServer()
{
    const auto reply = m_gui->api("GET", QStringLiteral("/v1/me/2fa"));
    if (reply.status != 200)
        qWarning("GET /v1/me/2fa answered %d: %s", reply.status, reply.body.constData());
    return reply.json();
}

QStringList tst_GuiTwoFactor::listedCodes(const BackupCodesView *view)
{
    QStringList codes;
    const QString text =
        view->findChild<QPlainTextEdit *>(QStringLiteral("backupCodesList"))->toPlainText();
    // " 1. k7mq-p2xh"
    static const QRegularExpression line(QStringLiteral("^\\s*\\d+\\. (\\S+)$"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(text); it.hasNext();)
        codes.append(it.next().captured(1));
    return codes;
}

// ---------------------------------------------------------------------------------------------

void tst_GuiTwoFactor::enableThroughTheWizard()
{
    KIT_VERIFY(openTab());
    QCOMPARE(stateText(), QStringLiteral("Two-factor authentication is off."));
    QVERIFY(!m_gui->find<QPushButton>("disableTwoFactorButton")->isVisible());
    GuiSession::snap(QStringLiteral("twofactor-tab-off"), securityDialog());

    TwoFactorSetupWizard *wizard = m_gui->open<TwoFactorSetupWizard>("twoFactorSetupWizard");
    KIT_VERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(TwoFactorSetupWizard::ScanPageId));
    QVERIFY(!wizard->findChild<QLabel *>(QStringLiteral("twoFactorResumedLabel"))->isVisible());
    GuiSession::snap(QStringLiteral("twofactor-wizard-1-scan"), wizard);

    // The server keeps the pending setup: asking again (as another session) gives the same key,
    // which is what the wizard must show, grouped, and what its QR code must hold.
    const auto setup = m_gui->api("POST", QStringLiteral("/v1/me/2fa/setup"));
    QCOMPARE(setup.status, 200);
    const QString secret = setup.json().value(QStringLiteral("secret")).toString();
    const QString uri = setup.json().value(QStringLiteral("otpauthUri")).toString();
    auto *keyLabel = wizard->findChild<QLabel *>(QStringLiteral("twoFactorKeyLabel"));
    QCOMPARE(keyLabel->text(), TwoFactorSetup::groupInFours(secret));
    QCOMPARE(keyLabel->text().split(QLatin1Char(' ')).first().size(), 4);
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("twoFactorParametersLabel"))->text(),
             QStringLiteral("Settings: Time-based, 6 digits, new code every 30 seconds, SHA-1"));

    auto *qr = wizard->findChild<QrCodeWidget *>(QStringLiteral("twoFactorQrCode"));
    QVERIFY(qr && qr->isVisible());
    QCOMPARE(qr->accessibleName(), QStringLiteral("Setup QR code"));
    // Big enough for a phone to read off the screen: at least 4 pixels a module.
    QVERIFY2(qMin(qr->width(), qr->height()) >=
                 4 * (qr->moduleCount() + 2 * QrCodeWidget::QuietZoneModules),
             qPrintable(QStringLiteral("%1x%2").arg(qr->width()).arg(qr->height())));
    const QImage grabbed = qr->grab().toImage();
    QVERIFY(grabbed.save(m_files.filePath(QStringLiteral("qr.png"))));
    QString error;
    QCOMPARE(ZbarImg::decode(QImage(m_files.filePath(QStringLiteral("qr.png"))), &error), uri);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Copy Key: the key without spaces.
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("copyTwoFactorKeyButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);

    // Page 2: six digits or nothing.
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(TwoFactorSetupWizard::VerifyPageId));
    auto *codeEdit = wizard->findChild<QLineEdit *>(QStringLiteral("verifyCodeEdit"));
    QAbstractButton *verify = wizard->button(QWizard::CommitButton);
    QVERIFY(verify->isVisible());
    QVERIFY(!verify->isEnabled());
    QTest::keyClicks(codeEdit, QStringLiteral("12ab3"));
    QCOMPARE(codeEdit->text(), QStringLiteral("123")); // letters refused by the validator
    QVERIFY(!verify->isEnabled());
    codeEdit->clear();
    GuiSession::snap(QStringLiteral("twofactor-wizard-2-verify"), wizard);

    // A wrong code: said under the field with the attempts left; still on page 2, still off.
    QTest::keyClicks(codeEdit, Totp::wrong(secret));
    QVERIFY(verify->isEnabled());
    QTest::mouseClick(verify, Qt::LeftButton);
    auto *errorLabel = wizard->findChild<QLabel *>(QStringLiteral("verifyErrorMessageLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(errorLabel->isVisible(), ServerMs);
    QVERIFY2(errorLabel->text().startsWith(
                 QStringLiteral("That code is not valid. 4 attempts left.\nRequest id: req-")),
             qPrintable(errorLabel->text()));
    QCOMPARE(wizard->currentId(), int(TwoFactorSetupWizard::VerifyPageId));
    QVERIFY(codeEdit->text().isEmpty());
    QVERIFY(!statusOnServer().value(QStringLiteral("enabled")).toBool());
    GuiSession::snap(QStringLiteral("twofactor-wizard-2-wrong-code"), wizard);

    // The right code: page 3 with ten codes; no Back, no Cancel; Finish waits for the check box.
    QTest::keyClicks(codeEdit, Totp::fresh(keyLabel->text()));
    QTest::mouseClick(verify, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(TwoFactorSetupWizard::BackupCodesPageId),
                              ServerMs);
    QVERIFY(statusOnServer().value(QStringLiteral("enabled")).toBool());
    auto *view = wizard->findChild<BackupCodesView *>(QStringLiteral("backupCodesView"));
    const QStringList codes = listedCodes(view);
    QCOMPARE(codes.size(), 10);
    static const QRegularExpression shape(QStringLiteral(
        "^[abcdefghjkmnpqrstuvwxyz23456789]{4}-[abcdefghjkmnpqrstuvwxyz23456789]{4}$"));
    for (const QString &code : codes)
        QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
    QAbstractButton *finish = wizard->button(QWizard::FinishButton);
    QVERIFY(finish->isVisible());
    QVERIFY(!finish->isEnabled());
    QVERIFY(!wizard->button(QWizard::CancelButton)->isVisible());
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
    // Escape does not throw the codes away.
    QTest::keyClick(wizard, Qt::Key_Escape);
    QVERIFY(wizard->isVisible());
    GuiSession::snap(QStringLiteral("twofactor-wizard-3-backup-codes"), wizard);

    // Save as text file, through Qt's file dialog.
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("saveBackupCodesButton")),
                      Qt::LeftButton);
    QFileDialog *fileDialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((fileDialog = view->findChild<QFileDialog *>(
                                  QStringLiteral("saveBackupCodesFileDialog"))) &&
                                 fileDialog->isVisible(),
                             ServerMs);
    GuiSession::snap(QStringLiteral("twofactor-save-file-dialog"), fileDialog);
    const QString path = m_files.filePath(QStringLiteral("my codes.txt"));
    auto *nameEdit = fileDialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(nameEdit);
    QCOMPARE(nameEdit->text(), QStringLiteral("tasklane-backup-codes-alice.txt"));
    nameEdit->setText(path);
    QTest::keyClick(nameEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), ServerMs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const QString content = QString::fromUtf8(file.readAll());
    const QStringList lines = content.split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("Tasklane backup codes"));
    QVERIFY(content.contains(QStringLiteral("backup codes for two-factor authentication")));
    QVERIFY(lines.contains(QStringLiteral("Account: alice")));
    QVERIFY2(lines.contains(QStringLiteral("Server: ") + m_gui->server->url().toDisplayString()),
             qPrintable(content));
    QVERIFY(content.contains(QStringLiteral("Created: ") +
                             QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    for (int i = 0; i < codes.size(); ++i)
        QVERIFY2(lines.contains(QString::number(i + 1).rightJustified(2) + QStringLiteral(". ") +
                                codes.at(i)),
                 qPrintable(content));
    auto *note = view->findChild<QLabel *>(QStringLiteral("backupCodesNoteLabel"));
    QTRY_VERIFY(note->isVisible());
    QVERIFY(note->text().startsWith(QStringLiteral("Saved to ")));

    // Print…: Qt's print dialog opens (cancelled here); the page itself goes to a PDF.
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("printBackupCodesButton")),
                      Qt::LeftButton);
    QPrintDialog *printDialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (printDialog = view->findChild<QPrintDialog *>(QStringLiteral("printBackupCodesDialog"))) &&
            printDialog->isVisible(),
        ServerMs);
    printDialog->reject();
    QPrinter pdf(QPrinter::HighResolution);
    pdf.setOutputFormat(QPrinter::PdfFormat);
    pdf.setOutputFileName(m_files.filePath(QStringLiteral("codes.pdf")));
    view->printTo(&pdf);
    QFile printed(pdf.outputFileName());
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QVERIFY(printed.read(5) == "%PDF-");
    QVERIFY(printed.size() > 2000);

    // Copy: the codes, one a line.
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("copyBackupCodesButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), codes.join(QLatin1Char('\n')));

    // Finish only after the check box.
    auto *saved = view->findChild<QCheckBox *>(QStringLiteral("backupCodesSavedCheckBox"));
    // On the box itself: the check box is wider than its text, and its middle is empty space.
    QTest::mouseClick(saved, Qt::LeftButton, {}, QPoint(8, saved->height() / 2));
    QVERIFY(saved->isChecked());
    QVERIFY(finish->isEnabled());
    QTest::mouseClick(finish, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab()->setupWizard(), ServerMs);

    QTRY_COMPARE_WITH_TIMEOUT(stateText(), QStringLiteral("Two-factor authentication is on."),
                              ServerMs);
    QVERIFY(m_gui->find<QLabel>("twoFactorDetailsLabel")
                ->text()
                .startsWith(QStringLiteral("On since ")));
    QCOMPARE(m_gui->find<QLabel>("backupCodesRemainingLabel")->text(),
             QStringLiteral("10 unused backup codes left."));
    QVERIFY(!m_gui->find<QFrame>("backupCodesWarningFrame")->isVisible());
    QVERIFY(!m_gui->find<QPushButton>("enableTwoFactorButton")->isVisible());
    QVERIFY(m_gui->find<QPushButton>("disableTwoFactorButton")->isVisible());
    GuiSession::snap(QStringLiteral("twofactor-tab-on"), securityDialog());
    const QJsonObject status = statusOnServer();
    QVERIFY(status.value(QStringLiteral("enabled")).toBool());
    QCOMPARE(status.value(QStringLiteral("backupCodesRemaining")).toInt(), 10);
}

void tst_GuiTwoFactor::wrongCodesCountDownThenTheLockoutShowsItsEnd()
{
    KIT_VERIFY(openTab());
    TwoFactorSetupWizard *wizard = m_gui->open<TwoFactorSetupWizard>("twoFactorSetupWizard");
    KIT_VERIFY(wizard);
    const QString key = wizard->findChild<QLabel *>(QStringLiteral("twoFactorKeyLabel"))->text();
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *codeEdit = wizard->findChild<QLineEdit *>(QStringLiteral("verifyCodeEdit"));
    auto *errorLabel = wizard->findChild<QLabel *>(QStringLiteral("verifyErrorMessageLabel"));
    const QString wrong = Totp::wrong(key);

    for (int left = 4; left >= 1; --left) {
        QTest::keyClicks(codeEdit, wrong);
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->verifyPage()->isChecking() && codeEdit->text().isEmpty(),
                                 ServerMs);
        const QString expected =
            left == 1 ? QStringLiteral("That code is not valid. 1 attempt left before code checks "
                                       "are locked for a few minutes.")
                      : QStringLiteral("That code is not valid. %1 attempts left.").arg(left);
        QVERIFY2(errorLabel->text().startsWith(expected), qPrintable(errorLabel->text()));
    }

    // The fifth locks code checks: the end is shown as a time; even the right code is refused.
    const QDateTime before = QDateTime::currentDateTime();
    QTest::keyClicks(codeEdit, wrong);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        errorLabel->text().startsWith(QStringLiteral("Too many wrong codes. Try again at ")),
        ServerMs);
    // The default lockout is 5 minutes; the time shown is that far from now. Every second of the
    // window is a candidate: the C locale's short time format shows seconds, and under load the
    // answer can come seconds after `before`.
    QStringList candidates;
    for (int seconds = 290; seconds <= 310 + 60; ++seconds)
        candidates.append(QLocale().toString(before.addSecs(seconds).time(), QLocale::ShortFormat));
    bool timeShown = false;
    for (const QString &time : candidates)
        timeShown = timeShown || errorLabel->text().contains(QStringLiteral("at ") + time);
    QVERIFY2(timeShown, qPrintable(errorLabel->text()));
    QVERIFY2(errorLabel->text().contains(QStringLiteral("(in about 5 minutes)")),
             qPrintable(errorLabel->text()));
    GuiSession::snap(QStringLiteral("twofactor-wizard-2-locked"), wizard);

    QTest::keyClicks(codeEdit, Totp::now(key));
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->verifyPage()->isChecking() && codeEdit->text().isEmpty(),
                             ServerMs);
    QVERIFY(errorLabel->text().startsWith(QStringLiteral("Too many wrong codes.")));
    QCOMPARE(wizard->currentId(), int(TwoFactorSetupWizard::VerifyPageId));
    QVERIFY(!statusOnServer().value(QStringLiteral("enabled")).toBool());
}

void tst_GuiTwoFactor::cancelLeavesItOffAndKeepsTheKey()
{
    KIT_VERIFY(openTab());
    TwoFactorSetupWizard *wizard = m_gui->open<TwoFactorSetupWizard>("twoFactorSetupWizard");
    KIT_VERIFY(wizard);
    const QString key = wizard->findChild<QLabel *>(QStringLiteral("twoFactorKeyLabel"))->text();
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab()->setupWizard(), ServerMs);

    const QJsonObject status = statusOnServer();
    QVERIFY(!status.value(QStringLiteral("enabled")).toBool());
    QVERIFY(status.value(QStringLiteral("pending")).toBool());
    auto *details = m_gui->find<QLabel>("twoFactorDetailsLabel");
    QTRY_VERIFY_WITH_TIMEOUT(details->text().contains(QStringLiteral("not finished")), ServerMs);
    QCOMPARE(stateText(), QStringLiteral("Two-factor authentication is off."));
    auto *enable = m_gui->find<QPushButton>("enableTwoFactorButton");
    QCOMPARE(enable->text(), QStringLiteral("&Continue Setup\u2026"));
    GuiSession::snap(QStringLiteral("twofactor-tab-pending"), securityDialog());

    // Again: the same key, and the wizard says so.
    wizard = m_gui->open<TwoFactorSetupWizard>("twoFactorSetupWizard");
    KIT_VERIFY(wizard);
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("twoFactorKeyLabel"))->text(), key);
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("twoFactorResumedLabel"))->isVisible());
    GuiSession::snap(QStringLiteral("twofactor-wizard-1-resumed"), wizard);
    QVERIFY(verifyInWizard(wizard));
    const TestUser enabled = m_gui->user();
    QCOMPARE(enabled.backupCodes.size(), 10);
    finishWizard(wizard);
}

void tst_GuiTwoFactor::signInAgainWithACodeThenWithABackupCode()
{
    KIT_VERIFY(openTab());
    TwoFactorSetupWizard *wizard = m_gui->open<TwoFactorSetupWizard>("twoFactorSetupWizard");
    KIT_VERIFY(wizard);
    QVERIFY(verifyInWizard(wizard));
    const TestUser enabled = m_gui->user();
    QCOMPARE(enabled.backupCodes.size(), 10);
    finishWizard(wizard);

    // Through the window: sign out, then the sign-in page and the browser, which meets the
    // server's two-factor page. With a TOTP code first: the step after the one that confirmed
    // the setup (a fresh code). Account security went with the session: opened again.
    signOutAndInAgain();
    if (QTest::currentTestFailed())
        return;
    KIT_VERIFY(openTab());
    KIT_VERIFY(m_gui->click("refreshTwoFactorButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->find<QLabel>("backupCodesRemainingLabel")->text(),
                              QStringLiteral("10 unused backup codes left."), ServerMs);
    QCOMPARE(stateText(), QStringLiteral("Two-factor authentication is on."));

    // With one of the backup codes the wizard listed (typed in upper case, as people do).
    signOutAndInAgain(enabled.backupCodes.at(3).toUpper());
    if (QTest::currentTestFailed())
        return;
    KIT_VERIFY(openTab());
    KIT_VERIFY(m_gui->click("refreshTwoFactorButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->find<QLabel>("backupCodesRemainingLabel")->text(),
                              QStringLiteral("9 unused backup codes left."), ServerMs);
    QCOMPARE(statusOnServer().value(QStringLiteral("backupCodesRemaining")).toInt(), 9);
    GuiSession::snap(QStringLiteral("twofactor-tab-after-backup-code-sign-in"), securityDialog());

    // That backup code is gone.
    OAuthTestClient other(*m_gui->server);
    other.twoFactorCode = [&] { return enabled.backupCodes.at(3); };
    QVERIFY(other.signIn(GuiSession::Username, GuiSession::Password).isEmpty());
}

void tst_GuiTwoFactor::fewBackupCodesLeftWarns()
{
    KIT_VERIFY(enableOverHttp());
    const TestUser enabled = m_gui->user();
    QCOMPARE(enabled.backupCodes.size(), 10);
    // Seven sign-ins elsewhere, each with a backup code: three are left.
    for (int i = 0; i < 7; ++i) {
        OAuthTestClient other(*m_gui->server);
        const QString code = enabled.backupCodes.at(i);
        other.twoFactorCode = [code] { return code; };
        QVERIFY2(!other.signIn(GuiSession::Username, GuiSession::Password).isEmpty(),
                 qPrintable(QString::number(i)));
    }
    KIT_VERIFY(openTab());
    QCOMPARE(m_gui->find<QLabel>("backupCodesRemainingLabel")->text(),
             QStringLiteral("3 unused backup codes left."));
    auto *warning = m_gui->find<QLabel>("backupCodesWarningLabel");
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(), QStringLiteral("Only 3 backup codes are left. Make new ones now, so "
                                             "you can still sign in if you lose your phone."));
    GuiSession::snap(QStringLiteral("twofactor-tab-few-backup-codes"), securityDialog());
}

void tst_GuiTwoFactor::regenerateWithACodeRetiresTheOldCodes()
{
    KIT_VERIFY(enableOverHttp());
    const TestUser enabled = m_gui->user();
    QCOMPARE(enabled.backupCodes.size(), 10);
    KIT_VERIFY(openTab());
    QTest::mouseClick(m_gui->find<QPushButton>("regenerateBackupCodesButton"), Qt::LeftButton);
    TwoFactorCodeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = tab()->codeDialog()) && dialog->isVisible());
    QCOMPARE(dialog->objectName(), QStringLiteral("regenerateBackupCodesDialog"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("twoFactorCodeExplanationLabel"))
                ->text()
                .contains(QStringLiteral("stop working")));
    auto *codeEdit = dialog->findChild<QLineEdit *>(QStringLiteral("twoFactorCodeEdit"));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("twoFactorCodeConfirmButton"));
    QVERIFY(!confirm->isEnabled());

    // A wrong code: the dialog stays, says why, with the attempts left.
    QTest::keyClicks(codeEdit, Totp::wrong(enabled.totpSecret));
    QTest::mouseClick(confirm, Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("twoFactorCodeErrorMessageLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), ServerMs);
    QVERIFY2(error->text().startsWith(QStringLiteral("That code is not valid. 4 attempts left.")),
             qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    GuiSession::snap(QStringLiteral("twofactor-regenerate-wrong-code"), dialog);

    // The right one: new codes in the same view as the wizard's, Done after the check box.
    QTest::keyClicks(codeEdit, enabled.freshCode());
    QTest::mouseClick(confirm, Qt::LeftButton);
    BackupCodesDialog *codesDialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((codesDialog = tab()->backupCodesDialog()) && codesDialog->isVisible(),
                             ServerMs);
    QVERIFY(!tab()->codeDialog());
    const QStringList fresh = listedCodes(codesDialog->view());
    QCOMPARE(fresh.size(), 10);
    for (const QString &code : fresh)
        QVERIFY(!enabled.backupCodes.contains(code));
    auto *done = codesDialog->findChild<QPushButton *>(QStringLiteral("backupCodesDoneButton"));
    QVERIFY(!done->isEnabled());
    QTest::keyClick(codesDialog, Qt::Key_Escape);
    QVERIFY(codesDialog->isVisible());
    GuiSession::snap(QStringLiteral("twofactor-backup-codes-dialog"), codesDialog);
    codesDialog->findChild<QCheckBox *>(QStringLiteral("backupCodesSavedCheckBox"))
        ->setChecked(true);
    QVERIFY(done->isEnabled());
    QTest::mouseClick(done, Qt::LeftButton);
    QTRY_VERIFY(!tab()->backupCodesDialog());

    // The server agrees: an old backup code is refused, a new one works.
    auto old = m_gui->api("DELETE", QStringLiteral("/v1/me/2fa"),
                          {{QStringLiteral("code"), enabled.backupCodes.first()}});
    QCOMPARE(old.status, 403);
    QCOMPARE(old.json().value(QStringLiteral("code")).toString(), TwoFactorService::CodeInvalid);
    QCOMPARE(statusOnServer().value(QStringLiteral("backupCodesRemaining")).toInt(), 10);
    auto renewed = m_gui->api("DELETE", QStringLiteral("/v1/me/2fa"),
                              {{QStringLiteral("code"), fresh.first()}});
    QCOMPARE(renewed.status, 204);
}

void tst_GuiTwoFactor::disableWithACode()
{
    KIT_VERIFY(enableOverHttp());
    const TestUser enabled = m_gui->user();
    QCOMPARE(enabled.backupCodes.size(), 10);
    KIT_VERIFY(openTab());
    QCOMPARE(stateText(), QStringLiteral("Two-factor authentication is on."));
    QTest::mouseClick(m_gui->find<QPushButton>("disableTwoFactorButton"), Qt::LeftButton);
    TwoFactorCodeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = tab()->codeDialog()) && dialog->isVisible());
    QCOMPARE(dialog->objectName(), QStringLiteral("disableTwoFactorDialog"));
    auto *codeEdit = dialog->findChild<QLineEdit *>(QStringLiteral("twoFactorCodeEdit"));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("twoFactorCodeConfirmButton"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("twoFactorCodeErrorMessageLabel"));
    GuiSession::snap(QStringLiteral("twofactor-disable-dialog"), dialog);

    // The code that turned it on was accepted once already: refused as reused, dialog stays.
    QTest::keyClicks(codeEdit, enabled.confirmCode);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), ServerMs);
    QVERIFY2(error->text().startsWith(QStringLiteral("That code was already used.")),
             qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    GuiSession::snap(QStringLiteral("twofactor-disable-reused-code"), dialog);

    QTest::keyClicks(codeEdit, enabled.freshCode());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab()->codeDialog(), ServerMs);
    QTRY_COMPARE_WITH_TIMEOUT(stateText(), QStringLiteral("Two-factor authentication is off."),
                              ServerMs);
    QVERIFY(m_gui->find<QPushButton>("enableTwoFactorButton")->isVisible());
    const QJsonObject status = statusOnServer();
    QVERIFY(!status.value(QStringLiteral("enabled")).toBool());
    QVERIFY(!status.value(QStringLiteral("pending")).toBool());

    // A password alone signs in again.
    OAuthTestClient other(*m_gui->server);
    QVERIFY(!other.signIn(GuiSession::Username, GuiSession::Password).isEmpty());
}

QTEST_MAIN(tst_GuiTwoFactor)
#include "tst_gui_twofactor.moc"
