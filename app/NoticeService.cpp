#include "NoticeService.h"

#include "ApiClient.h"
#include "JsonTime.h"
#include "PersonalToken.h"
#include "RelativeTime.h"
#include "SessionManager.h"
#include "UserAgentText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcNotices, "tasklane.app.notices")

namespace {

const QString AlertsPath = QStringLiteral("/v1/me/sign-in-alerts");
const QString TokensPath = QStringLiteral("/v1/me/tokens");
constexpr qint64 DayMs = 24 * 60 * 60 * 1000LL;

SignInAlertNotice alertFromJson(const QJsonObject &object)
{
    SignInAlertNotice alert;
    alert.id = object.value(QStringLiteral("id")).toString();
    alert.sessionId = object.value(QStringLiteral("sessionId")).toString();
    alert.ip = object.value(QStringLiteral("ip")).toString();
    // Named in the app's language from the header; the server's English words when it sent none.
    const QString userAgent = object.value(QStringLiteral("userAgent")).toString();
    alert.software = userAgent.isEmpty() ? object.value(QStringLiteral("software")).toString()
                                         : UserAgentText::family(userAgent);
    alert.deviceName = object.value(QStringLiteral("deviceName")).toString();
    alert.occurredAt = JsonTime::toDateTime(object.value(QStringLiteral("occurredAt")));
    alert.newDevice = object.value(QStringLiteral("reasons"))
                          .toArray()
                          .contains(QJsonValue(QStringLiteral("device")));
    return alert;
}

bool sameAlerts(const QList<SignInAlertNotice> &a, const QList<SignInAlertNotice> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).id != b.at(i).id)
            return false;
    }
    return true;
}

bool sameExpiries(const QList<TokenExpiryNotice> &a, const QList<TokenExpiryNotice> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).tokenId != b.at(i).tokenId || a.at(i).thresholdDays != b.at(i).thresholdDays ||
            a.at(i).tokenName != b.at(i).tokenName)
            return false;
    }
    return true;
}

} // namespace

NoticeService::NoticeService(ApiClient *client, SessionManager *session, QSettings *settings,
                             QString group, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
    , m_settings(settings)
    , m_group(std::move(group))
{
    m_poll.setInterval(PollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &NoticeService::refresh);
    m_firstRead.setSingleShot(true);
    m_firstRead.setInterval(FirstReadLatestMs);
    connect(&m_firstRead, &QTimer::timeout, this, &NoticeService::sessionReady);
    if (m_session) {
        // After the (silent) sign-in, and no longer once signed out: the next account must not
        // see this one's notices.
        connect(m_session, &SessionManager::signedIn, this, [this] { m_firstRead.start(); });
        connect(m_session, &SessionManager::stateChanged, this,
                [this](SessionManager::State state) {
                    if (state != SessionManager::State::SignedIn)
                        clear();
                });
    }
}

void NoticeService::sessionReady()
{
    if (m_poll.isActive() || !m_session || m_session->state() != SessionManager::State::SignedIn)
        return;
    m_firstRead.stop();
    m_poll.start();
    refresh();
}

void NoticeService::clear()
{
    m_poll.stop();
    m_firstRead.stop();
    ++m_generation;
    m_announcedAlerts.clear();
    if (m_alerts.isEmpty() && m_expiries.isEmpty())
        return;
    m_alerts.clear();
    m_expiries.clear();
    emit noticesChanged();
}

void NoticeService::refresh()
{
    // Security settings refuse personal access tokens (docs/api.md 12): nothing to ask then.
    if (!m_session || m_session->state() != SessionManager::State::SignedIn ||
        m_session->account().personalAccessToken)
        return;
    loadAlerts();
    loadTokens();
}

void NoticeService::loadItems(const QString &path, const char *what,
                              std::function<void(const QJsonArray &)> use)
{
    const quint64 generation = m_generation;
    ApiCall *call = m_client->get(path);
    connect(call, &ApiCall::finished, this,
            [this, generation, what, use = std::move(use)](const ApiResult &result) {
                if (generation != m_generation)
                    return; // signed out (or in as someone else) meanwhile
                QJsonArray items;
                ApiError error;
                if (!itemsOf(result, &items, &error)) {
                    // A poll that failed is tried again at the next one; nothing to show.
                    qCInfo(lcNotices).noquote() << what << "not loaded:" << error.debugText();
                    return;
                }
                use(items);
            });
}

void NoticeService::loadAlerts()
{
    loadItems(AlertsPath, "sign-in alerts", [this](const QJsonArray &items) {
        QList<SignInAlertNotice> alerts;
        for (const QJsonValue &item : items) {
            // This app's own sign-in is not asked about here.
            if (!item.toObject().value(QStringLiteral("current")).toBool())
                alerts.append(alertFromJson(item.toObject()));
        }
        if (sameAlerts(alerts, m_alerts))
            return;
        m_alerts = alerts;
        emit noticesChanged();
        announceNew();
    });
}

void NoticeService::loadTokens()
{
    loadItems(TokensPath, "tokens", [this](const QJsonArray &items) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<TokenExpiryNotice> expiries;
        for (const PersonalToken &token : listOf<PersonalToken>(items)) {
            // A rotated token ends with its overlap; its replacement is the one to warn about.
            if (token.isRotated())
                continue;
            const int threshold = thresholdFor(token.createdAt, token.expiresAt, now);
            if (threshold > 0)
                expiries.append({token.id, token.name, token.expiresAt, threshold});
        }
        if (sameExpiries(expiries, m_expiries))
            return;
        m_expiries = expiries;
        emit noticesChanged();
        announceNew();
    });
}

