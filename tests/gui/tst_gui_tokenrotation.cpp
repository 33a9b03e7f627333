// Rotating a personal access token through the real window against a real server: Rotate is off
// until an active token is selected; RotateTokenDialog offers the overlaps (1 hour first), Cancel
// changes nothing; Rotate shows the new secret once in TokenSecretDialog, whose Copy puts it on
// the clipboard; the list then shows the new token and the old one "Valid until ..." (dimmed,
// not rotatable again), and over HTTP both secrets work; rotateToken(id), as the expiry banner
// calls it, with no overlap stops the old secret at once.
//
// Set TASKLANE_SCREENSHOTS=<folder> to have the dialogs saved as PNG files.
#include "AccountSecurityDialog.h"
#include "AppContext.h"
#include "GuiTestCase.h"
#include "HttpClient.h"
#include "PersonalTokenModel.h"
#include "PersonalTokensTab.h"
#include "SecurityTableView.h"
#include "TestServer.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

class tst_GuiTokenRotation : public GuiTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rotateShowsTheNewSecretOnceAndKeepsTheOldOneForTheOverlap();
    void rotateTokenByIdWithoutOverlapStopsTheOldSecret();

private:
    // New token -> NewTokenDialog -> TokenSecretDialog; the secret.
    QString createTokenThroughUi(const QString &name);
    // Selects the row of the token table whose column 0 shows `text` and is not rotated.
    bool selectActiveRow(const QString &text);
    int statusWith(const QString &token);
};

void tst_GuiTokenRotation::initTestCase()
{
    GuiTestCase::initTestCase();
    qRegisterMetaType<PersonalToken>();
}

QString tst_GuiTokenRotation::createTokenThroughUi(const QString &name)
{
    Ui &ui = m_gui->ui();
    QString secret;
    m_gui->modals().run({
        {QStringLiteral("newTokenDialog"),
         [&](QWidget *) {
             ui.type("tokenNameEdit", name);
             ui.click("createTokenButton");
         }},
        ModalAnswerer::press("tokenSecretDialog", "closeTokenSecretButton",
                             [&](QWidget *dialog) {
                                 secret = ui.findIn<QLineEdit>(dialog, "tokenSecretEdit")->text();
                             }),
    });
    if (!m_gui->click("newTokenButton"))
        return {};
    if (!m_gui->modals().finished())
        qWarning("creating %s: %s", qPrintable(name), qPrintable(m_gui->modals().problem()));
    return secret;
}

bool tst_GuiTokenRotation::selectActiveRow(const QString &text)
{
    auto *table = m_gui->find<SecurityTableView>("tokenTable");
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data().toString() == text &&
            !index.data(PersonalTokenModel::TokenRole).value<PersonalToken>().isRotated()) {
            table->setFocus();
            table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
            return true;
        }
    }
    qWarning("no active row %s", qPrintable(text));
    return false;
}

int tst_GuiTokenRotation::statusWith(const QString &token)
{
    HttpClient http;
    return http.get(m_gui->server->url(QStringLiteral("/v1/tasks")), HttpClient::bearer(token))
        .status;
}

