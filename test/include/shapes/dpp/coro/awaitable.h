// API-shape header (not the real implementation).
// Upstream: brainboxdotcc/DPP, tag v10.1.5 (commit 59179f4ffc4f111411fb18d8da31258456768025)
// Mirrors:  include/dpp/coro/awaitable.h
// Covers:   dpp::basic_awaitable<Derived> with the BLOCKING sync_wait() / sync_wait_for(duration) /
//           sync_wait_until(time_point) (awaitable.h:155/172/189; they block the calling thread
//           on a std::condition_variable); dpp::awaitable<T> (co_await via the friend
//           operator co_await overloads, result T by value); dpp::basic_promise<T>,
//           dpp::moveable_promise<T> and the alias dpp::promise<T>.
//           sync_wait_for/sync_wait_until return bool for void results and std::optional<T>
//           otherwise, as upstream. Bodies are our own: sync_wait* resolve inline here.
#pragma once

#include <dpp/coro/coro.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <stdexcept>
#include <type_traits>
#include <utility>
#include <variant>

namespace dpp {

namespace detail::promise {

enum state_flags {
	sf_none = 0b0000000,
	sf_has_awaitable = 0b00000001,
	sf_awaited = 0b00000010,
	sf_ready = 0b00000100,
	sf_done = 0b00001000,
	sf_broken = 0b0010000
};

template <typename T>
class promise_base;

struct empty{};

template <typename T>
using result_t = std::variant<std::monostate, std::conditional_t<std::is_void_v<T>, empty, T>, std::exception_ptr>;

} // namespace detail::promise

template <typename Derived>
class basic_awaitable;

template <typename T>
class awaitable;

namespace detail::promise {

// Shape helper: runs `co_await *awaitable` in a dpp::job-like eager coroutine and stores the result.
struct sync_wait_runner {
	struct promise_type {
		sync_wait_runner get_return_object() noexcept { return {}; }
		std_coroutine::suspend_never initial_suspend() const noexcept { return {}; }
		std_coroutine::suspend_never final_suspend() const noexcept { return {}; }
		void return_void() const noexcept {}
		void unhandled_exception() const noexcept {}
	};
};

template <typename R, typename A, typename V>
sync_wait_runner run_sync_wait(A* awaitable_, V* result_) {
	try {
		if constexpr (std::is_void_v<R>) {
			co_await *awaitable_;
			result_->template emplace<1>();
		} else {
			result_->template emplace<1>(co_await *awaitable_);
		}
	} catch (...) {
		result_->template emplace<2>(std::current_exception());
	}
}

} // namespace detail::promise

template <typename Derived>
class basic_awaitable {
protected:
	template <bool Timed>
	auto sync_wait_impl() {
		using result_type = decltype(detail::co_await_resolve(std::declval<Derived>()).await_resume());
		using variant_type = detail::promise::result_t<result_type>;
		variant_type result;
		detail::promise::run_sync_wait<result_type>(static_cast<Derived*>(this), &result);
		if (result.index() == 2) {
			std::rethrow_exception(std::get<2>(result));
		}
		if constexpr (!Timed) {
			if (result.index() == 0) {
				std::terminate(); // shape: nothing completes asynchronously here
			}
			if constexpr (!std::is_void_v<result_type>) {
				return std::get<1>(std::move(result));
			}
		} else {
			if constexpr (std::is_void_v<result_type>) {
				return result.index() == 1 ? true : false;
			} else {
				return result.index() == 1 ? std::optional<result_type>{std::get<1>(std::move(result))} : std::nullopt;
			}
		}
	}

public:
	auto sync_wait() {
		return sync_wait_impl<false>();
	}

	template <class Rep, class Period>
	auto sync_wait_for(const std::chrono::duration<Rep, Period>& duration) {
		(void)duration;
		return sync_wait_impl<true>();
	}

