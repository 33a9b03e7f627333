// New sign-in alerts and token expiry warnings through the real window against a real server:
// another device signing in with software the account has not used shows a banner in Account
// security and a tray message (the tray's state; offscreen has no tray); "Yes" removes it, "No"
// revokes that device's session (its token refused at once) and opens the Password tab; a
// personal access token expiring in 6 days shows its warning once, Rotate opens the Tokens tab
// with that token selected and asks for its rotation, and once rotated it warns no more; revoked
// in the Tokens tab, its warning goes at once. The app sends one device id at every sign-in,
// restarts included, so another installation of the same app on the same network is a new device.
//
// Set TASKLANE_SCREENSHOTS=<folder> to have the banners saved as PNG files.
#include "AccountSecurityDialog.h"
#include "GuiTestCase.h"
#include "HttpClient.h"
#include "MainWindow.h"
#include "NoticeBanners.h"
#include "NoticeTray.h"
#include "OAuthTestClient.h"
#include "PasswordTab.h"
#include "PersonalTokensTab.h"
#include "SecurityTableView.h"
#include "ServerClock.h"
#include "TestServer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

namespace {

const QByteArray AndroidChrome = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
                                 "(KHTML, like Gecko) Chrome/120.0.6099.43 Mobile Safari/537.36";

} // namespace

class tst_GuiNotices : public GuiTestCase
{
    Q_OBJECT

public:
    tst_GuiNotices() { m_serverArguments = m_clock.arguments(); }

private slots:
    void initTestCase()
    {
        GuiTestCase::initTestCase();
        QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    }

    void newSignInBannerYesRemovesIt();
    void newSignInNoRevokesTheSessionAndOpensPassword();
    void expiringTokenWarnsOnceAndRotateRotatesIt();
    void revokingAnExpiringTokenTakesItsWarningAway();
    void theAppSignsInAsOneDeviceAndAnotherInstallationIsNew();

private:
    // alice signed in on another device over HTTP with `userAgent`; its access token.
    QString signInElsewhere(const QByteArray &userAgent)
    {
        OAuthTestClient other(*m_gui->server);
        other.deviceName = QStringLiteral("Pixel");
        other.http.userAgent = userAgent;
        return other.signIn(GuiSession::Username, GuiSession::Password)
            .value(QStringLiteral("access_token"))
            .toString();
    }
    // A personal access token `name` for 30 days (tasks:read), made over HTTP with `bearer`; its
    // id, empty when the server refused.
    QString createThirtyDayToken(const QString &name, const QString &bearer)
    {
        const auto created = HttpClient().postJson(
            m_gui->server->url(QStringLiteral("/v1/me/tokens")),
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("tasks:read")}},
                        {QStringLiteral("expiresInDays"), 30}},
            HttpClient::bearer(bearer));
        return created.status == 201 ? created.json().value(QStringLiteral("id")).toString()
                                     : QString();
    }
    AccountSecurityDialog *openSecurity()
    {
        return m_gui->open("accountSecurityDialog") ? m_gui->window->accountSecurityDialog()
                                                    : nullptr;
    }
    QList<QFrame *> banners(AccountSecurityDialog *dialog, const char *name)
    {
        QList<QFrame *> visible;
        const auto frames = dialog->noticeBanners()->findChildren<QFrame *>(QLatin1String(name));
        for (QFrame *frame : frames) {
            if (frame->isVisible())
                visible.append(frame);
        }
        return visible;
    }
    int statusWith(const QString &token, const QString &path)
    {
        HttpClient http;
        return http.get(m_gui->server->url(path), HttpClient::bearer(token)).status;
    }
    QJsonArray events(const QString &token, const QString &type)
    {
        HttpClient http;
        return http
            .get(m_gui->server->url(QStringLiteral("/v1/me/security-events?type=") + type),
                 HttpClient::bearer(token))
            .json()
            .value(QStringLiteral("items"))
            .toArray();
    }

    ServerClock m_clock;
};

void tst_GuiNotices::newSignInBannerYesRemovesIt()
{
    KIT_VERIFY(m_gui->signInThroughUi());
    const QString phone = signInElsewhere(AndroidChrome);
    QVERIFY(!phone.isEmpty());

    AccountSecurityDialog *dialog = openSecurity();
    QVERIFY(dialog);
    QTRY_COMPARE(banners(dialog, "signInAlertBanner").size(), 1);
    QFrame *banner = banners(dialog, "signInAlertBanner").first();
    const QString text = banner->findChild<QLabel *>(QStringLiteral("noticeText"))->text();
    QVERIFY2(text.startsWith(QStringLiteral("New sign-in from Chrome on Android, 127.0.0.1, ")),
             qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("Was this you?")), qPrintable(text));
    // The tray was told once, about this alert (offscreen has no tray: its state says so).
    const NoticeTray *tray = m_gui->window->noticeTray();
    QTRY_COMPARE(tray->messagesShown(), 1);
    QCOMPARE(tray->lastMessage().alertId, banner->property("alertId").toString());
    QCOMPARE(tray->lastMessage().text, text);
    GuiSession::snap(QStringLiteral("notices-sign-in-banner"), dialog);

    auto *yes = banner->findChild<QPushButton *>(QStringLiteral("confirmSignInButton"));
    QVERIFY(yes);
    yes->click();
    QTRY_COMPARE(banners(dialog, "signInAlertBanner").size(), 0);
    QTRY_COMPARE(events(phone, QStringLiteral("sign_in.alert_confirmed")).size(), 1);
    // The phone goes on.
    QCOMPARE(statusWith(phone, QStringLiteral("/v1/me")), 200);
    // Asked again (the next poll): nothing comes back, and the tray is not told again.
    dialog->refresh();
    QVERIFY(m_gui->screens().settle());
    QCOMPARE(banners(dialog, "signInAlertBanner").size(), 0);
    QCOMPARE(tray->messagesShown(), 1);
}

