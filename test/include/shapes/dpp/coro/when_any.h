// API-shape header (not the real implementation).
// Upstream: brainboxdotcc/DPP, tag v10.1.5 (commit 59179f4ffc4f111411fb18d8da31258456768025)
// Mirrors:  include/dpp/coro/when_any.h
// dpp::when_any<Args...>: a RACE, the only combinator D++ has (there is no when_all).
// Constructing it starts one dpp::job per operand (when_any.h make_jobs); co_await yields
// when_any<Args...>::result with index(), get<N>() and is_exception(). On destruction the
// remaining operands are cancel()ed when they have a cancel() member (dpp::task does).
// Deduction guide: when_any(Args...) -> when_any<detail::when_any::awaitable_type<Args>...>
// (event_router_t<T> operands become detail::event_router::awaitable<T> upstream; not modelled).
#pragma once

#include <dpp/coro/coro.h>
#include <dpp/coro/job.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <limits>
#include <memory>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

namespace dpp {

namespace detail {

namespace when_any {

enum await_state : uint8_t {
	waiting = 1 << 0,
	done = 1 << 1,
	ready = 1 << 2,
	dangling = 1 << 3
};

template <typename T>
struct arg_helper_s {
	using type = T;

	static decltype(auto) get(auto&& v) {
		return static_cast<decltype(v)>(v);
	}
};

template <typename T>
using awaitable_type = typename arg_helper_s<T>::type;

template <typename T>
using arg_helper = arg_helper_s<std::remove_cvref_t<T>>;

struct empty{};

template <typename T>
using storage_type = std::conditional_t<std::is_void_v<T>, empty, T>;

template <typename T>
concept void_result = std::same_as<T, empty>;

} // namespace when_any

} // namespace detail

template <typename... Args>
requires (sizeof...(Args) >= 1)
class when_any {
	using variant_type = std::variant<std::exception_ptr, std::remove_cvref_t<detail::when_any::storage_type<detail::awaitable_result<Args>>>...>;

	template <size_t N>
	using result_t = std::variant_alternative_t<N + 1, variant_type>;

	struct state_t {
		template <typename... Args_>
		state_t(Args_&&... args) : awaitables{std::forward<Args_>(args)...} {}

		std::tuple<Args...> awaitables;

		variant_type result{};

		detail::std_coroutine::coroutine_handle<> handle{};

		size_t index_finished = std::numeric_limits<std::size_t>::max();

		std::atomic<uint8_t> owner_state{};
	};

	std::shared_ptr<state_t> my_state{nullptr};

	template <size_t N>
	static job make_job(std::shared_ptr<state_t> shared_state) {
		using namespace detail::when_any;
		try {
			if constexpr (!std::same_as<result_t<N>, empty>) {
				decltype(auto) result = co_await std::get<N>(shared_state->awaitables);
				if (auto s = shared_state->owner_state.fetch_or(await_state::done); (s & (await_state::done | await_state::dangling)) != 0) {
					co_return;
				}
				shared_state->result.template emplace<N + 1>(std::move(result));
			} else {
				co_await std::get<N>(shared_state->awaitables);
				if (auto s = shared_state->owner_state.fetch_or(await_state::done); (s & (await_state::done | await_state::dangling)) != 0) {
					co_return;
				}
				shared_state->result.template emplace<N + 1>();
			}
		} catch (...) {
			if (auto s = shared_state->owner_state.fetch_or(await_state::done); (s & (await_state::done | await_state::dangling)) != 0) {
				co_return;
			}
			shared_state->result.template emplace<0>(std::current_exception());
		}
		shared_state->index_finished = N;
		if (auto s = shared_state->owner_state.fetch_or(await_state::ready); (s & (await_state::waiting)) != 0) {
			shared_state->handle.resume();
		}
	}

	void make_jobs() {
		constexpr auto impl = []<size_t... Ns>(when_any *self, std::index_sequence<Ns...>) {
			[[maybe_unused]] dpp::job jobs[] = { make_job<Ns>(self->my_state)... };
		};
		impl(this, std::index_sequence_for<Args...>{});
	}

public:
	class result {
		friend class when_any<Args...>;

		std::shared_ptr<state_t> shared_state;

		result(std::shared_ptr<state_t> state) : shared_state{state} {}

	public:
		result(result&&) = default;
		result(const result &) = delete;
		result &operator=(result&&) = default;
		result &operator=(const result&) = delete;

		size_t index() const noexcept {
			return shared_state->index_finished;
		}

		template <size_t N>
		requires (!detail::when_any::void_result<result_t<N>>)
		result_t<N>& get() & {
			if (is_exception()) {
				std::rethrow_exception(std::get<0>(shared_state->result));
			}
			return std::get<N + 1>(shared_state->result);
		}

		template <size_t N>
		requires (!detail::when_any::void_result<result_t<N>>)
		const result_t<N>& get() const& {
			if (is_exception()) {
				std::rethrow_exception(std::get<0>(shared_state->result));
			}
			return std::get<N + 1>(shared_state->result);
		}

		template <size_t N>
		requires (!detail::when_any::void_result<result_t<N>>)
		result_t<N>&& get() && {
			if (is_exception()) {
				std::rethrow_exception(std::get<0>(shared_state->result));
			}
			return std::get<N + 1>(std::move(shared_state->result));
		}

		template <size_t N>
		requires (detail::when_any::void_result<result_t<N>>)
		[[deprecated("cannot retrieve a void result")]] void get() = delete;

		[[nodiscard]] bool is_exception() const noexcept {
			return shared_state->result.index() == 0;
		}
	};

	struct awaiter {
		when_any *self;

		[[nodiscard]] bool await_ready() const noexcept {
			return self->await_ready();
		}

		bool await_suspend(detail::std_coroutine::coroutine_handle<> caller) noexcept {
			using namespace detail::when_any;
			self->my_state->handle = caller;
			auto prev = self->my_state->owner_state.fetch_or(await_state::waiting, std::memory_order_acq_rel);
			return (prev & await_state::ready) == 0;
		}

		result await_resume() const noexcept {
			return { self->my_state };
		}
	};

	when_any() = default;

	template <typename... Args_>
	requires (sizeof...(Args_) == sizeof...(Args))
	when_any(Args_&&... args) : my_state{ std::make_shared<state_t>(detail::when_any::arg_helper<Args_>::get(std::forward<Args_>(args))...) } {
		make_jobs();
	}

	when_any(const when_any &) = delete;

	when_any(when_any &&) noexcept = default;

	~when_any() {
		if (!my_state)
			return;
		my_state->owner_state = detail::when_any::await_state::dangling;
		[]<size_t... Ns>(when_any *self, std::index_sequence<Ns...>) constexpr {
			constexpr auto cancel = []<size_t N>(when_any *self) constexpr {
				if constexpr (requires { std::get<N>(self->my_state->awaitables).cancel(); }) {
					try {
						std::get<N>(self->my_state->awaitables).cancel();
					} catch (...) {
					}
				}
			};
			(cancel.template operator()<Ns>(self), ...);
		}(this, std::index_sequence_for<Args...>());
	}

	when_any &operator=(const when_any &) = delete;

	when_any &operator=(when_any &&) noexcept = default;

	[[nodiscard]] bool await_ready() const noexcept {
		return (my_state->owner_state.load(std::memory_order_acquire) & detail::when_any::await_state::ready) != 0;
	}

	[[nodiscard]] awaiter operator co_await() noexcept {
		return { this };
	}
};

template <typename... Args>
requires (sizeof...(Args) >= 1)
when_any(Args...) -> when_any<detail::when_any::awaitable_type<Args>...>;

} // namespace dpp
