// The Passkeys tab of Account security through the real window against a real server, whose
// issuer is http://localhost:<port> (WebAuthn wants a host name): a passkey registered with
// SoftAuthenticator through the server's registration page is listed (name, added, never used);
// Delete asks first (Cancel keeps it), then Remove deletes it at the server; "Add a passkey…"
// asks the server for a registration link and hands it to the browser command, and the passkey
// made on that page shows after Refresh; a server whose issuer is an IP address is explained in
// the tab (PASSKEYS_NEED_HOST_NAME) and no browser opens. An account without passkeys sees a line
// saying how to make one instead of an empty table; it goes when a passkey is there, and while the
// host-name message stands.
//
// Set TASKLANE_SCREENSHOTS=<folder> to have the tab saved as PNG files.
#include "AccountSecurityDialog.h"
#include "AppContext.h"
#include "GuiTestCase.h"
#include "HostNameServer.h"
#include "HttpClient.h"
#include "PasskeyModel.h"
#include "PasskeyPage.h"
#include "PasskeysTab.h"
#include "RecordingBrowser.h"
#include "SecurityTableView.h"
#include "SoftAuthenticator.h"
#include "TestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class tst_GuiPasskeys : public GuiTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();

    void tabListsThePasskeyAndRemoveRemovesItAtTheServer();
    void addHandsTheRegistrationLinkToTheBrowser();
    void anIpAddressIssuerIsExplainedInTheTab();
    void noPasskeysShowsHowToMakeOne();

private:
    QString origin() const { return m_host.origin(); }
    // Completes the registration page of `link` with `authenticator` as the browser would.
    bool registerThrough(QUrl link, SoftAuthenticator &authenticator, const QString &name);
    // A registration link for alice, asked for over HTTP (her other device).
    QUrl registrationLink();
    QJsonArray passkeysAtServer();
    bool settle() { return m_gui->screens().settle(); }

    HostNameServer m_host;
    HttpClient m_http;
    QTemporaryDir m_dir;
};

void tst_GuiPasskeys::initTestCase()
{
    GuiTestCase::initTestCase();
    qunsetenv("TASKLANE_BROWSER"); // the setting below must be what runs
    QVERIFY(m_dir.isValid());
    m_serverArguments = m_host.serverArguments();
}

QUrl tst_GuiPasskeys::registrationLink()
{
    const auto started =
        m_gui->users().api(m_gui->user(), "POST", QStringLiteral("/v1/me/passkeys/registrations"));
    if (started.status != 201) {
        qWarning("registration link: %d %s", started.status, started.body.constData());
        return {};
    }
    return QUrl(started.json().value(QStringLiteral("url")).toString());
}

bool tst_GuiPasskeys::registerThrough(QUrl link, SoftAuthenticator &authenticator,
                                      const QString &name)
{
    if (link.port() != m_host.port()) {
        qWarning("not a link of the issuer: %s", qPrintable(link.toString()));
        return false;
    }
    const PasskeyPage::Result result =
        PasskeyPage::registerThrough(m_http, link, authenticator, name);
    if (!result.added)
        qWarning("%s", qPrintable(result.problem));
    return result.added;
}

QJsonArray tst_GuiPasskeys::passkeysAtServer()
{
    const auto list = m_gui->users().api(m_gui->user(), "GET", QStringLiteral("/v1/me/passkeys"));
    return list.json().value(QStringLiteral("items")).toArray();
}

void tst_GuiPasskeys::tabListsThePasskeyAndRemoveRemovesItAtTheServer()
{
    SoftAuthenticator authenticator(origin(), QStringLiteral("localhost"));
    QVERIFY(registerThrough(registrationLink(), authenticator, QStringLiteral("Laptop")));
    QCOMPARE(passkeysAtServer().size(), 1);

    KIT_VERIFY(m_host.signIn(*m_gui));
    auto *tab = m_gui->open<PasskeysTab>("passkeysTab");
    KIT_VERIFY(tab);
    auto *table = m_gui->find<SecurityTableView>("passkeyTable");
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, PasskeyModel::Name).data().toString(),
             QStringLiteral("Laptop"));
    QCOMPARE(table->model()->index(0, PasskeyModel::Added).data().toString(),
             QStringLiteral("just now"));
    QCOMPARE(table->model()->index(0, PasskeyModel::LastUsed).data().toString(),
             QStringLiteral("Never"));
    GuiSession::snap(QStringLiteral("passkeys-01-list"), tab->window());

    // Nothing selected: Remove is off. Selected: Delete asks; Cancel keeps it.
    auto *remove = m_gui->find<QPushButton>("removePasskeyButton");
    QVERIFY(!remove->isEnabled());
    table->setFocus();
    table->selectionModel()->setCurrentIndex(table->model()->index(0, 0),
                                             QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    QVERIFY(remove->isEnabled());
    QString question;
    m_gui->modals().answer("removePasskeyConfirmDialog", "cancelRemovePasskeyButton",
                           [&](QWidget *box) {
                               question = qobject_cast<QMessageBox *>(box)->text();
                               GuiSession::snap(QStringLiteral("passkeys-02-confirm"), box);
                           });
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY2(m_gui->modals().finished(), qPrintable(m_gui->modals().problem()));
    QVERIFY2(question.contains(QStringLiteral("\u201cLaptop\u201d")), qPrintable(question));
    QVERIFY(settle());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(passkeysAtServer().size(), 1);

    m_gui->modals().answer("removePasskeyConfirmDialog", "confirmRemovePasskeyButton");
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY2(m_gui->modals().finished(), qPrintable(m_gui->modals().problem()));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, GuiSession::SlowMs);
    QVERIFY(settle());
    QCOMPARE(passkeysAtServer().size(), 0);
    auto *result = m_gui->find<QLabel>("passkeysResultLabel");
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().contains(QStringLiteral("\u201cLaptop\u201d")),
             qPrintable(result->text()));
    // The last one gone: the line for an account without passkeys takes the table's place.
    QVERIFY(m_gui->find<QLabel>("passkeysEmptyLabel")->isVisible());
    QVERIFY(!table->isVisible());
}

