#include "WorkerPool.h"

#include <QCoreApplication>
#include <QThread>

#include <exception>

WorkerPool::WorkerPool(int size, const Factory &factory, QObject *parent)
    : QObject(parent)
    , m_slots(size_t(std::max(size, 1)))
{
    try {
        for (int index = 0; index < int(m_slots.size()); ++index)
            startWorker(index, factory);
    } catch (...) {
        // No destructor runs after a throwing constructor: the threads must end here.
        stop({});
        throw;
    }
}

WorkerPool::~WorkerPool()
{
    stop({});
}

void WorkerPool::startWorker(int index, const Factory &factory)
{
    Slot &slot = m_slots[size_t(index)];
    slot.thread = new QThread(this);
    slot.thread->setObjectName(QStringLiteral("tasklane-worker-%1").arg(index));
    slot.anchor = new QObject;
    slot.anchor->moveToThread(slot.thread);
    connect(slot.thread, &QThread::finished, slot.anchor, &QObject::deleteLater);
    slot.thread->start();
    runBlocking(slot, [&slot, &factory, index] { slot.worker = factory(index); });
}

void WorkerPool::runBlocking(Slot &slot, const std::function<void()> &work)
{
    std::exception_ptr failure;
    QMetaObject::invokeMethod(
        slot.anchor,
        [&work, &failure] {
            try {
                work();
            } catch (...) {
                failure = std::current_exception();
            }
        },
        Qt::BlockingQueuedConnection);
    if (failure)
        std::rethrow_exception(failure);
}

void WorkerPool::runOn(int index, const std::function<void(Worker &)> &work)
{
    Slot &slot = m_slots.at(size_t(index));
    runBlocking(slot, [&slot, &work] { work(*slot.worker); });
}

void WorkerPool::post(int index, std::function<void(Worker &)> work)
{
    if (m_stopped)
        return;
    Worker *worker = m_slots.at(size_t(index)).worker.get();
    QMetaObject::invokeMethod(
        m_slots.at(size_t(index)).anchor, [worker, work = std::move(work)] { work(*worker); },
        Qt::QueuedConnection);
}

void WorkerPool::submit(RequestContext context, Reply reply)
{
    if (m_stopped)
        return;
    Job job{std::move(context), std::move(reply)};
    // The first free worker: under light load the same few workers (and their caches) serve.
    for (size_t index = 0; index < m_slots.size(); ++index) {
        if (!m_slots[index].busy) {
            start(int(index), std::move(job));
            return;
        }
    }
    m_queue.push_back(std::move(job));
}

void WorkerPool::start(int index, Job job)
{
    Slot &slot = m_slots[size_t(index)];
    slot.busy = true;
    Worker *worker = slot.worker.get();
    QMetaObject::invokeMethod(
        slot.anchor,
        [this, index, worker, job = std::move(job)]() mutable {
            // Most handlers answer before handle() returns: that answer and "this worker is
            // free" go back to the pool's thread as one event, not two (each cross-thread event
            // is an allocation, a lock and a wake-up of the pool's thread's event loop, one
            // write() to its eventfd: strace counted one system call fewer per token). The
            // answer is moved, not copied. An async handler's later answer goes back on its own.
            auto handover = std::make_shared<Handover>(std::move(job.reply));
            worker->dispatcher().handle(std::move(job.context),
                                        [this, handover](HttpResponse response) {
                                            if (handover->handling) {
                                                handover->answer = std::move(response);
                                                return;
                                            }
                                            deliverLater(handover, std::move(response));
                                        });
            handover->handling = false;
            QMetaObject::invokeMethod(
                this,
                [this, index, handover] {
                    if (handover->answer)
                        handover->reply(std::move(*handover->answer));
                    workerFree(index);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void WorkerPool::deliverLater(const std::shared_ptr<Handover> &handover, HttpResponse response)
{
    QMetaObject::invokeMethod(
        this,
        [handover, response = std::move(response)]() mutable {
            handover->reply(std::move(response));
        },
        Qt::QueuedConnection);
}

void WorkerPool::workerFree(int index)
{
    m_slots[size_t(index)].busy = false;
    if (m_stopped || m_queue.empty())
        return;
    Job job = std::move(m_queue.front());
    m_queue.pop_front();
    start(index, std::move(job));
}

void WorkerPool::stop(const std::function<void()> &waitForSlowWork)
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_queue.clear();
    // A job run on a worker and waited for runs after everything handed to that worker before:
    // once it returns, the worker has finished its requests. Slow work they started (Argon2)
    // reports to the workers as queued continuations, which may start more: a few rounds. Qt 6.4
    // asserts on a continuation whose context object is gone, so all of them run before the
    // Workers go.
    for (int round = 0; round < 3; ++round) {
        for (Slot &slot : m_slots) {
            if (slot.worker)
                runBlocking(slot, [] { QCoreApplication::sendPostedEvents(); });
        }
        if (waitForSlowWork)
            waitForSlowWork();
    }
    for (Slot &slot : m_slots) {
        if (!slot.thread)
            continue;
        runBlocking(slot, [&slot] {
            QCoreApplication::sendPostedEvents();
            slot.worker.reset();
        });
        slot.thread->quit();
        slot.thread->wait();
    }
    // The answers the workers sent back meanwhile go out now, to the clients still connected.
    QCoreApplication::sendPostedEvents(this);
}
