// Upstream: alibaba/async_simple, tag 1.4 (commit 1a5579d2f2d63a54cd7e1882b310b6a38a670d4b)
// Mirrors:  async_simple/coro/Mutex.h
//
// `co_await m.coLock()` (then m.unlock()) or
// `auto lk = co_await m.coScopedLock()` (gives std::unique_lock<Mutex>).
// No blocking lock() exists; tryLock() never blocks.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <atomic>
#include <coroutine>
#include <mutex>

namespace async_simple {
namespace coro {

class Mutex {
private:
    class ScopedLockAwaiter;
    class LockAwaiter;

public:
    /// Construct a new async mutex that is initially unlocked.
    Mutex() noexcept : _locked(false) {}
    Mutex(const Mutex&) = delete;
    Mutex(Mutex&&) = delete;
    Mutex& operator=(const Mutex&) = delete;
    Mutex& operator=(Mutex&&) = delete;
    ~Mutex() {}

    /// Try to lock the mutex synchronously.
    bool tryLock() noexcept { return !_locked.exchange(true); }

    /// Lock the mutex asynchronously, returning an RAII object that will release
    /// the lock at the end of the full-expression.
    [[nodiscard]] ScopedLockAwaiter coScopedLock() noexcept;

    /// Lock the mutex asynchronously.
    [[nodiscard]] LockAwaiter coLock() noexcept;

    void unlock() noexcept { _locked.store(false); }

private:
    class LockAwaiter {
    public:
        explicit LockAwaiter(Mutex& mutex) noexcept : _mutex(mutex) {}
        bool await_ready() noexcept { return _mutex.tryLock(); }
        bool await_suspend(std::coroutine_handle<> awaitingCoroutine) noexcept {
            _awaitingCoroutine = awaitingCoroutine;
            return false;  // shape: never waits
        }
        void await_resume() noexcept {}

    protected:
        Mutex& _mutex;

    private:
        friend Mutex;
        std::coroutine_handle<> _awaitingCoroutine;
        [[maybe_unused]] LockAwaiter* _next = nullptr;
    };

    class ScopedLockAwaiter : public LockAwaiter {
    public:
        using LockAwaiter::LockAwaiter;
        [[nodiscard]] std::unique_lock<Mutex> await_resume() noexcept {
            return std::unique_lock<Mutex>{_mutex, std::adopt_lock};
        }
    };

    std::atomic<bool> _locked;
};

inline Mutex::ScopedLockAwaiter Mutex::coScopedLock() noexcept { return ScopedLockAwaiter(*this); }

inline Mutex::LockAwaiter Mutex::coLock() noexcept { return LockAwaiter(*this); }

}  // namespace coro
}  // namespace async_simple
