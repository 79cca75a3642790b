// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858),
//           bundled copy of async_simple (API identical to alibaba/async_simple tag 1.4;
//           only FutureAwaiter.h message text and MoveWrapper [[deprecated]] differ)
// Mirrors:  include/ylt/thirdparty/async_simple/coro/SpinLock.h
//
// coLock() returns Lazy<> (spins, then `co_await Yield{}`); coScopedLock() returns
// Lazy<std::unique_lock<SpinLock>>. lock() is the BLOCKING form (spins with
// std::this_thread::yield()), as is the ScopedSpinLock constructor.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <thread>

#include "async_simple/coro/Lazy.h"

namespace async_simple {
namespace coro {

class SpinLock {
public:
    explicit SpinLock(std::int32_t count = 1024) noexcept : _spinCount(count), _locked(false) {}

    bool tryLock() noexcept { return !_locked.exchange(true, std::memory_order_acquire); }

    Lazy<> coLock() {
        auto counter = _spinCount;
        while (!tryLock()) {
            if (counter-- <= 0) {
                co_await Yield{};
                counter = _spinCount;
            }
        }
        co_return;
    }

    void lock() noexcept {
        while (!tryLock()) std::this_thread::yield();
    }

    void unlock() noexcept { _locked.store(false, std::memory_order_release); }

    [[nodiscard]] Lazy<std::unique_lock<SpinLock>> coScopedLock() {
        co_await coLock();
        co_return std::unique_lock<SpinLock>{*this, std::adopt_lock};
    }

private:
    std::int32_t _spinCount;
    std::atomic<bool> _locked;
};

class ScopedSpinLock {
public:
    explicit ScopedSpinLock(SpinLock& lock) : _lock(lock) { _lock.lock(); }
    ~ScopedSpinLock() { _lock.unlock(); }

private:
    ScopedSpinLock(const ScopedSpinLock&) = delete;
    ScopedSpinLock& operator=(const ScopedSpinLock&) = delete;
    SpinLock& _lock;
};

}  // namespace coro
}  // namespace async_simple
