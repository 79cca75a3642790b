// Upstream: hudson-trading/corral, master at commit 5d1153705395640c9f9f8c91e242c9932cd0bd0e
//           (2026-08-12; the repository has no tags)
// Mirrors:  corral/ThreadPool.h
//
// `co_await pool.run(fn, args...)` runs the synchronous fn on a worker thread and resumes
// the task with its result: the offload twin for CPU-bound (and, lightly, blocking) calls.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <functional>
#include <type_traits>
#include <utility>

#include "Task.h"
#include "concepts.h"

namespace corral {

class ThreadPool {
public:
    class CancelToken {
    public:
        explicit operator bool() noexcept { return false; }
    };

    template <class EventLoopT>
    ThreadPool(EventLoopT& eventLoop, unsigned threadCount) {
        (void)eventLoop;
        (void)threadCount;
    }

    template <class F, class... Args>
        requires(std::invocable<F, Args...> || std::invocable<F, Args..., ThreadPool::CancelToken>)
    Awaitable auto run(F&& f, Args&&... args) {
        using R = std::invoke_result_t<F, Args...>;
        if constexpr (std::is_void_v<R>) {
            std::invoke(std::forward<F>(f), std::forward<Args>(args)...);
            return detail::ReadyAwaiter<void>();
        } else {
            return detail::ReadyAwaiter<R>(std::invoke(std::forward<F>(f), std::forward<Args>(args)...));
        }
    }
};

}  // namespace corral
