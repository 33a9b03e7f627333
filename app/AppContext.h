#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class AdminService;
class AdminUserModel;
class ApiClient;
class AuditLogModel;
class CredentialStore;
class LocalServer;
class NoticeService;
class PasskeyModel;
class PasskeyService;
class PersonalTokenModel;
class SecurityLogModel;
class SecurityService;
class SessionManager;
class SessionModel;
class TaskModel;
class TaskService;
class Translations;
class TwoFactorService;

// The app's object graph, built once by main() (and by GUI tests): the one ApiClient, the
// keychain, the session, the task model and the service that feeds it, the account security
// models and their service, the two-factor and passkey services, the administration models and
// their service, the optional local server, and the few settings that survive a restart. Widgets
// get a reference to this and nothing else, so a test can build the real window against a real
// server.
//
// A profile (`--profile NAME`) keeps several setups apart: its own QSettings group and its own
// local server data directory. Nothing secret is kept in QSettings: refresh tokens and personal
// access tokens live only in the keychain (CredentialStore).
class AppContext : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString profile = QStringLiteral("default");
        // Empty: the application's default QSettings. Tests pass a file in a temporary folder
        // so they never read or write the user's settings.
        QString settingsFile;
        // The keychain service the credentials are filed under; tests use their own.
        QString keychainService = QStringLiteral("Tasklane");
        // Empty: AppDataLocation/profiles/<profile>/server.
        QString localServerDataDir;
    };

    AppContext();
    explicit AppContext(Options options, QObject *parent = nullptr);
    ~AppContext() override;

    ApiClient *apiClient() const { return m_apiClient.get(); }
    CredentialStore *credentials() const { return m_credentials.get(); }
    SessionManager *session() const { return m_session.get(); }
    TaskModel *taskModel() const { return m_taskModel.get(); }
    TaskService *taskService() const { return m_taskService.get(); }
    PersonalTokenModel *personalTokenModel() const { return m_personalTokenModel.get(); }
    SessionModel *sessionModel() const { return m_sessionModel.get(); }
    SecurityLogModel *securityLogModel() const { return m_securityLogModel.get(); }
    SecurityService *securityService() const { return m_securityService.get(); }
    TwoFactorService *twoFactorService() const { return m_twoFactorService.get(); }
    // New sign-in alerts and token expiry warnings (the tray and Account security's banners).
    NoticeService *noticeService() const { return m_noticeService.get(); }
    PasskeyModel *passkeyModel() const { return m_passkeyModel.get(); }
    PasskeyService *passkeyService() const { return m_passkeyService.get(); }
    // Administration (administrators signed in with the admin scope): the users, the open
    // user's sessions and tokens (models of their own, apart from this account's), the audit
    // log, and the service that feeds them.
    AdminUserModel *adminUserModel() const { return m_adminUserModel.get(); }
    SessionModel *adminSessionModel() const { return m_adminSessionModel.get(); }
    PersonalTokenModel *adminTokenModel() const { return m_adminTokenModel.get(); }
    AuditLogModel *auditLogModel() const { return m_auditLogModel.get(); }
    AdminService *adminService() const { return m_adminService.get(); }
    // Created on first use: most runs talk to a remote server and never start one.
    LocalServer *localServer();
    bool hasLocalServer() const { return m_localServer != nullptr; }

    QString profile() const { return m_options.profile; }
    QString localServerDataDir() const;

    // Settings (per profile). None of them is secret.
    QUrl lastServerUrl() const;
    void setLastServerUrl(const QUrl &url);
    QString lastUsername() const;
    void setLastUsername(const QString &username);
    bool serverIsLocal() const;
    void setServerIsLocal(bool local);
    // Run with the sign-in URL as its last argument; empty: the desktop's default browser.
    QString browserCommand() const;
    void setBrowserCommand(const QString &command);
    // A locale name ("en") or empty for the system language. Setting a different one installs
    // it at once (unless the command line chose this run's language), so every open window gets
    // QEvent::LanguageChange and retranslates.
    QString language() const;
    void setLanguage(const QString &language);

    // The app's translators live here, for the app's lifetime. installLanguage() installs the
    // command line's language if there is one, else the setting's (main() calls it once, before
    // the first window); returns the language installed.
    QString installLanguage();
    // --lang: this run's language, whatever the setting says (empty optional: none given).
    void setCommandLineLanguage(const std::optional<QString> &language);
    bool languageFromCommandLine() const { return m_commandLineLanguage.has_value(); }

    // Forgets who signed in last, so the next start does not try a silent sign-in.
    void forgetAccount();

    static QString settingsGroupOf(const QString &profile);
    // The language setting of `profile` in the default settings file, read without a context
    // (main() needs it for --help, before the context exists).
    static QString savedLanguage(const QString &profile);

private:
    void nameThisDevice();
    QVariant setting(const QString &key, const QVariant &defaultValue = {}) const;
    void setSetting(const QString &key, const QVariant &value);

    Options m_options;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<NoticeService> m_noticeService;
    std::unique_ptr<Translations> m_translations;
    std::optional<QString> m_commandLineLanguage;
    // Declared in dependency order: destroyed in reverse, so nothing outlives what it uses.
    std::unique_ptr<ApiClient> m_apiClient;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<SessionManager> m_session;
    std::unique_ptr<TaskModel> m_taskModel;
    std::unique_ptr<TaskService> m_taskService;
    std::unique_ptr<PersonalTokenModel> m_personalTokenModel;
    std::unique_ptr<SessionModel> m_sessionModel;
    std::unique_ptr<SecurityLogModel> m_securityLogModel;
    std::unique_ptr<SecurityService> m_securityService;
    std::unique_ptr<TwoFactorService> m_twoFactorService;
    std::unique_ptr<PasskeyModel> m_passkeyModel;
    std::unique_ptr<PasskeyService> m_passkeyService;
    std::unique_ptr<AdminUserModel> m_adminUserModel;
    std::unique_ptr<SessionModel> m_adminSessionModel;
    std::unique_ptr<PersonalTokenModel> m_adminTokenModel;
    std::unique_ptr<AuditLogModel> m_auditLogModel;
    std::unique_ptr<AdminService> m_adminService;
    std::unique_ptr<LocalServer> m_localServer;
};
