// Upstream: hudson-trading/corral, master at commit 5d1153705395640c9f9f8c91e242c9932cd0bd0e
//           (2026-08-12; the repository has no tags)
// Mirrors:  corral/Task.h (Task, noop, just, ReadyAwaiter)
//
// corral::Task<T = void> is LAZY ("The async function does not start running until the
// Task wrapping it is awaited."); promise_type = corral::detail::Promise<T>.
// `co_await task` starts it and suspends the caller until it completes.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <coroutine>
#include <utility>

#include "concepts.h"
#include "detail/Promise.h"
#include "detail/utility.h"

namespace corral {

namespace detail {
struct TaskTag {};

template <class T>
class ReadyAwaiter {
public:
    explicit ReadyAwaiter(T&& value) : value_(std::forward<T>(value)) {}
    bool await_ready() const noexcept { return true; }
    void await_suspend(Handle) { }
    T await_resume() && { return std::forward<T>(value_); }
    T await_resume() & { return std::forward<T>(value_); }

private:
    T value_;
};

template <>
class ReadyAwaiter<void> {
public:
    bool await_ready() const noexcept { return true; }
    void await_suspend(Handle) {}
    void await_resume() {}
};
}  // namespace detail

/// An async task backed by a C++20 coroutine.
template <class T = void>
class [[nodiscard]] Task : public detail::TaskTag {
public:
    using promise_type = detail::Promise<T>;
    using ReturnType = T;

    Task() = default;
    explicit Task(detail::Promise<T>& promise) : promise_(&promise) {}
    Task(Task&& o) noexcept : promise_(std::exchange(o.promise_, nullptr)) {}
    Task& operator=(Task&& o) noexcept {
        std::swap(promise_, o.promise_);
        return *this;
    }
    ~Task() {
        if (promise_) std::coroutine_handle<detail::Promise<T>>::from_promise(*promise_).destroy();
    }

    bool valid() const { return promise_ != nullptr; }

    /// co_await'ing on a task starts it and suspends the caller until its
    /// completion.
    Awaiter<T> auto operator co_await() noexcept { return detail::TaskAwaiter<T>(std::exchange(promise_, nullptr)); }

private:
    detail::Promise<T>* promise_ = nullptr;
};

namespace detail {
template <class T>
Task<T> Promise<T>::get_return_object() {
    return Task<T>(*this);
}
}  // namespace detail

/// A no-op task. Always await_ready().
inline Awaitable<void> auto noop() { return detail::ReadyAwaiter<void>(); }

/// Create a task that immediately returns a given value when co_await'ed.
template <class T>
Awaitable<T> auto just(T value) {
    return detail::ReadyAwaiter<T>(std::forward<T>(value));
}

}  // namespace corral
