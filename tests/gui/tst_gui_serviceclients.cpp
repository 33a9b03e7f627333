// Administration's Service accounts tab against the real server: alice (an administrator) creates
// a service account acting for bob, copies its secret from the dialog that shows it once, and the
// secret gets a token over HTTP; she rotates the secret keeping the old one for an hour (both
// work), then revokes the account after the confirmation, and its secret stops working.
#include "AdminSetUp.h"
#include "AdminWindow.h"
#include "GuiSession.h"
#include "HttpClient.h"
#include "SecurityTableView.h"
#include "ServiceClientModel.h"
#include "ServiceClientsTab.h"
#include "TestServer.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <memory>

class tst_GuiServiceClients : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { GuiSession::prepareTestCase(QStringLiteral("tst_gui_serviceclients")); }
    void init()
    {
        m_gui = std::make_unique<GuiSession>();
        m_admin = std::make_unique<AdminSetUp>(*m_gui);
    }
    void cleanup()
    {
        m_gui->window.reset();
        m_admin.reset();
        m_gui.reset();
    }

    void createRotateAndRevoke();

private:
    // POST /oauth2/token with client_credentials and HTTP Basic; the HTTP status.
    int tokenStatus(const QString &clientId, const QString &secret)
    {
        HttpClient http;
        const QByteArray basic =
            QByteArray(QUrl::toPercentEncoding(clientId) + ':' + QUrl::toPercentEncoding(secret))
                .toBase64();
        return http
            .postForm(m_gui->server->url(QStringLiteral("/oauth2/token")),
                      {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}},
                      {{"Authorization", "Basic " + basic}})
            .status;
    }

    std::unique_ptr<GuiSession> m_gui;
    std::unique_ptr<AdminSetUp> m_admin;
};

void tst_GuiServiceClients::createRotateAndRevoke()
{
    QVERIFY(m_admin->setUpAdministrator());
    AdminWindow *window = m_admin->openAdministration();
    QVERIFY(window);
    ServiceClientsTab *tab = window->serviceClientsTab();
    auto *model = qobject_cast<ServiceClientModel *>(tab->table()->model());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_gui->find<QTabWidget>("adminTabs")->setCurrentWidget(tab);
    auto *status = m_gui->find<QLabel>("serviceClientsStatusLabel");
    QTRY_COMPARE(status->text(), QStringLiteral("No service accounts yet."));
    QVERIFY(!m_gui->find<QPushButton>("rotateServiceClientButton")->isEnabled());

    // New: name, owner, scopes; the secret is shown once.
    Ui &ui = m_gui->ui();
    QString secret;
    m_gui->modals().run({
        {QStringLiteral("newServiceClientDialog"),
         [&](QWidget *dialog) {
             QVERIFY(!ui.find<QPushButton>("createServiceClientButton")->isEnabled());
             ui.type("serviceClientNameEdit", QStringLiteral("Nightly export"));
             ui.type("serviceClientOwnerEdit", AdminSetUp::Bob);
             ui.tick("serviceClientWriteCheck");
             GuiSession::snap(QStringLiteral("service-01-new"), dialog);
             ui.click("createServiceClientButton");
         }},
        {QStringLiteral("serviceSecretDialog"),
         [&](QWidget *dialog) {
             secret = ui.findIn<QLineEdit>(dialog, "serviceSecretEdit")->text();
             GuiSession::snap(QStringLiteral("service-02-secret"), dialog);
             ui.click("closeServiceSecretButton");
         }},
    });
    QVERIFY(m_gui->click("newServiceClientButton"));
    QTRY_VERIFY2(m_gui->modals().finished(), qPrintable(m_gui->modals().problem()));
    QVERIFY(secret.startsWith(QStringLiteral("tls_")));
    QTRY_COMPARE(model->rowCount(), 1);
    const ServiceClient created = model->clientAt(0);
    QCOMPARE(created.name, QStringLiteral("Nightly export"));
    QCOMPARE(model->index(0, ServiceClientModel::Owner).data().toString(), AdminSetUp::Bob);
    QCOMPARE(model->index(0, ServiceClientModel::Scopes).data().toString(),
             QStringLiteral("tasks:read, tasks:write"));
    QCOMPARE(model->index(0, ServiceClientModel::LastUsed).data().toString(),
             QStringLiteral("Never"));
    QCOMPARE(tokenStatus(created.id, secret), 200);
    QCOMPARE(tokenStatus(created.id, QStringLiteral("tls_wrong")), 401);

    // Rotate, keeping the old secret for the default hour.
    tab->table()->setCurrentIndex(model->index(0, 0));
    QVERIFY(m_gui->find<QPushButton>("rotateServiceClientButton")->isEnabled());
    QString rotated;
    m_gui->modals().run({
        {QStringLiteral("rotateServiceClientDialog"),
         [&](QWidget *dialog) {
             GuiSession::snap(QStringLiteral("service-03-rotate"), dialog);
             ui.click("confirmRotateServiceClientButton");
         }},
        {QStringLiteral("serviceSecretDialog"),
         [&](QWidget *dialog) {
             rotated = ui.findIn<QLineEdit>(dialog, "serviceSecretEdit")->text();
             ui.click("closeServiceSecretButton");
         }},
    });
    QVERIFY(m_gui->click("rotateServiceClientButton"));
    QTRY_VERIFY2(m_gui->modals().finished(), qPrintable(m_gui->modals().problem()));
    QVERIFY(rotated.startsWith(QStringLiteral("tls_")) && rotated != secret);
    QTRY_VERIFY(model->rowCount() == 1 &&
                model->index(0, ServiceClientModel::Secret)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Rotated; the old secret works until")));
    QCOMPARE(tokenStatus(created.id, secret), 200);
    QCOMPARE(tokenStatus(created.id, rotated), 200);
    QVERIFY(model->index(0, ServiceClientModel::LastUsed).data().toString() !=
            QStringLiteral("Never"));
    GuiSession::snap(QStringLiteral("service-04-list"), window);

    // Revoke, after the confirmation: neither secret works any more.
    tab->table()->setCurrentIndex(model->index(0, 0));
    m_gui->answerModal(QStringLiteral("revokeServiceClientConfirmDialog"),
                       QStringLiteral("confirmRevokeServiceClientButton"), [](QWidget *dialog) {
                           GuiSession::snap(QStringLiteral("service-05-revoke"), dialog);
                       });
    QVERIFY(m_gui->click("revokeServiceClientButton"));
    QTRY_VERIFY(m_gui->answered());
    QTRY_VERIFY(model->rowCount() == 1 && model->clientAt(0).isRevoked());
    QVERIFY(!m_gui->find<QPushButton>("revokeServiceClientButton")->isEnabled());
    QCOMPARE(tokenStatus(created.id, rotated), 401);
    QCOMPARE(tokenStatus(created.id, secret), 401);
}

QTEST_MAIN(tst_GuiServiceClients)
#include "tst_gui_serviceclients.moc"
