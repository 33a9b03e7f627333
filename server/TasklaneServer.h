#pragma once

#include "ServerConfig.h"

#include <QObject>
#include <QTimer>
#include <memory>

class HttpServer;
class SpentRowPurge;
struct ServerServices;

// The whole server: opens the database, applies migrations, wires endpoints to routes and
// listens. Tests and benchmarks can run it in-process; the executable is a thin main() around it.
class TasklaneServer : public QObject
{
    Q_OBJECT
public:
    explicit TasklaneServer(ServerConfig config, QObject *parent = nullptr);
    ~TasklaneServer() override;

    // Throws StoreError when the database cannot be opened, SecretBox::KeyError when the data
    // directory's secret.key cannot be read or created; returns false when it cannot listen.
    bool start();
    quint16 port() const { return m_port; }
    QString baseUrl() const;

private:
    // One batch of the purge of spent rows; schedules the next one while more is due.
    void purgeBatch();

    ServerConfig m_config;
    quint16 m_port = 0;
    std::unique_ptr<ServerServices> m_services;
    struct Endpoints;
    std::unique_ptr<Endpoints> m_endpoints;
    std::unique_ptr<HttpServer> m_http;
    std::unique_ptr<SpentRowPurge> m_purge;
    QTimer m_purgeTimer; // hourly
};
