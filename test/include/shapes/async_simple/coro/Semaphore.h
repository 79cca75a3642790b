// Upstream: alibaba/async_simple, tag 1.4 (commit 1a5579d2f2d63a54cd7e1882b310b6a38a670d4b)
// Mirrors:  async_simple/coro/Semaphore.h
//
// The class is CountingSemaphore (there is no class named `Semaphore`):
// acquire(), release(n), try_acquire() all return Lazy and must be co_awaited.
// BinarySemaphore = CountingSemaphore<1>.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>

#include "async_simple/coro/ConditionVariable.h"
#include "async_simple/coro/SpinLock.h"

namespace async_simple {
namespace coro {

template <std::size_t LeastMaxValue = std::numeric_limits<std::uint32_t>::max()>
class CountingSemaphore {
public:
    static_assert(LeastMaxValue <= std::numeric_limits<std::uint32_t>::max());

    explicit CountingSemaphore(std::size_t desired) : count_(desired) {}
    ~CountingSemaphore() = default;
    CountingSemaphore(const CountingSemaphore&) = delete;
    CountingSemaphore& operator=(const CountingSemaphore&) = delete;

    static constexpr size_t max() noexcept { return LeastMaxValue; }

    // decrements the internal counter or blocks until it can
    // If the internal counter is 0, the current coroutine will be suspended
    Lazy<void> acquire() noexcept;
    // increments the internal counter and unblocks acquirers
    Lazy<void> release(std::size_t update = 1) noexcept;
    // tries to decrement the internal counter without blocking
    Lazy<bool> try_acquire() noexcept;

private:
    using MutexType = SpinLock;
    MutexType lock_;
    ConditionVariable<MutexType> cv_;
    std::size_t count_;
};

using BinarySemaphore = CountingSemaphore<1>;

template <std::size_t LeastMaxValue>
Lazy<void> CountingSemaphore<LeastMaxValue>::acquire() noexcept {
    --count_;
    co_return;
}

template <std::size_t LeastMaxValue>
Lazy<void> CountingSemaphore<LeastMaxValue>::release(std::size_t update) noexcept {
    count_ += update;
    co_return;
}

template <std::size_t LeastMaxValue>
Lazy<bool> CountingSemaphore<LeastMaxValue>::try_acquire() noexcept {
    if (count_ == 0) co_return false;
    --count_;
    co_return true;
}

}  // namespace coro
}  // namespace async_simple