void tst_GuiTokenRotation::rotateShowsTheNewSecretOnceAndKeepsTheOldOneForTheOverlap()
{
    KIT_VERIFY(m_gui->signInThroughUi());
    KIT_VERIFY(m_gui->open("personalTokensTab"));
    auto *rotate = m_gui->find<QPushButton>("rotateTokenButton");
    QVERIFY(rotate->isVisible());
    QVERIFY(rotate->focusPolicy() & Qt::TabFocus); // reachable from the keyboard
    const QString oldSecret = createTokenThroughUi(QStringLiteral("Deploy key"));
    QVERIFY2(oldSecret.startsWith(QStringLiteral("tlp_")), qPrintable(oldSecret));
    PersonalTokenModel *tokens = m_gui->context->personalTokenModel();
    QCOMPARE(tokens->rowCount(), 1);
    const PersonalToken old = tokens->tokenAt(0);

    auto *table = m_gui->find<SecurityTableView>("tokenTable");
    table->selectionModel()->clear();
    QVERIFY(!rotate->isEnabled());
    QVERIFY(selectActiveRow(QStringLiteral("Deploy key")));
    QVERIFY(rotate->isEnabled());

    // Cancel: nothing changes.
    QStringList overlaps;
    m_gui->modals().answer("rotateTokenDialog", "cancelRotateTokenButton", [&](QWidget *dialog) {
        auto *combo = m_gui->ui().findIn<QComboBox>(dialog, "rotateOverlapCombo");
        for (int i = 0; i < combo->count(); ++i)
            overlaps.append(combo->itemText(i));
        QCOMPARE(combo->currentText(), QStringLiteral("1 hour"));
    });
    KIT_VERIFY(m_gui->click("rotateTokenButton"));
    QVERIFY2(m_gui->modals().finished(), qPrintable(m_gui->modals().problem()));
    QCOMPARE(overlaps,
             QStringList({QStringLiteral("No time: it stops at once"), QStringLiteral("1 hour"),
                          QStringLiteral("1 day"), QStringLiteral("7 days")}));
    QCOMPARE(tokens->rowCount(), 1);

    // Rotate with a day of overlap; the new secret shown once, copied.
    Ui &ui = m_gui->ui();
    QString intro;
    QString newSecret;
    m_gui->modals().run({
        {QStringLiteral("rotateTokenDialog"),
         [&](QWidget *dialog) {
             intro = ui.findIn<QLabel>(dialog, "rotateTokenIntroLabel")->text();
             ui.choose("rotateOverlapCombo", QStringLiteral("1 day"));
             GuiSession::snap(QStringLiteral("rotate-token-dialog"), dialog);
             ui.click("confirmRotateTokenButton");
         }},
        ModalAnswerer::press("tokenSecretDialog", "closeTokenSecretButton",
                             [&](QWidget *dialog) {
                                 newSecret =
                                     ui.findIn<QLineEdit>(dialog, "tokenSecretEdit")->text();
                                 ui.click("copyTokenSecretButton");
                                 GuiSession::snap(QStringLiteral("rotate-token-secret"), dialog);
                             }),
    });
    const QDateTime before = QDateTime::currentDateTimeUtc();
    KIT_VERIFY(m_gui->click("rotateTokenButton"));
    QVERIFY2(m_gui->modals().finished(), qPrintable(m_gui->modals().problem()));
    QVERIFY2(intro.contains(QStringLiteral("\u201cDeploy key\u201d")), qPrintable(intro));
    QVERIFY2(newSecret.startsWith(QStringLiteral("tlp_")) && newSecret.size() == 50,
             qPrintable(newSecret));
    QVERIFY(newSecret != oldSecret);
    QCOMPARE(QApplication::clipboard()->text(), newSecret);

    // The list: the new token (selected), and the old one valid until a day from now.
    QCOMPARE(tokens->rowCount(), 2);
    const PersonalToken fresh = tokens->tokenAt(0);
    QVERIFY(fresh.id != old.id);
    QCOMPARE(fresh.name, old.name);
    QCOMPARE(fresh.scopes, old.scopes);
    // The same lifetime, counted from the rotation.
    QCOMPARE(fresh.createdAt.msecsTo(fresh.expiresAt), old.createdAt.msecsTo(old.expiresAt));
    QVERIFY(!fresh.isRotated());
    const PersonalToken rotated = tokens->tokenAt(tokens->rowOf(old.id));
    QCOMPARE(rotated.replacedBy, fresh.id);
    const qint64 overlapMs = before.msecsTo(rotated.validUntil);
    QVERIFY2(overlapMs >= 24 * 3600 * 1000LL && overlapMs < 24 * 3600 * 1000LL + 60 * 1000,
             qPrintable(QString::number(overlapMs)));
    const QModelIndex oldExpires =
        tokens->index(tokens->rowOf(old.id), PersonalTokenModel::Expires);
    QVERIFY2(oldExpires.data().toString().startsWith(QStringLiteral("Valid until")),
             qPrintable(oldExpires.data().toString()));
    QVERIFY(oldExpires.data(PersonalTokenModel::ExpiredRole).toBool()); // dimmed
    QCOMPARE(table->currentRow().data(PersonalTokenModel::IdRole).toString(), fresh.id);
    QCOMPARE(m_gui->find<QLabel>("tokenLimitLabel")->text(),
             QStringLiteral("1 of 5 tokens in use."));
    GuiSession::snap(QStringLiteral("rotate-token-list"),
                     m_gui->find<QWidget>("personalTokensTab"));

    // The old row cannot be rotated again.
    const QModelIndex oldRow = table->model()->index(
        [&] {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                if (table->model()->index(row, 0).data(PersonalTokenModel::IdRole) == old.id)
                    return row;
            }
            return -1;
        }(),
        0);
    table->selectionModel()->setCurrentIndex(oldRow, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    QVERIFY(!rotate->isEnabled());

    // Both secrets work over HTTP during the overlap.
    QCOMPARE(statusWith(newSecret), 200);
    QCOMPARE(statusWith(oldSecret), 200);
}

void tst_GuiTokenRotation::rotateTokenByIdWithoutOverlapStopsTheOldSecret()
{
    KIT_VERIFY(m_gui->signInThroughUi());
    KIT_VERIFY(m_gui->open("personalTokensTab"));
    const QString oldSecret = createTokenThroughUi(QStringLiteral("Leaked key"));
    const QString other = createTokenThroughUi(QStringLiteral("Other key"));
    QVERIFY(!oldSecret.isEmpty() && !other.isEmpty());
    PersonalTokenModel *tokens = m_gui->context->personalTokenModel();
    const QString oldId = tokens->tokenAt(tokens->rowCount() - 1).id; // the oldest: Leaked key
    QCOMPARE(tokens->tokenAt(tokens->rowOf(oldId)).name, QStringLiteral("Leaked key"));

    Ui &ui = m_gui->ui();
    QString newSecret;
    m_gui->modals().run({
        {QStringLiteral("rotateTokenDialog"),
         [&](QWidget *) {
             ui.choose("rotateOverlapCombo", QStringLiteral("No time: it stops at once"));
             ui.click("confirmRotateTokenButton");
         }},
        ModalAnswerer::press("tokenSecretDialog", "closeTokenSecretButton",
                             [&](QWidget *dialog) {
                                 newSecret =
                                     ui.findIn<QLineEdit>(dialog, "tokenSecretEdit")->text();
                             }),
    });
    // As another part of the app calls it (the Other key row is the one selected now).
    m_gui->find<PersonalTokensTab>("personalTokensTab")->rotateToken(oldId);
    QVERIFY2(m_gui->modals().finished(), qPrintable(m_gui->modals().problem()));
    QVERIFY(newSecret.startsWith(QStringLiteral("tlp_")));
    QCOMPARE(statusWith(oldSecret), 401);
    QCOMPARE(statusWith(newSecret), 200);
    QCOMPARE(statusWith(other), 200);
    // Loaded again, the list no longer has the old token.
    KIT_VERIFY(m_gui->click("refreshTokensButton"));
    QVERIFY(m_gui->screens().settle());
    QCOMPARE(tokens->rowCount(), 2);
    QCOMPARE(tokens->rowOf(oldId), -1);
}

QTEST_MAIN(tst_GuiTokenRotation)
#include "tst_gui_tokenrotation.moc"
