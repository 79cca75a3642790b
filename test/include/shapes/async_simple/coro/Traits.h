// Upstream: alibaba/async_simple, tag 1.4 (commit 1a5579d2f2d63a54cd7e1882b310b6a38a670d4b)
// Mirrors:  async_simple/coro/Traits.h
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <utility>

namespace async_simple {
namespace coro {
namespace detail {

template <class T>
concept HasCoAwaitMethod = requires(T&& awaitable) {
    std::forward<T>(awaitable).coAwait(nullptr);
};

template <class T>
concept HasMemberCoAwaitOperator = requires(T&& awaitable) {
    std::forward<T>(awaitable).operator co_await();
};

template <class T>
concept HasGlobalCoAwaitOperator = requires(T&& awaitable) {
    operator co_await(std::forward<T>(awaitable));
};

template <typename Awaitable>
auto getAwaiter(Awaitable&& awaitable) {
    if constexpr (HasMemberCoAwaitOperator<Awaitable>)
        return std::forward<Awaitable>(awaitable).operator co_await();
    else if constexpr (HasGlobalCoAwaitOperator<Awaitable>)
        return operator co_await(std::forward<Awaitable>(awaitable));
    else
        return std::forward<Awaitable>(awaitable);
}

}  // namespace detail
}  // namespace coro
}  // namespace async_simple
