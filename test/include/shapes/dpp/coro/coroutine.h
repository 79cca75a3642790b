// API-shape header (not the real implementation).
// Upstream: brainboxdotcc/DPP, tag v10.1.5 (commit 59179f4ffc4f111411fb18d8da31258456768025)
// Mirrors:  include/dpp/coro/coroutine.h
// dpp::coroutine<R>: LAZY. detail::coroutine::promise_t<R>::initial_suspend() returns
// std::suspend_always ("Always suspend at the start, for a lazy start", coroutine.h:244/365);
// class doc (coroutine.h:65): "Base type for a coroutine, starts on co_await."
// [[nodiscard("dpp::coroutine only starts when it is awaited, it will do nothing if discarded")]].
// final_suspend() returns final_awaiter<R> (symmetric transfer to the parent).
// Promise found through a std::coroutine_traits specialization (coroutine.h:401-404).
// co_await coroutine<R> yields R by value (member operator co_await()).
#pragma once

#include <dpp/coro/coro.h>
#include <dpp/coro/awaitable.h>

#include <exception>
#include <optional>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace dpp {

namespace detail {

namespace coroutine {

template <typename R>
struct promise_t;

template <typename R>
using handle_t = std_coroutine::coroutine_handle<promise_t<R>>;

} // namespace coroutine

} // namespace detail

template <typename R>
class [[nodiscard("dpp::coroutine only starts when it is awaited, it will do nothing if discarded")]] coroutine : public basic_awaitable<coroutine<R>> {
	friend struct detail::coroutine::promise_t<R>;

	detail::coroutine::handle_t<R> handle{nullptr};

	coroutine(detail::coroutine::handle_t<R> h) : handle{h} {}

	struct awaiter {
		coroutine &coro;

		[[nodiscard]] bool await_ready() const {
			if (!coro.handle) {
				throw std::logic_error("cannot co_await an empty coroutine");
			}
			return coro.handle.done();
		}

		template <typename T>
		[[nodiscard]] detail::coroutine::handle_t<R> await_suspend(detail::std_coroutine::coroutine_handle<T> caller) noexcept {
			coro.handle.promise().parent = caller;
			return coro.handle;
		}

		R await_resume() {
			detail::coroutine::promise_t<R> &promise = coro.handle.promise();
			if (promise.exception) {
				std::rethrow_exception(promise.exception);
			}
			if constexpr (!std::is_void_v<R>) {
				return *std::exchange(promise.result, std::nullopt);
			} else {
				return;
			}
		}
	};

public:
	using result_type = R;

	coroutine() = default;

	coroutine(const coroutine &) = delete;

	coroutine(coroutine &&other) noexcept : handle(std::exchange(other.handle, nullptr)) {}

	~coroutine() {
		if (handle) {
			handle.destroy();
		}
	}

	coroutine &operator=(const coroutine &) = delete;

	coroutine &operator=(coroutine &&other) noexcept {
		handle = std::exchange(other.handle, nullptr);
		return *this;
	}

	[[nodiscard]] auto operator co_await() {
		return awaiter{*this};
	}
};

namespace detail::coroutine {

template <typename R>
struct final_awaiter {
	[[nodiscard]] bool await_ready() const noexcept {
		return false;
	}

	[[nodiscard]] std_coroutine::coroutine_handle<> await_suspend(std_coroutine::coroutine_handle<promise_t<R>> handle) const noexcept {
		auto parent = handle.promise().parent;
		return parent ? parent : std_coroutine::noop_coroutine();
	}

	void await_resume() const noexcept {}
};

template <typename R>
struct promise_t {
	std_coroutine::coroutine_handle<> parent{nullptr};

	std::optional<R> result{};

	std::exception_ptr exception{nullptr};

	[[nodiscard]] final_awaiter<R> final_suspend() const noexcept {
		return {};
	}

	[[nodiscard]] std_coroutine::suspend_always initial_suspend() const noexcept {
		return {};
	}

	void unhandled_exception() noexcept {
		exception = std::current_exception();
	}

	void return_value(R&& expr) noexcept(std::is_nothrow_move_constructible_v<R>) requires std::move_constructible<R> {
		result = static_cast<R&&>(expr);
	}

	void return_value(const R &expr) noexcept(std::is_nothrow_copy_constructible_v<R>) requires std::copy_constructible<R> {
		result = expr;
	}

	template <typename T>
	requires (!std::is_same_v<R, std::remove_cvref_t<T>> && std::convertible_to<T, R>)
	void return_value(T&& expr) noexcept (std::is_nothrow_convertible_v<T, R>) {
		result = std::forward<T>(expr);
	}

	dpp::coroutine<R> get_return_object() {
		return dpp::coroutine<R>{handle_t<R>::from_promise(*this)};
	}
};

template <>
struct promise_t<void> {
	std_coroutine::coroutine_handle<> parent{nullptr};

	std::exception_ptr exception{nullptr};

	[[nodiscard]] final_awaiter<void> final_suspend() const noexcept {
		return {};
	}

	[[nodiscard]] std_coroutine::suspend_always initial_suspend() const noexcept {
		return {};
	}

	void unhandled_exception() noexcept {
		exception = std::current_exception();
	}

	void return_void() const noexcept {}

	[[nodiscard]] dpp::coroutine<void> get_return_object() {
		return dpp::coroutine<void>{handle_t<void>::from_promise(*this)};
	}
};

} // namespace detail::coroutine

} // namespace dpp

template<typename R, typename... Args>
struct dpp::detail::std_coroutine::coroutine_traits<dpp::coroutine<R>, Args...> {
	using promise_type = dpp::detail::coroutine::promise_t<R>;
};
