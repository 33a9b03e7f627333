#include "AdminUserPanel.h"

#include "ApiError.h"
#include "ConfirmationBox.h"
#include "ErrorPanel.h"
#include "OneTimePasswordDialog.h"
#include "PersonalTokenModel.h"
#include "RelativeTime.h"
#include "ResultLabel.h"
#include "RowDetailsDialog.h"
#include "SecurityItemDelegate.h"
#include "SecurityTableView.h"
#include "SessionModel.h"
#include "TextRefresh.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

QLabel *factLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QPushButton *button(const char *name, QWidget *parent)
{
    auto *pushButton = new QPushButton(parent);
    pushButton->setObjectName(QLatin1String(name));
    pushButton->setAutoDefault(false);
    return pushButton;
}

} // namespace

AdminUserPanel::AdminUserPanel(AdminService *service, SessionModel *sessions,
                               PersonalTokenModel *tokens, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_sessions(sessions)
    , m_tokens(tokens)
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_headingLabel(new QLabel(this))
    , m_emailLabel(factLabel("userEmailLabel", this))
    , m_roleLabel(factLabel("userRoleLabel", this))
    , m_statusLabel(factLabel("userStatusLabel", this))
    , m_twoFactorLabel(factLabel("userTwoFactorLabel", this))
    , m_lastSignInLabel(factLabel("userLastSignInLabel", this))
    , m_createdLabel(factLabel("userCreatedLabel", this))
    , m_emailCaption(new QLabel(this))
    , m_roleCaption(new QLabel(this))
    , m_statusCaption(new QLabel(this))
    , m_twoFactorCaption(new QLabel(this))
    , m_lastSignInCaption(new QLabel(this))
    , m_createdCaption(new QLabel(this))
    , m_resultLabel(new ResultLabel(QStringLiteral("adminResultLabel"), this))
    , m_error(new ErrorPanel(QStringLiteral("adminError"), this))
    , m_revokeAllButton(button("revokeAllForUserButton", this))
    , m_resetTwoFactorButton(button("resetTwoFactorButton", this))
    , m_disableButton(button("disableUserButton", this))
    , m_enableButton(button("enableUserButton", this))
    , m_resetPasswordButton(button("resetPasswordButton", this))
    , m_roleButton(button("changeRoleButton", this))
    , m_sessionsGroup(new QGroupBox(this))
    , m_sessionProxy(new QSortFilterProxyModel(this))
    , m_sessionTable(new SecurityTableView(this))
    , m_noSessionsLabel(new QLabel(this))
    , m_revokeSessionButton(button("revokeUserSessionButton", this))
    , m_tokensGroup(new QGroupBox(this))
    , m_tokenProxy(new QSortFilterProxyModel(this))
    , m_tokenTable(new SecurityTableView(this))
    , m_noTokensLabel(new QLabel(this))
    , m_revokeTokenButton(button("revokeUserTokenButton", this))
{
    setObjectName(QStringLiteral("userDetailsPanel"));

    m_emptyLabel->setObjectName(QStringLiteral("userDetailsEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);

    m_headingLabel->setObjectName(QStringLiteral("userNameLabel"));
    m_headingLabel->setTextFormat(Qt::PlainText);
    m_headingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                            Qt::TextSelectableByKeyboard);
    QFont headingFont = m_headingLabel->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    m_headingLabel->setFont(headingFont);

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    facts->addRow(m_emailCaption, m_emailLabel);
    facts->addRow(m_roleCaption, m_roleLabel);
    facts->addRow(m_statusCaption, m_statusLabel);
    facts->addRow(m_twoFactorCaption, m_twoFactorLabel);
    facts->addRow(m_lastSignInCaption, m_lastSignInLabel);
    facts->addRow(m_createdCaption, m_createdLabel);
    m_twoFactorLabel->setWordWrap(true);
    m_statusLabel->setWordWrap(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_revokeAllButton);
    actions->addWidget(m_resetTwoFactorButton);
    actions->addWidget(m_disableButton);
    actions->addWidget(m_enableButton);
    actions->addStretch();
    // The account's password and role: a second row, so the panel keeps its width.
    auto *accountActions = new QHBoxLayout;
    accountActions->addWidget(m_resetPasswordButton);
    accountActions->addWidget(m_roleButton);
    accountActions->addStretch();

    // The user's sessions: the account security table, without "this device" (an
    // administrator's listing has none).
    m_sessionProxy->setSourceModel(sessions);
    m_sessionProxy->setSortRole(SessionModel::SortRole);
    m_sessionTable->setObjectName(QStringLiteral("userSessionTable"));
    m_sessionTable->setModel(m_sessionProxy);
    m_sessionTable->sortByColumn(-1, Qt::AscendingOrder); // the server's order
    m_noSessionsLabel->setObjectName(QStringLiteral("userNoSessionsLabel"));
    auto *sessionButtons = new QHBoxLayout;
    sessionButtons->addWidget(m_noSessionsLabel);
    sessionButtons->addStretch();
    sessionButtons->addWidget(m_revokeSessionButton);
    auto *sessionLayout = new QVBoxLayout(m_sessionsGroup);
    sessionLayout->addWidget(m_sessionTable, 1);
    sessionLayout->addLayout(sessionButtons);
    m_sessionsGroup->setObjectName(QStringLiteral("userSessionsGroup"));

    m_tokenProxy->setSourceModel(tokens);
    m_tokenProxy->setSortRole(PersonalTokenModel::SortRole);
    m_tokenTable->setObjectName(QStringLiteral("userTokenTable"));
    m_tokenTable->setModel(m_tokenProxy);
    m_tokenTable->sortByColumn(-1, Qt::AscendingOrder);
    auto *tokenDelegate = new SecurityItemDelegate(m_tokenTable);
    tokenDelegate->setDimRole(PersonalTokenModel::ExpiredRole);
    tokenDelegate->setIconColumn(PersonalTokenModel::Expires);
    m_tokenTable->setItemDelegate(tokenDelegate);
    m_noTokensLabel->setObjectName(QStringLiteral("userNoTokensLabel"));
    auto *tokenButtons = new QHBoxLayout;
    tokenButtons->addWidget(m_noTokensLabel);
    tokenButtons->addStretch();
    tokenButtons->addWidget(m_revokeTokenButton);
    auto *tokenLayout = new QVBoxLayout(m_tokensGroup);
    tokenLayout->addWidget(m_tokenTable, 1);
    tokenLayout->addLayout(tokenButtons);
    m_tokensGroup->setObjectName(QStringLiteral("userTokensGroup"));

    auto *details = new QWidget(this);
    details->setObjectName(QStringLiteral("userDetailsPage"));
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_headingLabel);
    detailsLayout->addLayout(facts);
    detailsLayout->addLayout(actions);
    detailsLayout->addLayout(accountActions);
    detailsLayout->addWidget(m_resultLabel);
    detailsLayout->addWidget(m_error);
    detailsLayout->addWidget(m_sessionsGroup, 1);
    detailsLayout->addWidget(m_tokensGroup, 1);

    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_revokeAllButton, &QPushButton::clicked, this, &AdminUserPanel::revokeEverything);
    connect(m_resetTwoFactorButton, &QPushButton::clicked, this, &AdminUserPanel::resetTwoFactor);
    connect(m_disableButton, &QPushButton::clicked, this, &AdminUserPanel::disableOrEnable);
    connect(m_enableButton, &QPushButton::clicked, this, &AdminUserPanel::disableOrEnable);
    connect(m_resetPasswordButton, &QPushButton::clicked, this, &AdminUserPanel::resetPassword);
    connect(m_roleButton, &QPushButton::clicked, this, &AdminUserPanel::changeRole);
    connect(m_revokeSessionButton, &QPushButton::clicked, this,
            [this] { revokeSession(m_sessionTable->currentRow()); });
    connect(m_revokeTokenButton, &QPushButton::clicked, this,
            [this] { revokeToken(m_tokenTable->currentRow()); });
    connect(m_sessionTable, &SecurityTableView::revokeRequested, this,
            &AdminUserPanel::revokeSession);
    connect(m_tokenTable, &SecurityTableView::revokeRequested, this, &AdminUserPanel::revokeToken);
    connect(m_sessionTable, &SecurityTableView::openRequested, this,
            [this](const QModelIndex &row) {
                const AdminUser user = m_user;
                RowDetailsDialog dialog(
                    row, [user] { return tr("Session of %1").arg(nameOf(user)); }, this);
                dialog.exec();
            });
    connect(m_tokenTable, &SecurityTableView::openRequested, this, [this](const QModelIndex &row) {
        const QString name = row.data().toString(); // the token's name: data
        RowDetailsDialog dialog(
            row, [name] { return tr("Token \u201c%1\u201d").arg(name); }, this);
        dialog.exec();
    });
    for (SecurityTableView *table : {m_sessionTable, m_tokenTable}) {
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &AdminUserPanel::updateState);
    }
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(sessions), static_cast<QAbstractItemModel *>(tokens)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &AdminUserPanel::updateState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &AdminUserPanel::updateState);
    }

    connect(service, &AdminService::busyChanged, this, &AdminUserPanel::updateState);
    connect(service, &AdminService::userLoaded, this, [this](const AdminUser &user) {
        if (user.id != m_user.id)
            return;
        m_user = user;
        fillFacts(user);
        updateState();
    });
    connect(service, &AdminService::sessionsLoaded, this, [this](const QString &id) {
        if (id == m_user.id)
            m_sessionTable->fitColumns(SessionModel::Software);
    });
    connect(service, &AdminService::tokensLoaded, this, [this](const QString &id) {
        if (id == m_user.id)
            m_tokenTable->fitColumns(PersonalTokenModel::Name);
    });
    connect(service, &AdminService::sessionRevoked, this, [this](const SignedInSession &session) {
        const QString username = m_user.username;
        showResult([session, username] {
            return tr("\u201c%1\u201d was signed out. %2 needs the password to sign in there "
                      "again.")
                .arg(session.displayName(), username);
        });
    });
    connect(service, &AdminService::tokenRevoked, this, [this](const PersonalToken &token) {
        showResult([token] {
            return tr("The token \u201c%1\u201d was revoked: it no longer works.").arg(token.name);
        });
    });
    connect(service, &AdminService::everythingRevoked, this,
            [this](const AdminUser &user, int sessionCount, int tokenCount) {
                showResult([user, sessionCount, tokenCount] {
                    return tr("%1: %2 and %3. %4")
                        .arg(user.username, sessionsSignedOut(sessionCount),
                             tokensRevoked(tokenCount),
                             user.disabled ? tr("The account stays disabled.")
                                           : tr("They can sign in again with their password."));
                });
            });
    connect(service, &AdminService::twoFactorReset, this, [this](const AdminUser &user) {
        showUserResult(QT_TR_NOOP("Two-factor authentication is off for %1. They sign in with "
                                  "their password only until they set it up again."),
                       user);
    });
    connect(service, &AdminService::userDisabled, this, [this](const AdminUser &user) {
        showUserResult(QT_TR_NOOP("%1's account is disabled: they are signed out everywhere and "
                                  "cannot sign in."),
                       user);
    });
    connect(service, &AdminService::userEnabled, this, [this](const AdminUser &user) {
        showUserResult(QT_TR_NOOP("%1's account is enabled: they can sign in again."), user);
    });
    connect(service, &AdminService::passwordReset, this,
            [this](const AdminUser &user, const QString &oneTimePassword, int sessionCount,
                   int tokenCount) {
                showResult([user, sessionCount, tokenCount] {
                    return tr("%1 has a new one-time password and must choose their own at the "
                              "next sign-in; %2 and %3.")
                        .arg(user.username, sessionsSignedOut(sessionCount),
                             tokensRevoked(tokenCount));
                });
                OneTimePasswordDialog dialog(user.username, oneTimePassword, this);
                dialog.exec();
            });
    connect(service, &AdminService::roleChanged, this, [this](const AdminUser &user) {
        if (user.id == m_user.id) {
            m_user = user;
            fillFacts(user);
            updateState();
        }
        showResult([user] {
            return user.isAdmin()
                       ? tr("%1 is an administrator now: the next sign-in gets administration.")
                             .arg(user.username)
                       : tr("%1 is no longer an administrator: administration stopped working "
                            "for their sessions and tokens at once.")
                             .arg(user.username);
        });
    });
    connect(service, &AdminService::failed, this, &AdminUserPanel::onFailed);

    showUser(AdminUser());
    retranslateUi();
}