void tst_GuiPasskeys::addHandsTheRegistrationLinkToTheBrowser()
{
    const RecordingBrowser browser(m_dir.path(), QStringLiteral("opened-add.txt"));
    KIT_VERIFY(browser.install(*m_gui->context));
    KIT_VERIFY(m_host.signIn(*m_gui));
    KIT_VERIFY(m_gui->open("passkeysTab"));
    auto *table = m_gui->find<SecurityTableView>("passkeyTable");
    QCOMPARE(table->model()->rowCount(), 0);

    KIT_VERIFY(m_gui->click("addPasskeyButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!browser.openedUrl().isEmpty(), GuiSession::SlowMs);
    const QUrl link(browser.openedUrl());
    QCOMPARE(link.path(), QStringLiteral("/passkeys/add"));
    QVERIFY(link.query().startsWith(QStringLiteral("ticket=")));
    auto *result = m_gui->find<QLabel>("passkeysResultLabel");
    QTRY_VERIFY(result->isVisible());
    QVERIFY2(result->text().contains(QStringLiteral("browser")), qPrintable(result->text()));
    GuiSession::snap(QStringLiteral("passkeys-03-browser-opened"), table->window());

    // "The browser" creates the passkey on that page; back in the app, Refresh shows it.
    SoftAuthenticator authenticator(origin(), QStringLiteral("localhost"));
    QVERIFY(registerThrough(link, authenticator, QStringLiteral("Phone")));
    KIT_VERIFY(m_gui->click("refreshPasskeysButton"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, GuiSession::SlowMs);
    QCOMPARE(table->model()->index(0, PasskeyModel::Name).data().toString(),
             QStringLiteral("Phone"));
    QCOMPARE(passkeysAtServer().size(), 1);
}

void tst_GuiPasskeys::anIpAddressIssuerIsExplainedInTheTab()
{
    // A server of its own, reached and named by its IP address (no --issuer).
    m_gui.reset();
    m_gui = std::make_unique<GuiSession>();
    KIT_VERIFY(m_gui->setUp());
    const RecordingBrowser browser(m_dir.path(), QStringLiteral("opened-ip.txt"));
    KIT_VERIFY(browser.install(*m_gui->context));
    KIT_VERIFY(m_gui->signIn(m_gui->user()));
    KIT_VERIFY(m_gui->open("passkeysTab"));
    QTRY_VERIFY_WITH_TIMEOUT(m_gui->find<QLabel>("passkeysEmptyLabel")->isVisible(),
                             GuiSession::SlowMs);

    KIT_VERIFY(m_gui->click("addPasskeyButton"));
    auto *message = m_gui->find<QLabel>("passkeyErrorMessageLabel");
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), GuiSession::SlowMs);
    QVERIFY2(message->text().contains(QStringLiteral("host name, not an IP address")),
             qPrintable(message->text()));
    QVERIFY2(message->text().contains(QStringLiteral("Request id: ")), qPrintable(message->text()));
    GuiSession::snap(QStringLiteral("passkeys-04-needs-host-name"), message->window());
    QVERIFY(settle());
    QVERIFY(browser.openedUrl().isEmpty()); // no browser for a link that cannot work
    // The keyboard still works the tab: Add is on again.
    QVERIFY(m_gui->find<QPushButton>("addPasskeyButton")->isEnabled());
    // "Add a passkey… makes one" would not be true here: the message stands alone.
    QVERIFY(!m_gui->find<QLabel>("passkeysEmptyLabel")->isVisible());
}

void tst_GuiPasskeys::noPasskeysShowsHowToMakeOne()
{
    KIT_VERIFY(m_host.signIn(*m_gui));
    auto *tab = m_gui->open<PasskeysTab>("passkeysTab");
    KIT_VERIFY(tab);
    auto *empty = m_gui->find<QLabel>("passkeysEmptyLabel");
    auto *table = m_gui->find<SecurityTableView>("passkeyTable");
    QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), GuiSession::SlowMs);
    QVERIFY(!table->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("\u201c"
                                                   "Add a passkey\u2026\u201d")),
             qPrintable(empty->text()));
    GuiSession::snap(QStringLiteral("passkeys-05-none"), tab->window());

    // A passkey made on another device: after Refresh the table is back, the line gone.
    SoftAuthenticator authenticator(origin(), QStringLiteral("localhost"));
    QVERIFY(registerThrough(registrationLink(), authenticator, QStringLiteral("Tablet")));
    KIT_VERIFY(m_gui->click("refreshPasskeysButton"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, GuiSession::SlowMs);
    QVERIFY(table->isVisible());
    QVERIFY(!empty->isVisible());
}

QTEST_MAIN(tst_GuiPasskeys)
#include "tst_gui_passkeys.moc"
