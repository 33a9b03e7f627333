#include "AppContext.h"

#include "AdminService.h"
#include "AdminUserModel.h"
#include "ApiClient.h"
#include "AuditLogModel.h"
#include "CredentialStore.h"
#include "DeviceId.h"
#include "LocalServer.h"
#include "NoticeService.h"
#include "PasskeyModel.h"
#include "PasskeyService.h"
#include "PersonalTokenModel.h"
#include "SecurityLogModel.h"
#include "SecurityService.h"
#include "SessionManager.h"
#include "SessionModel.h"
#include "SystemBrowser.h"
#include "TaskModel.h"
#include "TaskService.h"
#include "Translations.h"
#include "TwoFactorService.h"

#include <QDir>
#include <QStandardPaths>
#include <QSysInfo>

namespace {
const QString ServerUrlKey = QStringLiteral("serverUrl");
const QString UsernameKey = QStringLiteral("username");
const QString LocalServerKey = QStringLiteral("localServer");
const QString BrowserCommandKey = QStringLiteral("browserCommand");
const QString LanguageKey = QStringLiteral("language");
} // namespace

AppContext::AppContext()
    : AppContext(Options{})
{}

AppContext::AppContext(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.profile.isEmpty())
        m_options.profile = QStringLiteral("default");
    m_settings = m_options.settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(m_options.settingsFile, QSettings::IniFormat);

    m_apiClient = std::make_unique<ApiClient>();
    m_credentials = std::make_unique<CredentialStore>(m_options.keychainService);
    m_session = std::make_unique<SessionManager>(m_apiClient.get(), m_credentials.get());
    nameThisDevice();
    m_session->setDeviceIdSource([this] { return DeviceId::of(*m_settings); });
    // The browser command is read when the browser is opened, so a change in the settings
    // dialog applies to the next sign-in without a restart.
    m_session->oauth()->setBrowserLauncher(
        [this](const QUrl &url) { return SystemBrowser(browserCommand()).open(url); });

    m_taskModel = std::make_unique<TaskModel>();
    m_taskService = std::make_unique<TaskService>(m_apiClient.get(), m_taskModel.get());
    m_taskModel->setPageSource(m_taskService.get());
    // The model only asks; the service saves and upserts what the server returns.
    connect(m_taskModel.get(), &TaskModel::completionChangeRequested, m_taskService.get(),
            [this](const QString &id, bool done) { m_taskService->setDone(id, done); });

    m_personalTokenModel = std::make_unique<PersonalTokenModel>();
    m_sessionModel = std::make_unique<SessionModel>();
    m_securityLogModel = std::make_unique<SecurityLogModel>();
    m_securityService = std::make_unique<SecurityService>(
        m_apiClient.get(), m_session.get(), m_personalTokenModel.get(), m_sessionModel.get(),
        m_securityLogModel.get());
    // Signed out on purpose, from the security settings: the next start shows the sign-in
    // page, as after "Sign out", rather than a silent sign-in with no credential left.
    connect(m_securityService.get(), &SecurityService::currentSessionRevoked, this,
            &AppContext::forgetAccount);
    m_twoFactorService = std::make_unique<TwoFactorService>(m_apiClient.get());
    m_noticeService = std::make_unique<NoticeService>(
        m_apiClient.get(), m_session.get(), m_settings.get(), settingsGroupOf(m_options.profile));
    connect(m_taskModel.get(), &TaskModel::loadingChanged, m_noticeService.get(),
            [this](bool loading) {
                if (!loading)
                    m_noticeService->sessionReady();
            });
    // The backup code sheet names the account; a status belongs to the account it was read for.
    connect(m_session.get(), &SessionManager::signedIn, m_twoFactorService.get(),
            [this](const Account &account) {
                m_twoFactorService->forgetStatus();
                m_twoFactorService->setAccountName(account.username);
            });
    connect(m_session.get(), &SessionManager::signedOut, m_twoFactorService.get(), [this] {
        m_twoFactorService->forgetStatus();
        m_twoFactorService->setAccountName({});
    });
    m_passkeyModel = std::make_unique<PasskeyModel>();
    m_passkeyService = std::make_unique<PasskeyService>(m_apiClient.get(), m_passkeyModel.get());
    // The registration page opens where sign-in does.
    m_passkeyService->setBrowserLauncher(
        [this](const QUrl &url) { return SystemBrowser(browserCommand()).open(url); });
    connect(m_session.get(), &SessionManager::signedOut, m_passkeyService.get(),
            [this] { m_passkeyService->reset(); });

    m_adminUserModel = std::make_unique<AdminUserModel>();
    m_adminSessionModel = std::make_unique<SessionModel>();
    m_adminTokenModel = std::make_unique<PersonalTokenModel>();
    m_auditLogModel = std::make_unique<AuditLogModel>();
    m_adminService = std::make_unique<AdminService>(
        m_apiClient.get(), m_session.get(), m_adminUserModel.get(), m_adminSessionModel.get(),
        m_adminTokenModel.get(), m_auditLogModel.get());
    // The administrator ended their own sessions (revoke everything, disable): as above.
    connect(m_adminService.get(), &AdminService::ownSessionsEnded, this,
            &AppContext::forgetAccount);
}

