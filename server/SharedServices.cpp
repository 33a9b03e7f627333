#include "SharedServices.h"

SharedServices::SharedServices(const ServerConfig &serverConfig)
    : config(serverConfig)
    , secretBox(SecretBox::loadOrCreate(serverConfig.dataDir))
    , hasher(serverConfig.passwordCost)
{}