void tst_GuiNotices::newSignInNoRevokesTheSessionAndOpensPassword()
{
    KIT_VERIFY(m_gui->signInThroughUi());
    const QString intruder = signInElsewhere(AndroidChrome);
    QCOMPARE(statusWith(intruder, QStringLiteral("/v1/me")), 200);

    AccountSecurityDialog *dialog = openSecurity();
    QVERIFY(dialog);
    QTRY_COMPARE(banners(dialog, "signInAlertBanner").size(), 1);
    auto *no = banners(dialog, "signInAlertBanner")
                   .first()
                   ->findChild<QPushButton *>(QStringLiteral("denySignInButton"));
    QVERIFY(no);
    QCOMPARE(no->text(), QStringLiteral("&No, sign it out and change my password"));
    no->click();
    QTRY_COMPARE(dialog->tabs()->currentWidget(), static_cast<QWidget *>(dialog->passwordTab()));
    QCOMPARE(banners(dialog, "signInAlertBanner").size(), 0);
    // Revoked at the server: the intruder's token is refused on its next request.
    QCOMPARE(statusWith(intruder, QStringLiteral("/v1/me")), 401);
    GuiSession::snap(QStringLiteral("notices-after-no"), dialog);
}

void tst_GuiNotices::expiringTokenWarnsOnceAndRotateRotatesIt()
{
    KIT_VERIFY(m_gui->signInThroughUi());
    // Made 24 days ago (the server's clock moved back) for 30 days: it expires in 6. The account
    // knows this software and network, so no sign-in alert comes with it.
    m_clock.advanceDays(-24);
    const QString script = signInElsewhere("Tasklane/0.1.0 (Linux)");
    const QString tokenId = createThirtyDayToken(QStringLiteral("Backup script"), script);
    QVERIFY(!tokenId.isEmpty());
    m_clock.advanceDays(24);

    AccountSecurityDialog *dialog = openSecurity();
    QVERIFY(dialog);
    QTRY_COMPARE(banners(dialog, "tokenExpiryBanner").size(), 1);
    QCOMPARE(banners(dialog, "signInAlertBanner").size(), 0);
    QFrame *banner = banners(dialog, "tokenExpiryBanner").first();
    const QString text = banner->findChild<QLabel *>(QStringLiteral("noticeText"))->text();
    QVERIFY2(text.contains(QStringLiteral("\u201cBackup script\u201d expires in 6 days")),
             qPrintable(text));
    const NoticeTray *tray = m_gui->window->noticeTray();
    QTRY_COMPARE(tray->messagesShown(), 1);
    QCOMPARE(tray->lastMessage().tokenId, tokenId);
    GuiSession::snap(QStringLiteral("notices-token-expiry-banner"), dialog);

    // Once per threshold: asking again shows the banner but tells the tray nothing new.
    dialog->refresh();
    QVERIFY(m_gui->screens().settle());
    QCOMPARE(banners(dialog, "tokenExpiryBanner").size(), 1);
    QCOMPARE(tray->messagesShown(), 1);

    // Rotate: the Tokens tab, the token selected, and its rotation asked for (cancelled here;
    // tst_gui_tokenrotation covers the rotation itself).
    SecurityTableView *table = dialog->tokensTab()->table();
    QString selectedWhenAsked;
    m_gui->modals().answer("rotateTokenDialog", "cancelRotateTokenButton", [&](QWidget *) {
        selectedWhenAsked = table->currentIndex().siblingAtColumn(0).data().toString();
    });
    auto *rotate = banner->findChild<QPushButton *>(QStringLiteral("rotateExpiringTokenButton"));
    QVERIFY(rotate);
    rotate->click();
    QCOMPARE(dialog->tabs()->currentWidget(), static_cast<QWidget *>(dialog->tokensTab()));
    QTRY_VERIFY2(m_gui->modals().finished(), qPrintable(m_gui->modals().problem()));
    QCOMPARE(selectedWhenAsked, QStringLiteral("Backup script"));
    QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row()));

    // Rotated, the old token warns no more and its replacement (30 days from now) does not.
    // (The script's sign-in of 24 days ago has expired: it signs in again.)
    const QString scriptNow = signInElsewhere("Tasklane/0.1.0 (Linux)");
    const auto rotated = HttpClient().postJson(
        m_gui->server->url(QStringLiteral("/v1/me/tokens/%1/rotate").arg(tokenId)),
        QJsonObject{{QStringLiteral("overlapSeconds"), 3600}}, HttpClient::bearer(scriptNow));
    QCOMPARE(rotated.status, 201);
    dialog->refresh();
    QTRY_COMPARE(banners(dialog, "tokenExpiryBanner").size(), 0);
}

