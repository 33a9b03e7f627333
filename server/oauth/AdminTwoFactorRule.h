#pragma once

#include "http/ApiError.h"

#include <QStringList>

class TwoFactorStore;
struct User;

// --require-2fa-for-admins (on by default): the `admin` scope is only for an account with
// two-factor authentication on. Asked wherever the scope is granted (browser sign-in, refresh,
// personal access tokens) and again at every use (ApiGuard, introspection), so turning 2FA off
// takes the scope away from tokens already issued on the next request.
class AdminTwoFactorRule
{
public:
    AdminTwoFactorRule(TwoFactorStore &twoFactor, bool required);

    bool required() const { return m_required; }
    // Whether `user` may hold the admin scope as far as this rule goes (the role is checked
    // elsewhere): the rule is off, or the account has two-factor authentication on.
    bool allowsAdminScope(const User &user) const;
    // An administrator kept from the admin scope for want of two-factor authentication.
    bool blocksAdministrator(const User &user) const;
    // `scopes` without `admin` when the rule does not allow it to `user`; reads the account's
    // two-factor state only when `admin` is among them.
    QStringList narrowed(const User &user, QStringList scopes) const;
    // 403 TWO_FACTOR_SETUP_REQUIRED: what an administrator without 2FA gets when asking for admin.
    static ApiError setupRequired(const QString &message);

private:
    TwoFactorStore &m_twoFactor;
    bool m_required;
};