	template <class Clock, class Duration>
	auto sync_wait_until(const std::chrono::time_point<Clock, Duration> &time) {
		(void)time;
		return sync_wait_impl<true>();
	}
};

template <typename T>
class awaitable : public basic_awaitable<awaitable<T>> {
protected:
	friend class detail::promise::promise_base<T>;

	using shared_state = detail::promise::promise_base<T>;
	using state_flags = detail::promise::state_flags;

	using result_type = T;

	shared_state *state_ptr = nullptr;

	awaitable(shared_state *promise) noexcept : state_ptr{promise} {}

	uint8_t abandon();

	template <typename Derived>
	struct awaiter {
		Derived awaitable_obj;

		bool await_ready() const;

		bool await_suspend(detail::std_coroutine::coroutine_handle<> handle);

		T await_resume();
	};

public:
	awaitable() = default;

	awaitable(const awaitable&) = delete;

	awaitable(awaitable&& rhs) noexcept : state_ptr(std::exchange(rhs.state_ptr, nullptr)) {}

	~awaitable() { abandon(); }

	awaitable& operator=(const awaitable&) = delete;

	awaitable& operator=(awaitable&& rhs) noexcept {
		abandon();
		state_ptr = std::exchange(rhs.state_ptr, nullptr);
		return *this;
	}

	bool valid() const noexcept { return state_ptr != nullptr; }

	bool await_ready() const;

	template <typename Derived>
	requires (std::is_base_of_v<awaitable, std::remove_cv_t<Derived>>)
	friend awaiter<Derived&> operator co_await(Derived& obj) noexcept {
		return {obj};
	}

	template <typename Derived>
	requires (std::is_base_of_v<awaitable, std::remove_cv_t<Derived>>)
	friend awaiter<Derived&&> operator co_await(Derived&& obj) noexcept {
		return {std::move(obj)};
	}
};

namespace detail::promise {

template <typename T>
class promise_base {
protected:
	friend class awaitable<T>;

	using storage_type = result_t<T>;

	storage_type value = std::monostate{};

	std::atomic<uint8_t> state = sf_none;

	std_coroutine::coroutine_handle<> awaiter = nullptr;

	void throw_if_not_empty() {
		if (value.index() != 0) [[unlikely]] {
			throw std::logic_error("cannot set a value on a promise that already has one");
		}
	}

	std_coroutine::coroutine_handle<> release_awaiter() {
		return std::exchange(awaiter, nullptr);
	}

	promise_base() = default;
	promise_base(const promise_base&) = delete;
	promise_base(promise_base&& rhs) = delete;

public:
	promise_base &operator=(const promise_base&) = delete;
	promise_base &operator=(promise_base&& rhs) = delete;

	template <bool Notify = true>
	void set_exception(std::exception_ptr ptr) {
		throw_if_not_empty();
		value.template emplace<2>(std::move(ptr));
		auto previous_value = this->state.fetch_or(sf_ready, std::memory_order_acq_rel);
		if constexpr (Notify) {
			if ((previous_value & sf_awaited) != 0) {
				this->awaiter.resume();
			}
		}
	}

	void notify_awaiter() {
		if ((state.load(std::memory_order_acquire) & sf_awaited) != 0) {
			awaiter.resume();
		}
	}

	awaitable<T> get_awaitable() {
		uint8_t previous_flags = state.fetch_or(sf_has_awaitable, std::memory_order_relaxed);
		if (previous_flags & sf_has_awaitable) [[unlikely]] {
			throw std::logic_error{"an awaitable was already created from this promise"};
		}
		return { this };
	}
};

} // namespace detail::promise

template <typename T>
class basic_promise : public detail::promise::promise_base<T> {
public:
	using detail::promise::promise_base<T>::promise_base;
	using detail::promise::promise_base<T>::operator=;

	template <bool Notify = true, typename... Args>
	requires (std::constructible_from<T, Args...>)
	void emplace_value(Args&&... args) {
		this->throw_if_not_empty();
		try {
			this->value.template emplace<1>(std::forward<Args>(args)...);
		} catch (...) {
			this->value.template emplace<2>(std::current_exception());
		}
		auto previous_value = this->state.fetch_or(detail::promise::sf_ready, std::memory_order_acq_rel);
		if constexpr (Notify) {
			if (previous_value & detail::promise::sf_awaited) {
				this->awaiter.resume();
			}
		}
	}