void AdminUserPanel::retranslateUi()
{
    setAccessibleName(tr("The selected user"));
    m_emptyLabel->setText(tr("Select a user on the left to see their sessions and tokens."));
    m_emailLabel->setAccessibleName(tr("Email"));
    m_roleLabel->setAccessibleName(tr("Role"));
    m_statusLabel->setAccessibleName(tr("Status"));
    m_twoFactorLabel->setAccessibleName(tr("Two-factor authentication"));
    m_lastSignInLabel->setAccessibleName(tr("Last sign-in"));
    m_createdLabel->setAccessibleName(tr("Account created"));
    m_emailCaption->setText(tr("Email:"));
    m_roleCaption->setText(tr("Role:"));
    m_statusCaption->setText(tr("Status:"));
    m_twoFactorCaption->setText(tr("Two-factor:"));
    m_lastSignInCaption->setText(tr("Last sign-in:"));
    m_createdCaption->setText(tr("Member since:"));
    m_revokeAllButton->setText(tr("Re&voke everything for this user\u2026"));
    m_revokeAllButton->setAccessibleName(tr("Revoke every session and token of this user"));
    m_resetTwoFactorButton->setText(tr("Reset &two-factor\u2026"));
    m_resetTwoFactorButton->setAccessibleName(tr("Reset this user's two-factor authentication"));
    m_disableButton->setText(tr("&Disable account\u2026"));
    m_disableButton->setAccessibleName(tr("Disable this user's account"));
    m_enableButton->setText(tr("&Enable account"));
    m_enableButton->setAccessibleName(tr("Enable this user's account"));
    m_resetPasswordButton->setText(tr("Reset &password\u2026"));
    m_resetPasswordButton->setAccessibleName(tr("Give this user a new one-time password"));
    m_sessionTable->setAccessibleName(tr("The user's sessions"));
    m_noSessionsLabel->setText(tr("No device is signed in."));
    m_revokeSessionButton->setText(tr("Sign &out session\u2026"));
    m_revokeSessionButton->setAccessibleName(tr("Sign out the selected session"));
    m_tokenTable->setAccessibleName(tr("The user's personal access tokens"));
    m_noTokensLabel->setText(tr("No personal access tokens."));
    m_revokeTokenButton->setText(tr("Revoke to&ken\u2026"));
    m_revokeTokenButton->setAccessibleName(tr("Revoke the selected token"));
    // The proxies pass the sources' signals on to the views.
    TextRefresh::refresh(m_sessions);
    TextRefresh::refresh(m_tokens);
    // What depends on the open user: the facts, the role button, the group titles, tooltips.
    if (!m_user.id.isEmpty())
        fillFacts(m_user);
    updateState();
    if (!m_error->isHidden())
        showFailure();
}

void AdminUserPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AdminUserPanel::setOwnUserId(const QString &id)
{
    m_ownUserId = id;
    updateState();
}

bool AdminUserPanel::isOwnAccount() const
{
    return !m_ownUserId.isEmpty() && m_user.id == m_ownUserId;
}

QString AdminUserPanel::nameOf(const AdminUser &user)
{
    if (user.displayName.isEmpty() || user.displayName == user.username)
        return user.username;
    return tr("%1 (%2)").arg(user.displayName, user.username);
}

void AdminUserPanel::showUser(const AdminUser &user)
{
    const bool another = user.id != m_user.id;
    m_user = user;
    if (another) {
        m_error->clear();
        m_resultLabel->hide();
    }
    m_stack->setCurrentIndex(user.id.isEmpty() ? 0 : 1);
    if (!user.id.isEmpty())
        fillFacts(user);
    updateState();
}

void AdminUserPanel::fillFacts(const AdminUser &user)
{
    const QString heading = nameOf(user);
    m_headingLabel->setText(isOwnAccount() ? tr("%1 \u2013 your account").arg(heading) : heading);
    m_headingLabel->setAccessibleName(m_headingLabel->text());
    m_emailLabel->setText(user.email);
    m_roleLabel->setText(user.roleText());
    m_statusLabel->setText(user.disabled ? tr("Disabled: cannot sign in") : user.statusText());
    m_twoFactorLabel->setText(user.twoFactorEnabled
                                  ? tr("On: signs in with a password and an authenticator code")
                                  : tr("Off: signs in with a password only"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_lastSignInLabel->setText(user.lastSignInAt.isValid()
                                   ? RelativeTime::describeWithDate(user.lastSignInAt, now)
                                   : tr("Never"));
    m_createdLabel->setText(user.createdAt.isValid() ? RelativeTime::absolute(user.createdAt)
                                                     : QString());
    for (QLabel *label : {m_emailLabel, m_roleLabel, m_statusLabel, m_twoFactorLabel,
                          m_lastSignInLabel, m_createdLabel})
        label->setToolTip(label->text());
}

void AdminUserPanel::showUserResult(const char *sourceText, const AdminUser &user)
{
    const QString username = user.username;
    showResult([sourceText, username] { return tr(sourceText).arg(username); });
}

QString AdminUserPanel::sessionsSignedOut(int count)
{
    return count == 1 ? tr("1 session was signed out")
                      : tr("%n sessions were signed out", nullptr, count);
}

QString AdminUserPanel::tokensRevoked(int count)
{
    return count == 1 ? tr("1 token was revoked") : tr("%n tokens were revoked", nullptr, count);
}

QStringList AdminUserPanel::signOutConsequences(int sessions, int tokens)
{
    return {sessions == 0 ? tr("No device is signed in now.")
            : sessions == 1
                ? tr("1 session is signed out on its device at once.")
                : tr("%n sessions are signed out on their devices at once.", nullptr, sessions),
            tokens == 0   ? tr("No personal access token is in use.")
            : tokens == 1 ? tr("1 personal access token stops working at once.")
                          : tr("%n personal access tokens stop working at once.", nullptr, tokens)};
}

void AdminUserPanel::showResult(std::function<QString()> render)
{
    m_error->clear();
    m_resultLabel->showResult(std::move(render));
}

void AdminUserPanel::updateState()
{
    const bool open = !m_user.id.isEmpty();
    const bool busy = m_service->isChanging();
    const int sessionCount = m_sessions->rowCount();
    const int tokenCount = m_tokens->rowCount();

    m_sessionsGroup->setTitle(open ? tr("Sessions (%1)").arg(sessionCount) : tr("Sessions"));
    m_tokensGroup->setTitle(open ? tr("Personal access tokens (%1)").arg(tokenCount)
                                 : tr("Personal access tokens"));
    m_noSessionsLabel->setVisible(open && sessionCount == 0 &&
                                  !m_service->isBusy(AdminService::Operation::LoadSessions));
    m_noTokensLabel->setVisible(open && tokenCount == 0 &&
                                !m_service->isBusy(AdminService::Operation::LoadTokens));

    m_revokeAllButton->setEnabled(open && !busy);
    m_revokeAllButton->setToolTip(
        tr("Sign out every session of this user and revoke every one of their tokens"));
    m_resetTwoFactorButton->setEnabled(open && !busy && m_user.twoFactorEnabled);
    m_resetTwoFactorButton->setToolTip(
        m_user.twoFactorEnabled
            ? tr("Turn off two-factor authentication, e.g. after a lost phone")
            : tr("%1 does not use two-factor authentication.").arg(m_user.username));
    m_disableButton->setVisible(!m_user.disabled);
    m_enableButton->setVisible(m_user.disabled);
    m_disableButton->setEnabled(open && !busy);
    m_disableButton->setToolTip(tr("Sign this user out everywhere and stop them signing in"));
    m_enableButton->setEnabled(open && !busy);
    m_enableButton->setToolTip(tr("Let this user sign in again"));

    m_resetPasswordButton->setEnabled(open && !busy);
    m_resetPasswordButton->setToolTip(
        tr("Sign this user out everywhere and give them a one-time password"));
    m_roleButton->setEnabled(open && !busy);
    m_roleButton->setText(m_user.isAdmin() ? tr("Remove &administrator\u2026")
                                           : tr("&Make administrator\u2026"));
    m_roleButton->setAccessibleName(m_user.isAdmin() ? tr("Remove this user's administrator role")
                                                     : tr("Make this user an administrator"));
    m_roleButton->setToolTip(m_user.isAdmin() ? tr("Make this administrator a normal user")
                                              : tr("Let this user manage every account"));

    const bool sessionSelected = m_sessionTable->currentRow().isValid();
    m_revokeSessionButton->setEnabled(sessionSelected && !busy);
    m_revokeSessionButton->setToolTip(sessionSelected ? tr("Sign out the selected session (Delete)")
                                                      : tr("Select a session to sign it out"));
    const bool tokenSelected = m_tokenTable->currentRow().isValid();
    m_revokeTokenButton->setEnabled(tokenSelected && !busy);
    m_revokeTokenButton->setToolTip(tokenSelected ? tr("Revoke the selected token (Delete)")
                                                  : tr("Select a token to revoke it"));
}

void AdminUserPanel::revokeEverything()
{
    if (m_user.id.isEmpty() || m_service->isChanging())
        return;
    // Built again with tr() if the language changes while the question is open.
    const auto question = [&] {
        const int sessions = m_sessions->rowCount();
        const int tokens = m_tokens->activeCount();
        QStringList consequences = signOutConsequences(sessions, tokens);
        if (sessions > 0 || tokens > 0)
            consequences << tr("Their apps and scripts must sign in again (or get a new token).");
        consequences << (m_user.disabled
                             ? tr("The account is disabled, so %1 cannot sign in again until you "
                                  "enable it.")
                                   .arg(m_user.username)
                             : tr("%1 can sign in again with their password; the account stays "
                                  "enabled.")
                                   .arg(m_user.username));
        if (isOwnAccount())
            consequences << tr("This is your own account: Tasklane signs you out here too.");
        const ConfirmationBox box{
            QStringLiteral("revokeAllForUser"),
            tr("Revoke everything"),
            tr("Revoke every session and token of %1?").arg(nameOf(m_user)),
            consequences,
            tr("&Revoke everything"),
            tr("Keep %1's sessions and tokens").arg(m_user.username),
        };
        return box;
    };
    if (!question().ask(this, question))
        return;
    m_error->clear();
    m_resultLabel->hide();
    m_service->revokeAll(m_user.id);
}

void AdminUserPanel::resetTwoFactor()
{
    if (m_user.id.isEmpty() || !m_user.twoFactorEnabled || m_service->isChanging())
        return;
    // Built again with tr() if the language changes while the question is open.
    const auto question = [&] {
        const ConfirmationBox box{
            QStringLiteral("resetTwoFactor"),
            tr("Reset two-factor"),
            tr("Reset two-factor authentication for %1?").arg(nameOf(m_user)),
            {tr("Their authenticator app's codes and their backup codes stop working."),
             tr("Until %1 sets up two-factor authentication again in Account security, they sign "
                "in with their password only.")
                 .arg(m_user.username),
             tr("Their sessions and tokens are not affected.")},
            tr("&Reset two-factor"),
            tr("Keep two-factor on for %1").arg(m_user.username),
        };
        return box;
    };
    if (!question().ask(this, question))
        return;
    m_error->clear();
    m_resultLabel->hide();
    m_service->resetTwoFactor(m_user.id);
}

void AdminUserPanel::disableOrEnable()
{
    if (m_user.id.isEmpty() || m_service->isChanging())
        return;
    m_error->clear();
    m_resultLabel->hide();
    if (m_user.disabled) {
        // Enabling takes nothing away; it needs no question.
        m_service->enableUser(m_user.id);
        return;
    }
    // Built again with tr() if the language changes while the question is open.
    const auto question = [&] {
        const int sessions = m_sessions->rowCount();
        const int tokens = m_tokens->activeCount();
        QStringList consequences;
        consequences
            << tr("%1 cannot sign in until you enable the account again.").arg(m_user.username);
        consequences << signOutConsequences(sessions, tokens);
        if (isOwnAccount())
            consequences << tr("This is your own account: Tasklane signs you out at once, and only "
                               "another administrator can enable it again.");
        const ConfirmationBox box{
            QStringLiteral("disableUser"),
            tr("Disable account"),
            tr("Disable the account of %1?").arg(nameOf(m_user)),
            consequences,
            tr("&Disable account"),
            tr("Keep %1's account enabled").arg(m_user.username),
        };
        return box;
    };
    if (!question().ask(this, question))
        return;
    m_service->disableUser(m_user.id);
}

void AdminUserPanel::resetPassword()
{
    if (m_user.id.isEmpty() || m_service->isChanging())
        return;
    // Built again with tr() if the language changes while the question is open.
    const auto question = [&] {
        QStringList consequences{
            tr("%1 will be signed out everywhere and must choose a new password at next sign-in.")
                .arg(m_user.username),
            tr("Every personal access token of %1 stops working at once.").arg(m_user.username),
            tr("Their current password stops working; you get a one-time password to hand them, "
               "shown once.")};
        if (isOwnAccount())
            consequences << tr("This is your own account: Tasklane signs you out here too.");
        const ConfirmationBox box{
            QStringLiteral("resetPassword"),
            tr("Reset password"),
            tr("Reset the password of %1?").arg(nameOf(m_user)),
            consequences,
            tr("&Reset password"),
            tr("Keep %1's password").arg(m_user.username),
        };
        return box;
    };
    if (!question().ask(this, question))
        return;
    m_error->clear();
    m_resultLabel->hide();
    m_service->resetPassword(m_user.id);
}

void AdminUserPanel::changeRole()
{
    if (m_user.id.isEmpty() || m_service->isChanging())
        return;
    const bool promote = !m_user.isAdmin();
    // Built again with tr() if the language changes while the question is open.
    const auto question = [&] {
        QStringList consequences;
        if (promote) {
            consequences << tr("%1 can then see and change every account, yours included, and use "
                               "Administration at their next sign-in.")
                                .arg(m_user.username);
        } else {
            consequences << tr("%1 loses Administration at once: their sessions and tokens keep "
                               "working for their own tasks only.")
                                .arg(m_user.username);
            if (isOwnAccount())
                consequences << tr("This is your own account: Administration stops working for you "
                                   "at once.");
        }
        const ConfirmationBox box{
            QStringLiteral("changeRole"),
            promote ? tr("Make administrator") : tr("Remove administrator"),
            promote ? tr("Make %1 an administrator?").arg(nameOf(m_user))
                    : tr("Remove the administrator role of %1?").arg(nameOf(m_user)),
            consequences,
            promote ? tr("&Make administrator") : tr("&Remove administrator"),
            promote ? tr("Keep %1 a user").arg(m_user.username)
                    : tr("Keep %1 an administrator").arg(m_user.username),
        };
        return box;
    };
    if (!question().ask(this, question))
        return;
    m_error->clear();
    m_resultLabel->hide();
    m_service->setAdministrator(m_user.id, promote);
}

void AdminUserPanel::revokeSession(const QModelIndex &row)
{
    if (!row.isValid() || m_service->isChanging())
        return;
    const SignedInSession session = row.data(SessionModel::SessionRole).value<SignedInSession>();
    // Built again with tr() if the language changes while the question is open.
    const auto question = [&] {
        QStringList consequences{tr("That device is signed out at once; %1 needs the password to "
                                    "sign in there again.")
                                     .arg(m_user.username)};
        if (session.current)
            consequences << tr("This is the session you are using: Tasklane signs you out.");
        const ConfirmationBox box{
            QStringLiteral("revokeUserSession"),
            tr("Sign out session"),
            tr("Sign out \u201c%1\u201d of %2?").arg(session.displayName(), nameOf(m_user)),
            consequences,
            tr("&Sign out"),
            tr("Keep the session"),
        };
        return box;
    };
    if (!question().ask(this, question))
        return;
    m_error->clear();
    m_resultLabel->hide();
    m_service->revokeSession(session.id);
}

void AdminUserPanel::revokeToken(const QModelIndex &row)
{
    if (!row.isValid() || m_service->isChanging())
        return;
    const PersonalToken token = row.data(PersonalTokenModel::TokenRole).value<PersonalToken>();
    // Built again with tr() if the language changes while the question is open.
    const auto question = [&] {
        const ConfirmationBox box{
            QStringLiteral("revokeUserToken"),
            tr("Revoke token"),
            tr("Revoke the token \u201c%1\u201d of %2?").arg(token.name, nameOf(m_user)),
            {tr("Scripts and apps that use it stop working at once. This cannot be undone.")},
            tr("&Revoke"),
            tr("Keep the token"),
        };
        return box;
    };
    if (!question().ask(this, question))
        return;
    m_error->clear();
    m_resultLabel->hide();
    m_service->revokeToken(token.id);
}

void AdminUserPanel::onFailed(AdminService::Operation operation, const ApiError &error)
{
    using Operation = AdminService::Operation;
    switch (operation) {
    case Operation::LoadUsers:
    case Operation::LoadAudit:
    case Operation::CreateUser:
        // The list, the audit log and New user show their own (as the switch in showFailure).
        if (error.code != AdminService::LastAdminCode)
            return;
        break;
    default:
        break;
    }
    m_failedOperation = operation;
    m_failure = error;
    showFailure();
}

void AdminUserPanel::showFailure()
{
    using Operation = AdminService::Operation;
    const ApiError &error = m_failure;
    // A refusal the server explains (the last administrator) is said in its own words.
    if (error.code == AdminService::LastAdminCode) {
        m_resultLabel->hide();
        m_error->showMessage(error.message, error.requestId);
        return;
    }
    QString what;
    switch (m_failedOperation) {
    case Operation::LoadUser:
        what = tr("The user could not be loaded: %1");
        break;
    case Operation::LoadSessions:
        what = tr("The sessions could not be loaded: %1");
        break;
    case Operation::LoadTokens:
        what = tr("The tokens could not be loaded: %1");
        break;
    case Operation::RevokeSession:
        what = tr("The session was not signed out: %1");
        break;
    case Operation::RevokeToken:
        what = tr("The token was not revoked: %1");
        break;
    case Operation::RevokeAll:
        what = tr("Nothing was revoked: %1");
        break;
    case Operation::ResetTwoFactor:
        what = tr("Two-factor authentication was not reset: %1");
        break;
    case Operation::DisableUser:
        what = tr("The account was not disabled: %1");
        break;
    case Operation::EnableUser:
        what = tr("The account was not enabled: %1");
        break;
    case Operation::ResetPassword:
        what = tr("The password was not reset: %1");
        break;
    case Operation::ChangeRole:
        what = tr("The role was not changed: %1");
        break;
    default:
        return; // the list and the audit log show their own
    }
    m_resultLabel->hide();
    m_error->showMessage(what.arg(error.message), error.requestId);
}
