// The Password tab of Account security against the real app and server: the strength shown as
// the user types, the Caps Lock warning, a mismatched confirmation caught before anything is
// sent, the fields emptied when Account security closes, a wrong current password shown with its
// request id, and a change that signs out another device (checked over the API) and revokes a
// personal access token, in plain words, with the fields emptied and the Sessions tab down to
// this device.
#include "GuiTestCase.h"

#include "AppContext.h"
#include "ErrorPanel.h"
#include "PasswordTab.h"
#include "PersonalTokenModel.h"
#include "SecurityService.h"
#include "SessionModel.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

namespace {
const QString NewPassword = QStringLiteral("a much better password, 42");
} // namespace

class tst_GuiPassword : public GuiTestCase
{
    Q_OBJECT

private:
    QJsonArray eventsOfType(const TestUser &user, const QString &type)
    {
        return m_gui->users()
            .api(user, "GET", QStringLiteral("/v1/me/security-events?type=") + type)
            .json()
            .value(QStringLiteral("items"))
            .toArray();
    }

private slots:
    void typingShowsStrengthCapsLockAndMismatch();
    void wrongCurrentPasswordIsShown();
    void changeSignsOutTheOtherDevice();
};

void tst_GuiPassword::typingShowsStrengthCapsLockAndMismatch()
{
    TestUser &alice = m_gui->user();
    QCOMPARE(m_gui->users().api(alice, "GET", QStringLiteral("/v1/me")).status, 200);
    KIT_VERIFY(m_gui->signIn(alice));
    auto *tab = m_gui->open<PasswordTab>("passwordTab");
    KIT_VERIFY(tab);
    auto *current = m_gui->find<QLineEdit>("currentPasswordEdit");
    auto *next = m_gui->find<QLineEdit>("newPasswordEdit");
    auto *confirm = m_gui->find<QLineEdit>("confirmPasswordEdit");
    auto *button = m_gui->find<QPushButton>("changePasswordButton");
    auto *strength = m_gui->find<QLabel>("passwordStrengthLabel");
    auto *bar = m_gui->find<QProgressBar>("passwordStrengthBar");
    auto *problem = m_gui->find<QLabel>("passwordProblemLabel");
    auto *capsLock = m_gui->find<QLabel>("capsLockWarningLabel");
    for (QLineEdit *edit : {current, next, confirm})
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(!button->isEnabled());
    QVERIFY(!capsLock->isVisible());

    // The strength follows the typing.
    KIT_VERIFY(m_gui->ui().type("newPasswordEdit", QStringLiteral("abc")));
    QCOMPARE(strength->text(), QStringLiteral("Too short: 5 more characters. Use at least 8 "
                                              "characters."));
    QCOMPARE(bar->value(), 0);
    KIT_VERIFY(m_gui->ui().type("newPasswordEdit", QStringLiteral("password123")));
    QVERIFY2(strength->text().startsWith(QStringLiteral("Weak.")), qPrintable(strength->text()));
    QCOMPARE(bar->value(), 1);
    KIT_VERIFY(m_gui->ui().type("newPasswordEdit", NewPassword));
    QCOMPARE(strength->text(), QStringLiteral("Strong"));
    QCOMPARE(bar->value(), 4);

    // Caps Lock: an upper-case letter typed without Shift turns the warning on, a lower-case one
    // off.
    next->setFocus();
    QTest::keyClick(next, 'Q', Qt::NoModifier);
    QTRY_VERIFY(capsLock->isVisible());
    QCOMPARE(capsLock->text(), QStringLiteral("Caps Lock seems to be on."));
    GuiSession::snap(QStringLiteral("password-caps-lock"), m_gui->ui().activeWindow());
    QTest::keyClick(next, 'q', Qt::NoModifier);
    QTRY_VERIFY(!capsLock->isVisible());
    QTest::keyClick(next, 'Q', Qt::ShiftModifier);
    QVERIFY(!capsLock->isVisible());

    // A confirmation that does not match is said at once, and Enter sends nothing.
    KIT_VERIFY(m_gui->ui().type("currentPasswordEdit", alice.password));
    KIT_VERIFY(m_gui->ui().type("newPasswordEdit", NewPassword));
    KIT_VERIFY(m_gui->ui().type("confirmPasswordEdit", NewPassword + QStringLiteral("!")));
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), QStringLiteral("The two new passwords do not match."));
    QVERIFY(!button->isEnabled());
    GuiSession::snap(QStringLiteral("password-mismatch"), m_gui->ui().activeWindow());
    QTest::keyClick(confirm, Qt::Key_Return);
    QVERIFY(!m_gui->context->securityService()->isBusy(SecurityService::Operation::ChangePassword));
    // The same as the current one is not sent either.
    KIT_VERIFY(m_gui->ui().type("newPasswordEdit", alice.password));
    KIT_VERIFY(m_gui->ui().type("confirmPasswordEdit", alice.password));
    QCOMPARE(problem->text(), QStringLiteral("The new password must differ from the current one."));
    QVERIFY(!button->isEnabled());
    // Matching: the button comes on.
    KIT_VERIFY(m_gui->ui().type("newPasswordEdit", NewPassword));
    KIT_VERIFY(m_gui->ui().type("confirmPasswordEdit", NewPassword));
    QVERIFY(!problem->isVisible());
    QVERIFY(button->isEnabled());

    // Nothing reached the server: the other device is still signed in, no change logged.
    QCOMPARE(m_gui->users().api(alice, "GET", QStringLiteral("/v1/me")).status, 200);
    QVERIFY(eventsOfType(alice, QStringLiteral("password.changed")).isEmpty());
    QVERIFY(eventsOfType(alice, QStringLiteral("sign_in.failed")).isEmpty());

    // Closing Account security forgets what was typed.
    auto *dialog = m_gui->find<QWidget>("accountSecurityDialog");
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    KIT_VERIFY(m_gui->open("passwordTab"));
    for (QLineEdit *edit : {current, next, confirm})
        QVERIFY2(edit->text().isEmpty(), qPrintable(edit->objectName()));
    QVERIFY(!button->isEnabled());
}

