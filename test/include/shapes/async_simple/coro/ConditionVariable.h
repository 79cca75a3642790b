// Upstream: alibaba/async_simple, tag 1.4 (commit 1a5579d2f2d63a54cd7e1882b310b6a38a670d4b)
// Mirrors:  async_simple/coro/ConditionVariable.h
//
// ConditionVariable<Lock>::wait(lock, pred) returns Lazy<> (await it with the lock
// held). notify()/notifyOne()/notifyAll() are plain calls. Notifier =
// ConditionVariable<void>: `co_await n.wait()`, n.notify(), n.reset().
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <atomic>
#include <coroutine>
#include <mutex>
#include <utility>

#include "async_simple/coro/Lazy.h"

namespace async_simple {
namespace coro {

template <class Lock>
class ConditionVariableAwaiter;

template <class Lock>
class ConditionVariable {
public:
    ConditionVariable() noexcept {}
    ~ConditionVariable() {}
    ConditionVariable(const ConditionVariable&) = delete;
    ConditionVariable& operator=(const ConditionVariable&) = delete;

    void notify() noexcept { notifyAll(); }
    void notifyOne() noexcept {}
    void notifyAll() noexcept {}

    template <class Pred>
    Lazy<> wait(Lock& lock, Pred&& pred) noexcept;

private:
    friend class ConditionVariableAwaiter<Lock>;
    std::atomic<ConditionVariableAwaiter<Lock>*> _awaiters = nullptr;
};

template <class Lock>
class ConditionVariableAwaiter {
public:
    ConditionVariableAwaiter(ConditionVariable<Lock>* cv, Lock& lock) noexcept
        : _cv(cv), _lock(lock) {}
    bool await_ready() const noexcept { return true; }  // shape
    void await_suspend(std::coroutine_handle<> continuation) noexcept { _continuation = continuation; }
    void await_resume() const noexcept {}

public:
    ConditionVariable<Lock>* _cv;
    Lock& _lock;
    std::coroutine_handle<> _continuation;
    ConditionVariableAwaiter<Lock>* _next = nullptr;
};

template <class Lock>
template <class Pred>
inline Lazy<> ConditionVariable<Lock>::wait(Lock& lock, Pred&& pred) noexcept {
    while (!pred()) {
        lock.unlock();
        co_await ConditionVariableAwaiter<Lock>{this, lock};
        co_await lock.coLock();
    }
    co_return;
}

template <>
class ConditionVariableAwaiter<void>;

template <>
class ConditionVariable<void> {
public:
    using pointer_type = void*;
    ConditionVariable() noexcept {}
    ~ConditionVariable() {}
    ConditionVariable(const ConditionVariable&) = delete;
    ConditionVariable& operator=(const ConditionVariable&) = delete;

    void notify() noexcept { _ready = true; }
    ConditionVariableAwaiter<void> wait() noexcept;
    void reset() noexcept { _ready = false; }

private:
    friend class ConditionVariableAwaiter<void>;
    std::atomic<bool> _ready = false;
};

template <>
class ConditionVariableAwaiter<void> {
public:
    using pointer_type = void*;
    ConditionVariableAwaiter(ConditionVariable<void>* cv) noexcept : _cv(cv) {}
    bool await_ready() const noexcept { return true; }  // shape
    bool await_suspend(std::coroutine_handle<> continuation) noexcept {
        _continuation = continuation;
        return false;
    }
    void await_resume() const noexcept {}

public:
    ConditionVariable<void>* _cv;
    std::coroutine_handle<> _continuation;
    ConditionVariableAwaiter<void>* _next = nullptr;
};

inline ConditionVariableAwaiter<void> ConditionVariable<void>::wait() noexcept {
    return ConditionVariableAwaiter<void>{this};
}

using Notifier = ConditionVariable<void>;

}  // namespace coro
}  // namespace async_simple