int NoticeService::thresholdFor(const QDateTime &createdAt, const QDateTime &expiresAt,
                                const QDateTime &now)
{
    if (!expiresAt.isValid() || expiresAt <= now)
        return 0;
    const qint64 left = now.msecsTo(expiresAt);
    const qint64 lifetime = createdAt.isValid() ? createdAt.msecsTo(expiresAt) : left;
    for (const int days : {LastWarningDays, FirstWarningDays}) {
        if (left <= days * DayMs)
            return lifetime > days * DayMs ? days : 0;
    }
    return 0;
}

QString NoticeService::alertText(const SignInAlertNotice &alert, const QDateTime &now)
{
    // A new device on a known network with known software says so, or the banner would name
    // only things the user recognises.
    if (alert.newDevice && !alert.deviceName.isEmpty())
        return tr("New sign-in from another device, \u201c%1\u201d (%2), %3, %4. Was this you?")
            .arg(alert.deviceName, alert.software, alert.ip,
                 RelativeTime::describe(alert.occurredAt, now));
    return tr("New sign-in from %1, %2, %3. Was this you?")
        .arg(alert.software, alert.ip, RelativeTime::describe(alert.occurredAt, now));
}

QString NoticeService::expiryText(const TokenExpiryNotice &expiry, const QDateTime &now)
{
    return tr("Your personal access token \u201c%1\u201d expires %2 (%3).")
        .arg(expiry.tokenName, RelativeTime::describe(expiry.expiresAt, now),
             RelativeTime::absolute(expiry.expiresAt));
}

int NoticeService::shownThreshold(const QString &tokenId) const
{
    if (!m_settings)
        return 0;
    return m_settings->value(m_group + QStringLiteral("/tokenExpiryShown/") + tokenId, 0).toInt();
}

void NoticeService::announceNew()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SignInAlertNotice &alert : std::as_const(m_alerts)) {
        if (m_announcedAlerts.contains(alert.id))
            continue;
        m_announcedAlerts.insert(alert.id);
        emit announced(tr("New sign-in to your account"), alertText(alert, now), alert.id, {});
    }
    for (const TokenExpiryNotice &expiry : std::as_const(m_expiries)) {
        // Once per threshold per token: 7 days, then 1 day (a token met at 1 day first gets
        // only that one).
        const int shown = shownThreshold(expiry.tokenId);
        if (shown != 0 && shown <= expiry.thresholdDays)
            continue;
        if (m_settings) {
            m_settings->setValue(m_group + QStringLiteral("/tokenExpiryShown/") + expiry.tokenId,
                                 expiry.thresholdDays);
            m_settings->sync();
        }
        emit announced(tr("A personal access token expires soon"), expiryText(expiry, now), {},
                       expiry.tokenId);
    }
}

void NoticeService::confirmAlert(const QString &id)
{
    answer(id, false);
}

void NoticeService::denyAlert(const QString &id)
{
    answer(id, true);
}

void NoticeService::answer(const QString &id, bool deny)
{
    const quint64 generation = m_generation;
    if (m_answering++ == 0)
        emit busyChanged(true);
    const QString path =
        itemPath(AlertsPath, id) + (deny ? QStringLiteral("/deny") : QStringLiteral("/confirm"));
    ApiCall *call = m_client->post(path, QJsonObject());
    connect(call, &ApiCall::finished, this, [this, generation, id, deny](const ApiResult &result) {
        if (--m_answering == 0)
            emit busyChanged(false);
        if (generation != m_generation)
            return;
        // 409: answered meanwhile (on another device); 404: gone. Either way it is not open.
        if (result.error && result.status != 409 && result.status != 404) {
            qCInfo(lcNotices).noquote() << "alert not answered:" << result.error->debugText();
            emit failed(*result.error);
            return;
        }
        for (qsizetype i = 0; i < m_alerts.size(); ++i) {
            if (m_alerts.at(i).id == id) {
                m_alerts.removeAt(i);
                break;
            }
        }
        qCInfo(lcNotices) << "sign-in alert" << id << (deny ? "denied" : "confirmed");
        emit noticesChanged();
        emit alertAnswered(id, deny);
    });
}
