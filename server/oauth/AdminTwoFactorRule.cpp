#include "AdminTwoFactorRule.h"

#include "Scopes.h"
#include "User.h"
#include "store/TwoFactorStore.h"

AdminTwoFactorRule::AdminTwoFactorRule(TwoFactorStore &twoFactor, bool required)
    : m_twoFactor(twoFactor)
    , m_required(required)
{}

bool AdminTwoFactorRule::allowsAdminScope(const User &user) const
{
    return !m_required || m_twoFactor.find(user.id).enabled();
}

bool AdminTwoFactorRule::blocksAdministrator(const User &user) const
{
    return user.isAdmin() && !allowsAdminScope(user);
}

ApiError AdminTwoFactorRule::setupRequired(const QString &message)
{
    return ApiError(403, QStringLiteral("TWO_FACTOR_SETUP_REQUIRED"), message);
}

QStringList AdminTwoFactorRule::narrowed(const User &user, QStringList scopes) const
{
    if (scopes.contains(Scopes::Admin) && !allowsAdminScope(user))
        scopes.removeAll(Scopes::Admin);
    return scopes;
}
