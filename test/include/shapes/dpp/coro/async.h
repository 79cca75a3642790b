// API-shape header (not the real implementation).
// Upstream: brainboxdotcc/DPP, tag v10.1.5 (commit 59179f4ffc4f111411fb18d8da31258456768025)
// Mirrors:  include/dpp/coro/async.h
// dpp::async<R> (R defaults to dpp::confirmation_callback_t): NOT a coroutine type; an awaitable
// whose request STARTS ON CONSTRUCTION: the constructors call std::invoke(fun, [obj,] args...,
// callback) immediately (async.h:139, async.h:153: "the call is made immediately by forwarding
// to std::invoke and can be awaited later to retrieve the result"). Returned by every
// dpp::cluster::co_* call. co_await yields R by value. Inherits the blocking
// sync_wait()/sync_wait_for()/sync_wait_until() from dpp::basic_awaitable.
#pragma once

#include <dpp/coro/coro.h>
#include <dpp/coro/awaitable.h>

#include <concepts>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace dpp {

namespace detail {

namespace async {

template <typename R>
struct callback {
	std::shared_ptr<basic_promise<R>> promise{nullptr};

	template <typename U = R>
	void operator()(const U& v) const requires (std::convertible_to<const U&, R>) {
		promise->set_value(v);
	}

	template <typename U = R>
	void operator()(U&& v) const requires (std::convertible_to<U&&, R>) {
		promise->set_value(std::move(v));
	}

	void operator()() const requires (std::is_void_v<R>) {
		promise->set_value();
	}
};

} // namespace async

} // namespace detail

struct confirmation_callback_t;

template <typename R>
class async : public awaitable<R> {
	detail::async::callback<R> api_callback{};

	explicit async(std::shared_ptr<basic_promise<R>> &&promise) : awaitable<R>{promise.get()}, api_callback{std::move(promise)} {}

public:
	using awaitable<R>::awaitable;
	using awaitable<R>::operator=;
	using awaitable<R>::await_ready;

	using result_type = R;

	template <typename Obj, typename Fun, typename... Args>
	requires std::invocable<Fun, Obj, Args..., std::function<void(R)>>
	explicit async(Obj &&obj, Fun &&fun, Args&&... args) : async{std::make_shared<basic_promise<R>>()} {
		std::invoke(std::forward<Fun>(fun), std::forward<Obj>(obj), std::forward<Args>(args)..., api_callback);
	}

	template <typename Fun, typename... Args>
	requires std::invocable<Fun, Args..., std::function<void(R)>>
	explicit async(Fun &&fun, Args&&... args) : async{std::make_shared<basic_promise<R>>()} {
		std::invoke(std::forward<Fun>(fun), std::forward<Args>(args)..., api_callback);
	}

	async(const async&) = delete;

	async(async&&) = default;

	async& operator=(const async&) = delete;

	async& operator=(async&&) = default;

	~async() {
		this->abandon();
	}
};

} // namespace dpp
