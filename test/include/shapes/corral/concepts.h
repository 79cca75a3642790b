// Upstream: hudson-trading/corral, master at commit 5d1153705395640c9f9f8c91e242c9932cd0bd0e
//           (2026-08-12; the repository has no tags)
// Mirrors:  corral/concepts.h (Awaiter, Awaitable, AwaitableRange; simplified)
#pragma once

#include <coroutine>
#include <iterator>
#include <ranges>
#include <type_traits>
#include <utility>

#include "defs.h"

namespace corral {
namespace detail {
struct Unspecified {};

template <class T>
decltype(auto) getAwaiter(T&& t) {
    if constexpr (requires { std::forward<T>(t).operator co_await(); })
        return std::forward<T>(t).operator co_await();
    else if constexpr (requires { operator co_await(std::forward<T>(t)); })
        return operator co_await(std::forward<T>(t));
    else
        return std::forward<T>(t);
}
template <class T>
using AwaiterType = decltype(getAwaiter(std::declval<T>()));
template <class T>
using AwaitResult = decltype(std::declval<std::remove_reference_t<AwaiterType<T>>&>().await_resume());
}  // namespace detail

template <class T, class Ret = detail::Unspecified>
concept Awaiter = requires(T& t, Handle h) {
    { t.await_ready() } -> std::convertible_to<bool>;
    t.await_suspend(h);
    t.await_resume();
} && (std::is_same_v<Ret, detail::Unspecified> || std::convertible_to<decltype(std::declval<T&>().await_resume()), Ret>);

template <class T, class Ret = detail::Unspecified>
concept Awaitable = requires(T&& t) { detail::getAwaiter(std::forward<T>(t)); } &&
                    Awaiter<std::remove_reference_t<detail::AwaiterType<T>>, Ret>;

template <class R, class Ret = detail::Unspecified>
concept AwaitableRange = std::ranges::range<R> && Awaitable<std::ranges::range_reference_t<R>, Ret>;
}  // namespace corral
