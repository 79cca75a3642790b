// API-shape header (not the real implementation).
// Upstream: brainboxdotcc/DPP, tag v10.1.5 (commit 59179f4ffc4f111411fb18d8da31258456768025)
// Mirrors:  include/dpp/coro/task.h
// dpp::task<R>: EAGER. detail::task::promise_base<R>::initial_suspend() returns
// std::suspend_never ("Don't suspend, the coroutine starts immediately", task.h:247-251);
// final_suspend() returns detail::task::final_awaiter<R> (await_ready() == false; resumes the
// awaiting coroutine or destroys the frame when the task object is gone).
// class doc (task.h:85): "A coroutine task. It starts immediately on construction and can be
// co_await-ed, making it perfect for parallel coroutines returning a value."
// The promise is detail::task::promise_t<R>, found through a std::coroutine_traits
// specialization (task.h:441-444); task has NO nested promise_type.
// `co_await` inside a task goes through promise_base::await_transform, which accepts only
// dpp::awaitable_type operands. Destroying a running task cancels it.
// co_await task<R> yields R (by value) through dpp::awaitable<R>.
#pragma once

#include <dpp/coro/coro.h>
#include <dpp/coro/awaitable.h>

#include <atomic>
#include <exception>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace dpp {

struct task_cancelled_exception : std::runtime_error {
	using std::runtime_error::runtime_error;
};

namespace detail {

namespace task {

template <typename R>
struct promise_t;

template <typename R>
struct final_awaiter;

template <typename R>
using handle_t = std_coroutine::coroutine_handle<promise_t<R>>;

} // namespace task

} // namespace detail

template <typename R>
requires (!std::is_reference_v<R>)
class [[nodiscard("dpp::task cancels itself on destruction. use co_await on it, or its sync_wait method")]] task : public awaitable<R> {
	friend struct detail::task::promise_t<R>;

	using handle_t = detail::task::handle_t<R>;
	using state_flags = detail::promise::state_flags;

	handle_t handle{};

protected:
	explicit task(handle_t handle_) : awaitable<R>(&handle_.promise()), handle(handle_) {}

	void cleanup() {
		if (handle && this->valid()) {
			if (this->abandon() & state_flags::sf_done) {
				handle.destroy();
			} else {
				cancel();
			}
			handle = nullptr;
		}
	}

public:
	task() = default;

	task(const task &) = delete;

	task(task &&other) noexcept : awaitable<R>(std::move(other)), handle(std::exchange(other.handle, nullptr)) {}

	task &operator=(const task &) = delete;

	task &operator=(task &&other) noexcept {
		cleanup();
		handle = std::exchange(other.handle, nullptr);
		awaitable<R>::operator=(std::move(other));
		return *this;
	}

	~task() {
		cleanup();
	}

	[[nodiscard]] bool done() const noexcept {
		return handle && (!this->valid() || handle.promise().state.load() == state_flags::sf_done);
	}

	task& cancel() & noexcept {
		handle.promise().cancelled.exchange(true, std::memory_order_relaxed);
		return *this;
	}

	task&& cancel() && noexcept {
		handle.promise().cancelled.exchange(true, std::memory_order_relaxed);
		return std::move(*this);
	}
};

namespace detail::task {

template <typename R>
struct final_awaiter {
	[[nodiscard]] bool await_ready() const noexcept {
		return (false);
	}

	[[nodiscard]] std_coroutine::coroutine_handle<> await_suspend(handle_t<R> handle) const noexcept;

	void await_resume() const noexcept {}
};

template <typename R>
struct promise_base : basic_promise<R> {
	std::atomic<bool> cancelled = false;

	std_coroutine::suspend_never initial_suspend() const noexcept {
		return {};
	}

	void unhandled_exception() {
		if ((this->state.load() & promise::state_flags::sf_broken) && !cancelled) {
			throw;
		}
		this->template set_exception<false>(std::current_exception());
	}

	template <typename A>
	struct proxy_awaiter {
		const promise_base &promise;

		A awaitable;

		[[nodiscard]] bool await_ready() noexcept(noexcept(awaitable.await_ready())) {
			return awaitable.await_ready();
		}

		template <typename T>
		[[nodiscard]] decltype(auto) await_suspend(T handle) noexcept(noexcept(awaitable.await_suspend(std::move(handle)))) {
			return awaitable.await_suspend(std::move(handle));
		}

		decltype(auto) await_resume() {
			if (promise.cancelled.load()) {
				throw dpp::task_cancelled_exception{"task was cancelled"};
			}
			return awaitable.await_resume();
		}
	};

	template <awaitable_type T>
	[[nodiscard]] auto await_transform(T&& expr) const noexcept(noexcept(co_await_resolve(std::forward<T>(expr)))) {
		using awaitable_t = decltype(co_await_resolve(std::forward<T>(expr)));
		return proxy_awaiter<awaitable_t>{*this, co_await_resolve(std::forward<T>(expr))};
	}
};

template <typename R>
struct promise_t : promise_base<R> {
	friend struct final_awaiter<R>;

	void return_value(R&& expr) noexcept(std::is_nothrow_move_constructible_v<R>) requires std::move_constructible<R> {
		this->template set_value<false>(std::move(expr));
	}

	void return_value(const R &expr) noexcept(std::is_nothrow_copy_constructible_v<R>) requires std::copy_constructible<R> {
		this->template set_value<false>(expr);
	}

	template <typename T>
	requires (!std::is_same_v<R, std::remove_cvref_t<T>> && std::convertible_to<T, R>)
	void return_value(T&& expr) noexcept (std::is_nothrow_convertible_v<T, R>) {
		this->template emplace_value<false>(std::forward<T>(expr));
	}

	[[nodiscard]] dpp::task<R> get_return_object() noexcept {
		return dpp::task<R>{handle_t<R>::from_promise(*this)};
	}

	[[nodiscard]] final_awaiter<R> final_suspend() const noexcept {
		return {};
	}
};

template <>
struct promise_t<void> : promise_base<void> {
	friend struct final_awaiter<void>;

	void return_void() noexcept {
		set_value<false>();
	}

	[[nodiscard]] dpp::task<void> get_return_object() noexcept {
		return dpp::task<void>{handle_t<void>::from_promise(*this)};
	}

	[[nodiscard]] final_awaiter<void> final_suspend() const noexcept {
		return {};
	}
};

template <typename R>
std_coroutine::coroutine_handle<> final_awaiter<R>::await_suspend(handle_t<R> handle) const noexcept {
	using state_flags = promise::state_flags;
	promise_t<R> &promise = handle.promise();
	uint8_t previous_state = promise.state.fetch_or(state_flags::sf_done);

	if ((previous_state & state_flags::sf_awaited) != 0) {
		return promise.release_awaiter();
	}
	if ((previous_state & state_flags::sf_broken) != 0) {
		handle.destroy();
	}
	return std_coroutine::noop_coroutine();
}

} // namespace detail::task

} // namespace dpp

template<typename T, typename... Args>
struct dpp::detail::std_coroutine::coroutine_traits<dpp::task<T>, Args...> {
	using promise_type = dpp::detail::task::promise_t<T>;
};
