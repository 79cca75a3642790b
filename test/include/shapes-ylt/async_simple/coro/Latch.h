// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858),
//           bundled copy of async_simple (API identical to alibaba/async_simple tag 1.4;
//           only FutureAwaiter.h message text and MoveWrapper [[deprecated]] differ)
// Mirrors:  include/ylt/thirdparty/async_simple/coro/Latch.h
//
// A Latch is not itself awaitable: count_down(n), try_wait(), wait() and
// arrive_and_wait(n) each return a Lazy that must be co_awaited.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <cstddef>

#include "async_simple/coro/ConditionVariable.h"
#include "async_simple/coro/Lazy.h"
#include "async_simple/coro/SpinLock.h"

namespace async_simple {
namespace coro {

// The latch class is a downward counter of type std::size_t which can be used
// to synchronize coroutines.
class Latch {
public:
    explicit Latch(std::size_t count) : count_(count) {}
    ~Latch() = default;
    Latch(const Latch&) = delete;
    Latch& operator=(const Latch&) = delete;

    // decrements the counter in a non-blocking manner
    Lazy<void> count_down(std::size_t update = 1) {
        count_ -= update;
        co_return;
    }
    // tests if the internal counter equals zero
    Lazy<bool> try_wait() const noexcept { co_return !count_; }
    // blocks until the counter reaches zero
    Lazy<void> wait() const noexcept { co_return; }
    // decrements the counter and blocks until it reaches zero
    Lazy<void> arrive_and_wait(std::size_t update = 1) noexcept {
        co_await count_down(update);
        co_await wait();
    }

private:
    using MutexType = SpinLock;
    mutable MutexType mutex_;
    mutable ConditionVariable<MutexType> cv_;
    std::size_t count_;
};

}  // namespace coro
}  // namespace async_simple