	template <bool Notify = true, typename U = T>
	requires (std::convertible_to<U&&, T>)
	void set_value(U&& v) {
		emplace_value<Notify>(std::forward<U>(v));
	}

	template <bool Notify = true>
	requires (std::is_void_v<T>)
	void set_value() {
		this->throw_if_not_empty();
		this->value.template emplace<1>();
		auto previous_value = this->state.fetch_or(detail::promise::sf_ready, std::memory_order_acq_rel);
		if constexpr (Notify) {
			if (previous_value & detail::promise::sf_awaited) {
				this->awaiter.resume();
			}
		}
	}
};

template <typename T>
class moveable_promise {
	std::unique_ptr<basic_promise<T>> shared_state = std::make_unique<basic_promise<T>>();

public:
	template <bool Notify = true, typename... Args>
	requires (std::constructible_from<T, Args...>)
	void emplace_value(Args&&... args) {
		shared_state->template emplace_value<Notify>(std::forward<Args>(args)...);
	}

	template <bool Notify = true, typename U = T>
	void set_value(U&& v) requires (std::convertible_to<U&&, T>) {
		shared_state->template set_value<Notify>(std::forward<U>(v));
	}

	template <bool Notify = true>
	void set_value() requires (std::is_void_v<T>) {
		shared_state->template set_value<Notify>();
	}

	template <bool Notify = true>
	void set_exception(std::exception_ptr ptr) {
		shared_state->template set_exception<Notify>(std::move(ptr));
	}

	void notify_awaiter() {
		shared_state->notify_awaiter();
	}

	awaitable<T> get_awaitable() {
		return shared_state->get_awaitable();
	}
};

template <typename T>
using promise = moveable_promise<T>;

template <typename T>
uint8_t awaitable<T>::abandon() {
	uint8_t previous_state = state_flags::sf_broken;
	if (state_ptr) {
		previous_state = state_ptr->state.fetch_or(state_flags::sf_broken, std::memory_order_acq_rel);
		state_ptr = nullptr;
	}
	return previous_state;
}

template <typename T>
bool awaitable<T>::await_ready() const {
	if (!this->valid()) {
		throw std::logic_error("cannot co_await an empty awaitable");
	}
	uint8_t state = this->state_ptr->state.load(std::memory_order_relaxed);
	return state & detail::promise::sf_ready;
}

template <typename T>
template <typename Derived>
bool awaitable<T>::awaiter<Derived>::await_ready() const {
	return static_cast<Derived>(awaitable_obj).await_ready();
}

template <typename T>
template <typename Derived>
bool awaitable<T>::awaiter<Derived>::await_suspend(detail::std_coroutine::coroutine_handle<> handle) {
	auto &promise = *awaitable_obj.state_ptr;
	promise.awaiter = handle;
	auto previous_flags = promise.state.fetch_or(detail::promise::sf_awaited, std::memory_order_relaxed);
	if (previous_flags & detail::promise::sf_awaited) {
		throw std::logic_error("awaitable is already being awaited");
	}
	return !(previous_flags & detail::promise::sf_ready);
}

template <typename T>
template <typename Derived>
T awaitable<T>::awaiter<Derived>::await_resume() {
	auto &promise = *awaitable_obj.state_ptr;
	promise.state.fetch_and(static_cast<uint8_t>(~detail::promise::sf_awaited), std::memory_order_acq_rel);
	if (std::holds_alternative<std::exception_ptr>(promise.value)) {
		std::rethrow_exception(std::get<2>(promise.value));
	}
	if constexpr (!std::is_void_v<T>) {
		return std::get<1>(std::move(promise.value));
	} else {
		return;
	}
}

} // namespace dpp

#include <dpp/coro/job.h>
