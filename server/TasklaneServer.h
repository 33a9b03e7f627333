#pragma once

#include "ServerConfig.h"

#include <QObject>
#include <QTimer>
#include <memory>

class HttpServer;
class WorkerPool;
struct SharedServices;

// The whole server: starts its worker threads (each with its own database connection, stores
// and endpoints: the connection pool, docs/admin.md 9), applies migrations, and listens; the
// sockets stay on this object's thread. Tests and benchmarks can run it in-process; the
// executable is a thin main() around it.
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
    // The number of worker threads, each with its database connection (after start()).
    int databaseConnections() const;

private:
    struct Endpoints;
    struct Worker;

    ServerConfig m_config;
    quint16 m_port = 0;
    std::unique_ptr<SharedServices> m_shared;
    std::unique_ptr<WorkerPool> m_workers;
    std::unique_ptr<HttpServer> m_http;
    QTimer m_purgeTimer; // hourly, on worker 0
};
