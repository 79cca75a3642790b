// Upstream: an-tao/trantor, commit 5d52d7a2bdaa700197f89d7047976f7752d7d7fc
//   (tag v1.5.15; the trantor submodule commit pinned by drogon v1.9.1)
// Mirrors:  trantor/net/EventLoop.h
//
// Out-of-line members (defined in EventLoop.cc upstream) are declared only.
// Not mirrored: runAt(const Date&, ...), channel/poller internals.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <trantor/utils/NonCopyable.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <thread>
#include <utility>

namespace trantor
{
using Func = std::function<void()>;
using TimerId = uint64_t;
enum
{
    InvalidTimerId = 0
};

class EventLoop : NonCopyable
{
  public:
    EventLoop();
    ~EventLoop();

    /// Run the event loop. This method will be blocked until the event loop
    /// exits.
    void loop();

    /// Let the event loop quit.
    void quit();

    void assertInLoopThread()
    {
    }

    /// Return true if the current thread is the thread of the event loop.
    bool isInLoopThread() const
    {
        return threadId_ == std::this_thread::get_id();
    };

    /// Get the event loop of the current thread (nullptr if none).
    static EventLoop *getEventLoopOfCurrentThread();

    template <typename Functor>
    inline void runInLoop(Functor &&f)
    {
        if (isInLoopThread())
            f();
        else
            queueInLoop(std::forward<Functor>(f));
    }

    void queueInLoop(const Func &f);
    void queueInLoop(Func &&f);

    TimerId runAfter(double delay, const Func &cb);
    TimerId runAfter(double delay, Func &&cb);
    TimerId runAfter(const std::chrono::duration<double> &delay, const Func &cb)
    {
        return runAfter(delay.count(), cb);
    }
    TimerId runAfter(const std::chrono::duration<double> &delay, Func &&cb)
    {
        return runAfter(delay.count(), std::move(cb));
    }

    TimerId runEvery(double interval, const Func &cb);
    TimerId runEvery(double interval, Func &&cb);
    TimerId runEvery(const std::chrono::duration<double> &interval,
                     const Func &cb)
    {
        return runEvery(interval.count(), cb);
    }
    TimerId runEvery(const std::chrono::duration<double> &interval, Func &&cb)
    {
        return runEvery(interval.count(), std::move(cb));
    }

    void invalidateTimer(TimerId id);

    void moveToCurrentThread();

    size_t index()
    {
        return index_;
    }

    void setIndex(size_t index)
    {
        index_ = index;
    }

    bool isRunning()
    {
        return false;
    }

    bool isCallingFunctions()
    {
        return false;
    }

    void runOnQuit(Func &&cb);
    void runOnQuit(const Func &cb);

  private:
    std::thread::id threadId_;
    size_t index_{0};
};

}  // namespace trantor
