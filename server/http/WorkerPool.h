#pragma once

#include "Dispatcher.h"

#include <QObject>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThread;

// The worker threads of one server instance. Each worker is a thread with its own event loop on
// which its Worker (its database connection, stores, endpoints and Dispatcher) is made, used
// and destroyed: a Qt SQL connection may only be used on the thread that opened it, and the
// continuations of slow work (Argon2) come back to the worker's event loop.
//
// The pool lives on the thread of the sockets. submit() hands a request to a free worker, or
// queues it until one is free (a worker is busy while it runs a request's synchronous part; an
// async handler's continuation runs later on that worker's event loop); the answer comes back to
// the pool's thread.
class WorkerPool : public QObject
{
    Q_OBJECT
public:
    // What one worker thread owns, made by the factory on that thread.
    class Worker
    {
    public:
        virtual ~Worker() = default;
        virtual Dispatcher &dispatcher() = 0;
    };
    using Factory = std::function<std::unique_ptr<Worker>(int index)>;
    // Called on the pool's thread with the finished response.
    using Reply = std::function<void(HttpResponse)>;

    // Starts `size` workers, each made by `factory` on its thread, one after the other. Throws
    // what the factory throws, after stopping the workers already started.
    WorkerPool(int size, const Factory &factory, QObject *parent = nullptr);
    // stop(), if not done yet.
    ~WorkerPool() override;

    int size() const { return int(m_slots.size()); }
    void submit(RequestContext context, Reply reply);
    // Runs `work` on worker `index` and waits for it; rethrows what it throws.
    void runOn(int index, const std::function<void(Worker &)> &work);
    // Queues `work` on worker `index`, after what was handed to it before; does not wait.
    void post(int index, std::function<void(Worker &)> work);
    // Drops the requests still queued, lets the workers finish what they began, including
    // continuations of work on `slowWork` (waited for), delivers their answers, and stops the
    // threads, destroying each Worker on its thread.
    void stop(const std::function<void()> &waitForSlowWork);

private:
    struct Job
    {
        RequestContext context;
        Reply reply;
    };
    struct Slot
    {
        QThread *thread = nullptr;      // a child of the pool
        QObject *anchor = nullptr;      // on the worker thread: the receiver of its jobs
        std::unique_ptr<Worker> worker; // made, used and destroyed on the worker thread
        bool busy = false;
    };

    // One request's way back to the pool's thread (start()).
    struct Handover
    {
        explicit Handover(Reply onAnswer)
            : reply(std::move(onAnswer))
        {}
        Reply reply;                        // called on the pool's thread only
        bool handling = true;               // worker thread: handle() has not returned yet
        std::optional<HttpResponse> answer; // worker thread: the answer given meanwhile
    };

    void startWorker(int index, const Factory &factory);
    void start(int index, Job job);
    // Sends an answer given after handle() returned (an async handler's) to the pool's thread.
    void deliverLater(const std::shared_ptr<Handover> &handover, HttpResponse response);
    void workerFree(int index);
    // Runs `work` on the worker thread of `slot` and waits; rethrows what it throws.
    static void runBlocking(Slot &slot, const std::function<void()> &work);

    std::vector<Slot> m_slots;
    std::deque<Job> m_queue;
    bool m_stopped = false;
};
