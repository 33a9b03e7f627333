#include "ServerServices.h"

ServerServices::ServerServices(const ServerConfig &serverConfig, QString serverIssuer)
    : config(serverConfig)
    , issuer(std::move(serverIssuer))
    , db(serverConfig.effectiveDatabaseUrl())
{}
