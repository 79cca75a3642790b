// Upstream: lewissbaker/cppcoro, commit 391215262bd40d68ac6534810164131f5f9eb148
//   (master HEAD, 2022-08-31; last code change a87e97fe, 2020-07-06; the
//   project has no release tags)
// Mirrors:  include/cppcoro/when_all.hpp (result types of when_all_ready.hpp,
//           detail/when_all_task.hpp non_void_result(), fmap.hpp)
//
// Result shapes (as upstream; co_await yields a prvalue):
//   co_await when_all(a1, a2, ...)  -> std::tuple<E1, E2, ...>, built with
//       std::make_tuple(task.non_void_result()...): Ei is the decayed
//       await result; a void result becomes cppcoro::detail::void_value
//       (so task<int&> gives int, task<std::string> gives std::string).
//   co_await when_all(std::vector<A>) -> std::vector<R> with
//       R = remove_reference_t<await_result>, std::reference_wrapper<X> for
//       an lvalue-reference result; void when the element result is void.
// Operands are taken by value (tasks must be moved in) or as
// std::reference_wrapper (std::ref(t)).
// Shape: operands are awaited one after another; the awaitable returned by
// when_all is detail::when_all_awaitable, not upstream's fmap_awaitable.
// Not mirrored: when_all_ready().
// API shape for tests: declarations match upstream; bodies are not the real implementation.
// NOTE: upstream is written against <experimental/coroutine>
// (std::experimental::coroutine_handle); this shape uses C++20 <coroutine>.
#ifndef CPPCORO_WHEN_ALL_HPP_INCLUDED
#define CPPCORO_WHEN_ALL_HPP_INCLUDED

#include <cppcoro/awaitable_traits.hpp>
#include <cppcoro/is_awaitable.hpp>
#include <cppcoro/task.hpp>
#include <cppcoro/detail/unwrap_reference.hpp>
#include <cppcoro/detail/void_value.hpp>

#include <functional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace cppcoro
{
	namespace detail
	{
		template<typename AWAITABLE>
		using when_all_await_result_t =
			typename awaitable_traits<unwrap_reference_t<std::remove_reference_t<AWAITABLE>>>::await_result_t;

		// Element type of std::make_tuple(when_all_task<R>::non_void_result()).
		template<typename R>
		using when_all_tuple_element_t =
			std::conditional_t<std::is_void_v<R>, void_value, std::unwrap_ref_decay_t<R>>;

		template<typename R>
		using when_all_vector_element_t = std::conditional_t<
			std::is_lvalue_reference_v<R>,
			std::reference_wrapper<std::remove_reference_t<R>>,
			std::remove_reference_t<R>>;

		template<typename AWAITABLE>
		decltype(auto) when_all_operand(AWAITABLE& awaitable)
		{
			if constexpr (std::is_same_v<AWAITABLE, std::reference_wrapper<unwrap_reference_t<AWAITABLE>>>)
				return awaitable.get();
			else
				return std::move(awaitable);
		}

		template<typename ELEMENT, typename AWAITABLE>
		task<ELEMENT> when_all_one(AWAITABLE awaitable)
		{
			if constexpr (std::is_same_v<ELEMENT, void_value>)
			{
				co_await when_all_operand(awaitable);
				co_return void_value{};
			}
			else
			{
				co_return co_await when_all_operand(awaitable);
			}
		}

		template<typename RESULT, typename... AWAITABLES>
		task<RESULT> when_all_variadic(AWAITABLES... awaitables)
		{
			co_return RESULT{ co_await when_all_one<when_all_tuple_element_t<when_all_await_result_t<AWAITABLES>>>(std::move(awaitables))... };
		}

		template<typename RESULT, typename AWAITABLE>
		task<RESULT> when_all_vector(std::vector<AWAITABLE> awaitables)
		{
			if constexpr (std::is_void_v<RESULT>)
			{
				for (auto& awaitable : awaitables) co_await when_all_operand(awaitable);
			}
			else
			{
				RESULT results;
				results.reserve(awaitables.size());
				for (auto& awaitable : awaitables) results.emplace_back(co_await when_all_operand(awaitable));
				co_return results;
			}
		}

		// Shape-only awaitable returned by when_all(); co_await yields RESULT
		// by value.
		template<typename RESULT>
		class when_all_awaitable
		{
		public:
			explicit when_all_awaitable(task<RESULT>&& t) noexcept : m_task(std::move(t)) {}

			auto operator co_await() && noexcept
			{
				struct awaiter
				{
					decltype(std::declval<const task<RESULT>&&>().operator co_await()) m_inner;

					bool await_ready() noexcept { return m_inner.await_ready(); }
					std::coroutine_handle<> await_suspend(std::coroutine_handle<> h) noexcept { return m_inner.await_suspend(h); }
					RESULT await_resume() { return m_inner.await_resume(); }
				};
				return awaiter{ std::move(m_task).operator co_await() };
			}

			auto operator co_await() & noexcept
			{
				return std::move(*this).operator co_await();
			}

		private:
			task<RESULT> m_task;
		};
	}

	//////////
	// Variadic when_all()

	template<
		typename... AWAITABLES,
		std::enable_if_t<
			std::conjunction_v<is_awaitable<detail::unwrap_reference_t<std::remove_reference_t<AWAITABLES>>>...>,
			int> = 0>
	[[nodiscard]] auto when_all(AWAITABLES&&... awaitables)
	{
		using result_t = std::tuple<detail::when_all_tuple_element_t<detail::when_all_await_result_t<AWAITABLES>>...>;
		return detail::when_all_awaitable<result_t>{
			detail::when_all_variadic<result_t, std::remove_cvref_t<AWAITABLES>...>(std::forward<AWAITABLES>(awaitables)...) };
	}

	//////////
	// when_all() with vector of awaitable

	template<
		typename AWAITABLE,
		typename RESULT = typename awaitable_traits<detail::unwrap_reference_t<AWAITABLE>>::await_result_t,
		std::enable_if_t<std::is_void_v<RESULT>, int> = 0>
	[[nodiscard]]
	auto when_all(std::vector<AWAITABLE> awaitables)
	{
		return detail::when_all_awaitable<void>{ detail::when_all_vector<void>(std::move(awaitables)) };
	}

	template<
		typename AWAITABLE,
		typename RESULT = typename awaitable_traits<detail::unwrap_reference_t<AWAITABLE>>::await_result_t,
		std::enable_if_t<!std::is_void_v<RESULT>, int> = 0>
	[[nodiscard]]
	auto when_all(std::vector<AWAITABLE> awaitables)
	{
		using result_t = std::vector<detail::when_all_vector_element_t<RESULT>>;
		return detail::when_all_awaitable<result_t>{ detail::when_all_vector<result_t>(std::move(awaitables)) };
	}
}

#endif
