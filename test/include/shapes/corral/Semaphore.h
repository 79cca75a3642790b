// Upstream: hudson-trading/corral, master at commit 5d1153705395640c9f9f8c91e242c9932cd0bd0e
//           (2026-08-12; the repository has no tags)
// Mirrors:  corral/Semaphore.h
//
// `co_await sem.acquire();` ... sem.release(); or `auto lk = co_await sem.lock();`
// (RAII Semaphore::Lock). tryAcquire() never blocks.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <cstddef>
#include <utility>

#include "concepts.h"
#include "defs.h"

namespace corral {

class Semaphore {
    template <class Retval>
    class Awaiter;

public:
    class Lock;

    explicit Semaphore(size_t initial = 1) : value_(initial) {}

    size_t value() const noexcept { return value_; }

    /// An awaitable that decrements the semaphore, suspending the caller if it is
    /// currently zero.
    [[nodiscard]] corral::Awaitable<void> auto acquire();

    bool tryAcquire() noexcept {
        if (!value_) return false;
        --value_;
        return true;
    }

    /// Increments the semaphore, waking one suspended task (if any).
    void release() { ++value_; }

    /// RAII-style decrement, returning guard object which will increment the
    /// semaphore back upon going out of scope
    [[nodiscard]] corral::Awaitable<Lock> auto lock();

private:
    size_t value_;
};

class [[nodiscard]] Semaphore::Lock {
public:
    Lock(Lock&& rhs) noexcept : sem_(std::exchange(rhs.sem_, nullptr)) {}
    ~Lock() {
        if (sem_) sem_->release();
    }

private:
    explicit Lock(Semaphore& sem) : sem_(&sem) {}
    Semaphore* sem_;
    friend class Semaphore::Awaiter<Lock>;
};

template <class Retval>
class Semaphore::Awaiter {
public:
    explicit Awaiter(Semaphore& sem) : sem_(sem) {}
    bool await_ready() const noexcept { return sem_.value_ > 0; }
    void await_suspend(Handle) {}
    Retval await_resume() {
        --sem_.value_;
        if constexpr (!std::is_void_v<Retval>) return Retval(sem_);
    }

private:
    Semaphore& sem_;
};

inline corral::Awaitable<void> auto Semaphore::acquire() { return Awaiter<void>(*this); }

inline corral::Awaitable<Semaphore::Lock> auto Semaphore::lock() { return Awaiter<Lock>(*this); }

}  // namespace corral
