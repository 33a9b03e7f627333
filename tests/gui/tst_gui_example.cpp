// The worked example of docs/qa.md ("Writing a GUI script"), which quotes this file in full: an
// account with two-factor authentication signs in without a browser window, creates a task, and
// finds two-factor authentication on in Account security.
#include "GuiTestCase.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

class tst_GuiExample : public GuiTestCase
{
    Q_OBJECT

private slots:
    void twoFactorUserCreatesATask();
};

void tst_GuiExample::twoFactorUserCreatesATask()
{
    // A new account; two-factor authentication is turned on over the real API.
    const TestUser carol =
        m_gui->createUser(QStringLiteral("carol"), UserFactory::Option::TwoFactor);
    KIT_VERIFY(carol.isValid());
    QCOMPARE(carol.backupCodes.size(), 10);

    // Welcome page, sign-in page, then the server's own pages filled in by the kit's browser,
    // which types carol's next TOTP code on the two-factor page.
    KIT_VERIFY(m_gui->signIn(carol));
    QVERIFY(m_gui->appSignIn().twoFactorCodeAsked());

    // Ctrl+N's action makes "New task"; a new title, then Save.
    KIT_VERIFY(m_gui->trigger("actionNewTask"));
    auto *title = m_gui->ui().find<QLineEdit>("taskTitleEdit");
    KIT_VERIFY(title);
    QTRY_COMPARE(title->text(), QStringLiteral("New task"));
    KIT_VERIFY(m_gui->ui().type("taskTitleEdit", QStringLiteral("Renew the passport")));
    KIT_VERIFY(m_gui->click("saveTaskButton"));

    // The server has it: asked over HTTP as carol, apart from the app.
    const auto firstTitle = [&] {
        const auto reply = m_gui->users().api(carol, "GET", QStringLiteral("/v1/tasks"));
        const QJsonArray items = reply.json().value(QStringLiteral("items")).toArray();
        return items.isEmpty() ? QString() : items.first()[QStringLiteral("title")].toString();
    };
    QTRY_COMPARE(firstTitle(), QStringLiteral("Renew the passport"));

    // Account security opens on its Two-factor tab, which says it is on.
    KIT_VERIFY(m_gui->open("twoFactorTab"));
    auto *state = m_gui->ui().find<QLabel>("twoFactorStateLabel");
    KIT_VERIFY(state);
    QCOMPARE(state->text(), QStringLiteral("Two-factor authentication is on."));
    Screenshots::snap(QStringLiteral("example-two-factor-on"), m_gui->ui().activeWindow());
}

QTEST_MAIN(tst_GuiExample)
#include "tst_gui_example.moc"