void tst_GuiNotices::revokingAnExpiringTokenTakesItsWarningAway()
{
    KIT_VERIFY(m_gui->signInThroughUi());
    // Made 24 days ago for 30 days, as above: it expires in 6.
    m_clock.advanceDays(-24);
    const QString script = signInElsewhere("Tasklane/0.1.0 (Linux)");
    QVERIFY(!createThirtyDayToken(QStringLiteral("Deploy key"), script).isEmpty());
    m_clock.advanceDays(24);

    AccountSecurityDialog *dialog = openSecurity();
    QVERIFY(dialog);
    QTRY_COMPARE(banners(dialog, "tokenExpiryBanner").size(), 1);
    SecurityTableView *table = dialog->tokensTab()->table();
    QTRY_COMPARE(table->model()->rowCount(), 1);
    m_gui->modals().answer("revokeTokenConfirmDialog", "confirmRevokeTokenButton");
    dialog->tokensTab()->revokeToken(table->model()->index(0, 0));
    QVERIFY2(m_gui->modals().finished(), qPrintable(m_gui->modals().problem()));
    // No refresh asked for: the revocation itself takes the warning away.
    QTRY_COMPARE_WITH_TIMEOUT(banners(dialog, "tokenExpiryBanner").size(), 0, GuiSession::SlowMs);
    QCOMPARE(table->model()->rowCount(), 0);
}

void tst_GuiNotices::theAppSignsInAsOneDeviceAndAnotherInstallationIsNew()
{
    // The account's first sign-in with a device id (the app's) only remembers it; a second
    // sign-in of the app, after signing out and a restart, must send the same one, or it would
    // raise a "device" alert itself.
    KIT_VERIFY(m_gui->signInThroughUi());
    const QString settingsFile = m_gui->app().settingsFile();
    const QString deviceId =
        QSettings(settingsFile, QSettings::IniFormat).value(QStringLiteral("deviceId")).toString();
    QCOMPARE(deviceId.size(), 22);
    KIT_VERIFY(m_gui->signOut());
    KIT_VERIFY(m_gui->restart());
    // Signed out, so the restart stops at the sign-in page (after finding the server again).
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->pageName(), QStringLiteral("signInPage"), 20000);
    KIT_VERIFY(m_gui->signIn(m_gui->user()));
    QCOMPARE(
        QSettings(settingsFile, QSettings::IniFormat).value(QStringLiteral("deviceId")).toString(),
        deviceId);

    // Another installation of the same app on the same network: only its device is new, which
    // it can only be if the app's sign-ins named a device.
    OAuthTestClient other(*m_gui->server);
    other.deviceName = QStringLiteral("Second laptop");
    other.http.userAgent = "Tasklane/0.1.0 (Linux)";
    other.deviceId = QStringLiteral("Z9-_kLmN0pQrStUvWxYz1w");
    const QString secondLaptop = other.signIn(GuiSession::Username, GuiSession::Password)
                                     .value(QStringLiteral("access_token"))
                                     .toString();
    QVERIFY(!secondLaptop.isEmpty());
    const QJsonArray alerts = events(secondLaptop, QStringLiteral("sign_in.alert"));
    QCOMPARE(alerts.size(), 1);
    const QJsonObject details =
        alerts.first().toObject().value(QStringLiteral("details")).toObject();
    QCOMPARE(details.value(QStringLiteral("deviceName")).toString(),
             QStringLiteral("Second laptop"));
    QCOMPARE(details.value(QStringLiteral("reasons")).toArray(),
             QJsonArray{QStringLiteral("device")});
    QCOMPARE(events(secondLaptop, QStringLiteral("sign_in.succeeded")).size(), 3);

    // The app's banner names the device, the only new thing about it.
    AccountSecurityDialog *dialog = openSecurity();
    QVERIFY(dialog);
    QTRY_COMPARE(banners(dialog, "signInAlertBanner").size(), 1);
    const QString text = banners(dialog, "signInAlertBanner")
                             .first()
                             ->findChild<QLabel *>(QStringLiteral("noticeText"))
                             ->text();
    QVERIFY2(
        text.startsWith(QStringLiteral("New sign-in from another device, \u201cSecond laptop\u201d "
                                       "(Tasklane on Linux), 127.0.0.1, ")),
        qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("Was this you?")), qPrintable(text));
    GuiSession::snap(QStringLiteral("notices-new-device-banner"), dialog);
}

QTEST_MAIN(tst_GuiNotices)
#include "tst_gui_notices.moc"
