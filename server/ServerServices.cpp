#include "ServerServices.h"

ServerServices::ServerServices(SharedServices &shared)
    : config(shared.config)
    , issuer(shared.issuer)
    , db(shared.config.effectiveDatabaseUrl())
    , secretBox(shared.secretBox)
    , hasher(shared.hasher)
    , passwordChecks(shared.passwordChecks)
    , apiLeases(shared.apiLeases)
{}
