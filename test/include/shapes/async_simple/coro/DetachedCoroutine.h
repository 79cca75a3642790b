// Upstream: alibaba/async_simple, tag 1.4 (commit 1a5579d2f2d63a54cd7e1882b310b6a38a670d4b)
// Mirrors:  async_simple/coro/DetachedCoroutine.h
//
// DetachedCoroutine is EAGER (initial_suspend() returns std::suspend_never); it is
// the root that Lazy::start() uses. Users are told not to use it directly.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <coroutine>
#include <exception>
#include <utility>

namespace async_simple {
namespace coro {

namespace detail {

// A detached coroutine. It would start to execute immediately and throws the
// exception it met.
struct DetachedCoroutine {
    struct promise_type {
        std::suspend_never initial_suspend() noexcept { return {}; }
        std::suspend_never final_suspend() noexcept { return {}; }
        void return_void() noexcept {}
        void unhandled_exception() { std::rethrow_exception(std::current_exception()); }
        DetachedCoroutine get_return_object() noexcept { return DetachedCoroutine(); }
        std::coroutine_handle<> _continuation = nullptr;
        void* _lazy_local = nullptr;
    };
};

}  // namespace detail

// This allows we to co_await a non-awaitable. It would make the co_await
// expression to return directly.
template <typename T>
struct ReadyAwaiter {
    ReadyAwaiter(T value) : _value(std::move(value)) {}
    bool await_ready() const noexcept { return true; }
    void await_suspend(std::coroutine_handle<>) const noexcept {}
    T await_resume() noexcept { return std::move(_value); }
    T _value;
};

template <>
struct ReadyAwaiter<void> {
    ReadyAwaiter() {}
    bool await_ready() const noexcept { return true; }
    void await_suspend(std::coroutine_handle<>) const noexcept {}
    void await_resume() noexcept {}
};

}  // namespace coro
}  // namespace async_simple
