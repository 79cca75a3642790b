// API-shape header (not the real implementation).
// Upstream: brainboxdotcc/DPP, tag v10.1.5 (commit 59179f4ffc4f111411fb18d8da31258456768025)
// Mirrors:  include/dpp/coro/coro.h
// Covers:   dpp::detail::std_coroutine (alias of std), co_await_resolve, awaitable_result,
//           dpp::awaitable_type, forward declarations of async/task/coroutine/job with the
//           upstream default template arguments.
#pragma once

#include <coroutine>
#include <type_traits>
#include <utility>

namespace dpp {

namespace detail {

namespace std_coroutine = std;

template <typename T>
concept has_co_await_member = requires (T expr) { expr.operator co_await(); };

template <typename T>
concept has_free_co_await = requires (T expr) { operator co_await(expr); };

template <typename T>
concept has_await_members = requires (T expr) { expr.await_ready(); expr.await_suspend(); expr.await_resume(); };

template <typename T>
requires (has_co_await_member<T>)
decltype(auto) co_await_resolve(T&& expr) noexcept(noexcept(expr.operator co_await())) {
	decltype(auto) awaiter = expr.operator co_await();
	return awaiter;
}

template <typename T>
requires (!has_co_await_member<T> && has_free_co_await<T>)
decltype(auto) co_await_resolve(T&& expr) noexcept(noexcept(operator co_await(expr))) {
	decltype(auto) awaiter = operator co_await(static_cast<T&&>(expr));
	return awaiter;
}

template <typename T>
requires (!has_co_await_member<T> && !has_free_co_await<T>)
decltype(auto) co_await_resolve(T&& expr) noexcept {
	return static_cast<T&&>(expr);
}

template <typename T>
using awaitable_result = decltype(co_await_resolve(std::declval<T>()).await_resume());

} // namespace detail

template <typename T>
concept awaitable_type = requires (T expr) { detail::co_await_resolve(expr).await_ready(); };

struct confirmation_callback_t;

template <typename R = confirmation_callback_t>
class async;

template <typename R = void>
requires (!std::is_reference_v<R>)
class task;

template <typename R = void>
class coroutine;

struct job;

} // namespace dpp