AppContext::~AppContext()
{
    // The model must not outlive its page source; the local server stops with its object.
    m_taskModel->setPageSource(nullptr);
    m_noticeService.reset(); // before the client and the session it listens to
    m_adminService.reset();  // detaches itself from the user and audit models
    m_auditLogModel.reset();
    m_adminTokenModel.reset();
    m_adminSessionModel.reset();
    m_adminUserModel.reset();
    m_securityService.reset(); // detaches itself from the log model
    m_securityLogModel.reset();
    m_sessionModel.reset();
    m_personalTokenModel.reset();
    m_localServer.reset();
    m_passkeyService.reset();
    m_passkeyModel.reset();
    m_twoFactorService.reset();
    m_taskService.reset();
    m_taskModel.reset();
    m_session.reset();
}

LocalServer *AppContext::localServer()
{
    if (!m_localServer)
        m_localServer = std::make_unique<LocalServer>(localServerDataDir());
    return m_localServer.get();
}

QString AppContext::localServerDataDir() const
{
    if (!m_options.localServerDataDir.isEmpty())
        return m_options.localServerDataDir;
    // Local, not roaming: on Windows AppDataLocation roams with the user's profile, and a
    // database the server holds open must not be copied between computers (elsewhere the same).
    const QDir base(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    return base.filePath(QStringLiteral("profiles/%1/server").arg(m_options.profile));
}

QString AppContext::settingsGroupOf(const QString &profile)
{
    return QStringLiteral("profiles/") + profile;
}

QString AppContext::savedLanguage(const QString &profile)
{
    return QSettings().value(settingsGroupOf(profile) + QLatin1Char('/') + LanguageKey).toString();
}

QVariant AppContext::setting(const QString &key, const QVariant &defaultValue) const
{
    return m_settings->value(settingsGroupOf(m_options.profile) + QLatin1Char('/') + key,
                             defaultValue);
}

void AppContext::setSetting(const QString &key, const QVariant &value)
{
    const QString path = settingsGroupOf(m_options.profile) + QLatin1Char('/') + key;
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
        m_settings->remove(path);
    else
        m_settings->setValue(path, value);
    m_settings->sync();
}

QUrl AppContext::lastServerUrl() const
{
    return QUrl(setting(ServerUrlKey).toString());
}

void AppContext::setLastServerUrl(const QUrl &url)
{
    setSetting(ServerUrlKey, url.toString());
}

QString AppContext::lastUsername() const
{
    return setting(UsernameKey).toString();
}

void AppContext::setLastUsername(const QString &username)
{
    setSetting(UsernameKey, username);
}

bool AppContext::serverIsLocal() const
{
    return setting(LocalServerKey, false).toBool();
}

void AppContext::setServerIsLocal(bool local)
{
    setSetting(LocalServerKey, local);
}

QString AppContext::browserCommand() const
{
    return setting(BrowserCommandKey).toString();
}

void AppContext::setBrowserCommand(const QString &command)
{
    setSetting(BrowserCommandKey, command.trimmed());
}

QString AppContext::language() const
{
    return setting(LanguageKey).toString();
}

void AppContext::setLanguage(const QString &language)
{
    const bool changed = language != this->language();
    setSetting(LanguageKey, language);
    // Applies at once (no restart): the installed translators change, Qt sends LanguageChange
    // to every widget. --lang wins for the whole run, so the setting then waits for the next.
    if (changed && !m_commandLineLanguage)
        installLanguage();
}

QString AppContext::installLanguage()
{
    if (!m_translations)
        m_translations = std::make_unique<Translations>();
    const QString installed = m_translations->install(m_commandLineLanguage.value_or(language()));
    // The name the next sign-in gives this device, in the language now installed (the context
    // is made before the translators, so the first name was English).
    nameThisDevice();
    return installed;
}

void AppContext::nameThisDevice()
{
    m_session->setDeviceName(tr("Tasklane on %1").arg(QSysInfo::machineHostName()));
}

void AppContext::setCommandLineLanguage(const std::optional<QString> &language)
{
    m_commandLineLanguage = language;
}

void AppContext::forgetAccount()
{
    setLastUsername({});
}
