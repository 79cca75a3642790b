// Upstream: alibaba/async_simple, tag 1.4 (commit 1a5579d2f2d63a54cd7e1882b310b6a38a670d4b)
// Mirrors:  async_simple/coro/FutureAwaiter.h
//
// `co_await std::move(future)` in a Lazy: Future<T> has coAwait(Executor*) &&,
// which returns the Future; this operator co_await then gives the awaiter.
// Awaiting an lvalue Future is [[deprecated("Require an rvalue future.")]].
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <coroutine>
#include <type_traits>
#include <utility>

#include "async_simple/Future.h"
#include "async_simple/Traits.h"
#include "async_simple/coro/Lazy.h"

namespace async_simple {

namespace coro::detail {
template <typename T>
struct FutureAwaiter {
    Future<T> future_;
    bool await_ready() { return future_.hasResult(); }
    template <typename PromiseType>
    bool await_suspend(std::coroutine_handle<PromiseType> continuation) {
        static_assert(std::is_base_of_v<LazyPromiseBase, PromiseType>,
                      "FutureAwaiter is only allowed to be called by Lazy");
        (void)continuation;
        return false;
    }
    auto await_resume() {
        if constexpr (!std::is_same_v<T, void>)
            return std::move(future_).value();
        else
            std::move(future_).value();
    }
};
}  // namespace coro::detail

template <typename T>
auto operator co_await(Future<T>&& future) {
    return coro::detail::FutureAwaiter<T>{std::move(future)};
}

template <typename T>
[[deprecated("Require an rvalue future.")]] auto operator co_await(T&& future)
    requires IsFuture<std::decay_t<T>>::value
{
    return std::move(operator co_await(std::move(future)));
}

}  // namespace async_simple
