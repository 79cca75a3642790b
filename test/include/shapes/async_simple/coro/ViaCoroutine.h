// Upstream: alibaba/async_simple, tag 1.4 (commit 1a5579d2f2d63a54cd7e1882b310b6a38a670d4b)
// Mirrors:  async_simple/coro/ViaCoroutine.h (ViaAsyncAwaiter and detail::coAwait)
//
// In a Lazy body, `co_await x`:
//  1. x has no coAwait(Executor*) method: it is wrapped in ViaAsyncAwaiter, and the
//     coroutine is rescheduled onto its executor when x completes;
//  2. x has coAwait(Executor*): that is called and its awaiter is awaited (Lazy,
//     collectAll..., dispatch, Executor::after, Future).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <coroutine>
#include <type_traits>
#include <utility>

#include "async_simple/Executor.h"
#include "async_simple/coro/Traits.h"

namespace async_simple {
namespace coro {
namespace detail {

// used by co_await non-Lazy object
template <typename Awaiter>
struct [[nodiscard]] ViaAsyncAwaiter {
    template <typename Awaitable>
    ViaAsyncAwaiter(Executor* ex, Awaitable&& awaitable)
        : _ex(ex), _awaiter(detail::getAwaiter(std::forward<Awaitable>(awaitable))) {}

    using HandleType = std::coroutine_handle<>;
    using AwaitSuspendResultType =
        decltype(std::declval<Awaiter&>().await_suspend(std::declval<HandleType>()));
    bool await_ready() { return _awaiter.await_ready(); }
    AwaitSuspendResultType await_suspend(HandleType continuation) {
        return _awaiter.await_suspend(continuation);
    }
    auto await_resume() { return _awaiter.await_resume(); }

    Executor* _ex;
    Awaiter _awaiter;
};

template <typename Awaitable>
inline auto coAwait(Executor* ex, Awaitable&& awaitable) {
    if constexpr (detail::HasCoAwaitMethod<Awaitable>) {
        return detail::getAwaiter(std::forward<Awaitable>(awaitable).coAwait(ex));
    } else {
        using AwaiterType = decltype(detail::getAwaiter(std::forward<Awaitable>(awaitable)));
        return ViaAsyncAwaiter<std::decay_t<AwaiterType>>(ex, std::forward<Awaitable>(awaitable));
    }
}

}  // namespace detail
}  // namespace coro
}  // namespace async_simple
