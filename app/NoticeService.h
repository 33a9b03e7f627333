#pragma once

#include "ApiError.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>

class ApiCall;
class QJsonArray;
class ApiClient;
class QSettings;
class SessionManager;

// A sign-in to the account from a network or software it had not used (docs/api.md 12.10).
struct SignInAlertNotice
{
    QString id;
    QString sessionId;
    QString ip;
    QString software; // "Firefox on Windows"
    QString deviceName;
    QDateTime occurredAt;
    bool newDevice = false; // "device" among its reasons: another installation signed in
};

// One of the account's personal access tokens expires within a warning threshold.
struct TokenExpiryNotice
{
    QString tokenId;
    QString tokenName;
    QDateTime expiresAt;
    int thresholdDays = 0; // 7 or 1: the nearest threshold it is inside
};

// What the app tells the user about the account without being asked: new sign-ins (asked "Was
// this you?") and personal access tokens about to expire. Both are read from the server at the
// start of a session and then every PollIntervalMs while signed in (and when Account security
// opens): alerts are not urgent to the second, and a poll every few minutes costs the server
// two small reads per app; window activation would poll far more often for no gain. The first
// read of a session waits for sessionReady() (the first page of tasks: the user's tasks come
// first, and a tight rate limit is not spent on notices before them), or FirstReadLatestMs.
//
// announce() carries each new notice once to the tray: a sign-in alert once per run (it is shown
// again at the next start while unanswered), a token once per threshold, remembered in the
// settings so a restart does not repeat it.
class NoticeService : public QObject
{
    Q_OBJECT

public:
    static constexpr int PollIntervalMs = 5 * 60 * 1000;
    static constexpr int FirstReadLatestMs = 10 * 1000;
    static constexpr int FirstWarningDays = 7;
    static constexpr int LastWarningDays = 1;

    // `settings` and `group` keep which token warnings were shown; not owned.
    NoticeService(ApiClient *client, SessionManager *session, QSettings *settings, QString group,
                  QObject *parent = nullptr);

    // GET /v1/me/sign-in-alerts and GET /v1/me/tokens; noticesChanged() when either changed.
    void refresh();
    // What the first read of a signed-in session waits for has happened (see above).
    void sessionReady();
    QList<SignInAlertNotice> signInAlerts() const { return m_alerts; }
    QList<TokenExpiryNotice> tokenExpiries() const { return m_expiries; }

    // "Yes, it was me": POST .../confirm; the alert goes, alertAnswered(id, false).
    void confirmAlert(const QString &id);
    // "No": POST .../deny, which revokes that session; the alert goes, alertAnswered(id, true).
    void denyAlert(const QString &id);
    bool isBusy() const { return m_answering > 0; }

    // The warning threshold `expiresAt` is inside at `now`: 1, 7, or 0 (none: further away,
    // expired already, or never expires). A threshold no longer than the token's lifetime from
    // `createdAt` does not count: a token made for 7 days is not about to expire on its first day.
    static int thresholdFor(const QDateTime &createdAt, const QDateTime &expiresAt,
                            const QDateTime &now);
    // The banner's and the tray's words.
    static QString alertText(const SignInAlertNotice &alert, const QDateTime &now);
    static QString expiryText(const TokenExpiryNotice &expiry, const QDateTime &now);

signals:
    void noticesChanged();
    void alertAnswered(const QString &id, bool denied);
    // A notice the user has not been told about yet (for the tray); `alertId` or `tokenId` says
    // which one, so a click on the message can lead to it.
    void announced(const QString &title, const QString &text, const QString &alertId,
                   const QString &tokenId);
    void failed(const ApiError &error);
    void busyChanged(bool busy);

private:
    // GET `path` (a list): `use` gets its items, unless the session changed meanwhile or the
    // request failed (`what` names it in the log).
    void loadItems(const QString &path, const char *what,
                   std::function<void(const QJsonArray &)> use);
    void loadAlerts();
    void loadTokens();
    void answer(const QString &id, bool deny);
    void announceNew();
    void clear();
    int shownThreshold(const QString &tokenId) const;

    ApiClient *m_client;
    QPointer<SessionManager> m_session;
    QSettings *m_settings;
    QString m_group;
    QTimer m_poll;
    QTimer m_firstRead; // the latest the first read of a session waits for sessionReady()
    QList<SignInAlertNotice> m_alerts;
    QList<TokenExpiryNotice> m_expiries;
    QSet<QString> m_announcedAlerts;
    quint64 m_generation = 0; // answers of calls from before a sign-out are dropped
    int m_answering = 0;
};
