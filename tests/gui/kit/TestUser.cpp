#include "TestUser.h"

#include "KitProblem.h"
#include "Totp.h"

QString TestUser::freshCode() const
{
    if (!hasTwoFactor()) {
        KitProblem::report(username + QStringLiteral(" has no two-factor authentication"));
        return {};
    }
    return Totp::fresh(totpSecret);
}
