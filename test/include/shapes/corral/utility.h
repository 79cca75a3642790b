// Upstream: hudson-trading/corral, master at commit 5d1153705395640c9f9f8c91e242c9932cd0bd0e
//           (2026-08-12; the repository has no tags)
// Mirrors:  corral/utility.h (noopHandle, yieldToRun, SuspendForever/suspendForever,
//           Yield/yield)
//
// `co_await corral::yield;` -- yield is an OBJECT (static constexpr
// detail::CoAwaitFactory<Yield>), not a function: no parentheses. It "immediately
// reschedules the current task" and is a cancellation point.
// `co_await corral::suspendForever;` never completes (cancellable).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <coroutine>
#include <exception>
#include <utility>

#include "defs.h"
#include "detail/utility.h"

namespace corral {

/// Similar to std::noop_coroutine(), but guaranteed to return the same value
/// for each invocation.
inline Handle noopHandle() {
    static const Handle ret = std::noop_coroutine();
    return ret;
}

namespace detail {
template <class Callable>
class Yield {
public:
    explicit Yield(Callable cb) : cb_(std::move(cb)) {}
    bool await_ready() const noexcept { return false; }
    Handle await_suspend(Handle h) { return h; }
    decltype(auto) await_resume() { return cb_(); }

private:
    Callable cb_;
};
}  // namespace detail

/// Return an awaitable which runs the given callable and then resumes the
/// caller immediately, evaluating to the result thereof.
template <class Callable>
auto yieldToRun(Callable cb) {
    return detail::Yield<Callable>(std::move(cb));
}

/// An awaiter similar to std::suspend_always, but with cancellation support.
class SuspendForever {
public:
    bool await_ready() const noexcept { return false; }
    void await_suspend(Handle) {}
    [[noreturn]] void await_resume() { std::terminate(); }
    auto await_cancel(Handle) noexcept { return std::true_type{}; }
};
static constexpr const detail::CoAwaitFactory<SuspendForever> suspendForever;

/// An awaitable which immediately reschedules the current task.
class Yield {
public:
    bool await_ready() const noexcept { return false; }
    Handle await_suspend(Handle h) { return h; }
    void await_resume() {}
    auto await_cancel(Handle) noexcept { return std::true_type{}; }
};
static constexpr const detail::CoAwaitFactory<Yield> yield;

}  // namespace corral