void tst_GuiPassword::wrongCurrentPasswordIsShown()
{
    TestUser &alice = m_gui->user();
    KIT_VERIFY(m_gui->signIn(alice));
    KIT_VERIFY(m_gui->open("passwordTab"));
    KIT_VERIFY(m_gui->ui().type("currentPasswordEdit", QStringLiteral("not my password")));
    KIT_VERIFY(m_gui->ui().type("newPasswordEdit", NewPassword));
    KIT_VERIFY(m_gui->ui().type("confirmPasswordEdit", NewPassword));
    KIT_VERIFY(m_gui->click("changePasswordButton"));
    auto *error = m_gui->find<ErrorPanel>("passwordErrorPanel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(
                 QStringLiteral("The current password is not right. Nothing was changed.")),
             qPrintable(error->text()));
    QVERIFY(error->requestId().startsWith(QStringLiteral("req-")));
    QVERIFY(error->text().contains(error->requestId()));
    QVERIFY(!m_gui->find<QLabel>("passwordResultLabel")->isVisible());
    // The new password stays typed for another try; the current one is selected to retype.
    QCOMPARE(m_gui->find<QLineEdit>("newPasswordEdit")->text(), NewPassword);
    QTRY_VERIFY(m_gui->find<QLineEdit>("currentPasswordEdit")->hasFocus());
    GuiSession::snap(QStringLiteral("password-wrong-current"), m_gui->ui().activeWindow());
    QCOMPARE(eventsOfType(alice, QStringLiteral("sign_in.failed")).size(), 1);
}

void tst_GuiPassword::changeSignsOutTheOtherDevice()
{
    TestUser &alice = m_gui->user();
    // Another device, signed in over the API, and a personal access token.
    QCOMPARE(m_gui->users().api(alice, "GET", QStringLiteral("/v1/me")).status, 200);
    const QString pat = m_gui->users().createPersonalToken(alice, QStringLiteral("backup"));
    QVERIFY(!pat.isEmpty());
    KIT_VERIFY(m_gui->signIn(alice));
    auto *sessions = m_gui->context->sessionModel();
    KIT_VERIFY(m_gui->open("sessionsTab"));
    QTRY_COMPARE(sessions->rowCount(), 2);

    KIT_VERIFY(m_gui->open("passwordTab"));
    KIT_VERIFY(m_gui->ui().type("currentPasswordEdit", alice.password));
    KIT_VERIFY(m_gui->ui().type("newPasswordEdit", NewPassword));
    KIT_VERIFY(m_gui->ui().type("confirmPasswordEdit", NewPassword));
    KIT_VERIFY(m_gui->click("changePasswordButton"));
    // Progress while waiting.
    QVERIFY(m_gui->find<QProgressBar>("passwordProgressBar")->isVisible());
    auto *result = m_gui->find<QLabel>("passwordResultLabel");
    QTRY_VERIFY(result->isVisible());
    QCOMPARE(result->text(), QStringLiteral("Password changed. 1 other session was signed out and "
                                            "1 personal access token was revoked."));
    QVERIFY(!m_gui->find<QProgressBar>("passwordProgressBar")->isVisible());
    for (const char *name : {"currentPasswordEdit", "newPasswordEdit", "confirmPasswordEdit"})
        QVERIFY2(m_gui->find<QLineEdit>(name)->text().isEmpty(), name);
    QVERIFY(!m_gui->find<QPushButton>("changePasswordButton")->isEnabled());
    GuiSession::snap(QStringLiteral("password-changed"), m_gui->ui().activeWindow());

    // The other device is signed out and the token revoked, at the server.
    QCOMPARE(m_gui->users().api(alice, "GET", QStringLiteral("/v1/me")).status, 401);
    // This app goes on: the Sessions tab, loaded again, has only this device.
    KIT_VERIFY(m_gui->open("sessionsTab"));
    QTRY_COMPARE(sessions->rowCount(), 1);
    QVERIFY(sessions->sessionAt(0).current);
    QCOMPARE(m_gui->context->personalTokenModel()->rowCount(), 0);
    QCOMPARE(m_gui->pageName(), QStringLiteral("tasksPage"));
}

QTEST_MAIN(tst_GuiPassword)
#include "tst_gui_password.moc"
