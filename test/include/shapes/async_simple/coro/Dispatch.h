// Upstream: alibaba/async_simple, tag 1.4 (commit 1a5579d2f2d63a54cd7e1882b310b6a38a670d4b)
// Mirrors:  async_simple/coro/Dispatch.h
//
// `co_await dispatch(ex)` moves the current Lazy (and the Lazies awaiting it) to
// executor `ex`; a no-op when already on `ex`. Only allowed in a Lazy.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <coroutine>
#include <type_traits>

#include "async_simple/Executor.h"
#include "async_simple/coro/Lazy.h"

namespace async_simple {
namespace coro {
namespace detail {

class DispatchAwaiter {
public:
    explicit DispatchAwaiter(Executor* ex) noexcept : _ex(ex) {}
    bool await_ready() const noexcept { return false; }
    template <typename PromiseType>
    bool await_suspend(std::coroutine_handle<PromiseType> h) {
        static_assert(std::is_base_of<LazyPromiseBase, PromiseType>::value,
                      "dispatch is only allowed to be called by Lazy");
        if (h.promise()._executor == _ex) return false;
        h.promise()._executor = _ex;
        _ex->schedule([h]() mutable { h.resume(); });
        return true;
    }
    void await_resume() noexcept {}

private:
    Executor* _ex;
};

class DispatchAwaitable {
public:
    explicit DispatchAwaitable(Executor* ex) : _ex(ex) {}
    auto coAwait(Executor*) { return DispatchAwaiter(_ex); }

private:
    Executor* _ex;
};

}  // namespace detail

inline detail::DispatchAwaitable dispatch(Executor* ex) { return detail::DispatchAwaitable(ex); }

}  // namespace coro
}  // namespace async_simple
