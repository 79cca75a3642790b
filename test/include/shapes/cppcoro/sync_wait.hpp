// Upstream: lewissbaker/cppcoro, commit 391215262bd40d68ac6534810164131f5f9eb148
//   (master HEAD, 2022-08-31; last code change a87e97fe, 2020-07-06; the
//   project has no release tags)
// Mirrors:  include/cppcoro/sync_wait.hpp (+ detail/sync_wait_task.hpp)
//
// Blocking call. Return type is exactly awaitable_traits<AWAITABLE&&>::
// await_result_t, as upstream: sync_wait(task<int>{}) -> int,
// sync_wait(task<std::string>{}) -> std::string&& (reference into the
// temporary task), sync_wait(lvalue task<T>) -> T&.
// Shape: runs the awaitable inline on the calling thread.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
// NOTE: upstream is written against <experimental/coroutine>
// (std::experimental::coroutine_handle); this shape uses C++20 <coroutine>.
#ifndef CPPCORO_SYNC_WAIT_HPP_INCLUDED
#define CPPCORO_SYNC_WAIT_HPP_INCLUDED

#include <cppcoro/awaitable_traits.hpp>

#include <coroutine>
#include <exception>
#include <memory>
#include <type_traits>
#include <utility>

namespace cppcoro
{
	namespace detail
	{
		template<typename RESULT>
		class sync_wait_task final
		{
		public:
			class promise_type
			{
			public:
				using reference = RESULT&&;

				sync_wait_task get_return_object() noexcept
				{
					return sync_wait_task{ std::coroutine_handle<promise_type>::from_promise(*this) };
				}

				std::suspend_never initial_suspend() noexcept { return {}; }
				std::suspend_always final_suspend() noexcept { return {}; }

				std::suspend_always yield_value(reference result) noexcept
				{
					m_result = std::addressof(result);
					return {};
				}

				void return_void() noexcept {}

				void unhandled_exception() noexcept { m_exception = std::current_exception(); }

				reference result()
				{
					if (m_exception) std::rethrow_exception(m_exception);
					if (m_result == nullptr) std::terminate(); // shapes never block
					return static_cast<reference>(*m_result);
				}

			private:
				std::remove_reference_t<RESULT>* m_result = nullptr;
				std::exception_ptr m_exception;
			};

			sync_wait_task(sync_wait_task&& other) noexcept
				: m_coroutine(std::exchange(other.m_coroutine, nullptr))
			{}

			~sync_wait_task()
			{
				if (m_coroutine) m_coroutine.destroy();
			}

			decltype(auto) result() { return m_coroutine.promise().result(); }

		private:
			explicit sync_wait_task(std::coroutine_handle<promise_type> coroutine) noexcept
				: m_coroutine(coroutine)
			{}

			std::coroutine_handle<promise_type> m_coroutine;
		};

		template<>
		class sync_wait_task<void> final
		{
		public:
			class promise_type
			{
			public:
				sync_wait_task get_return_object() noexcept
				{
					return sync_wait_task{ std::coroutine_handle<promise_type>::from_promise(*this) };
				}

				std::suspend_never initial_suspend() noexcept { return {}; }
				std::suspend_always final_suspend() noexcept { return {}; }

				void return_void() noexcept {}

				void unhandled_exception() noexcept { m_exception = std::current_exception(); }

				void result()
				{
					if (m_exception) std::rethrow_exception(m_exception);
				}

			private:
				std::exception_ptr m_exception;
			};

			sync_wait_task(sync_wait_task&& other) noexcept
				: m_coroutine(std::exchange(other.m_coroutine, nullptr))
			{}

			~sync_wait_task()
			{
				if (m_coroutine) m_coroutine.destroy();
			}

			void result() { m_coroutine.promise().result(); }

		private:
			explicit sync_wait_task(std::coroutine_handle<promise_type> coroutine) noexcept
				: m_coroutine(coroutine)
			{}

			std::coroutine_handle<promise_type> m_coroutine;
		};

		template<
			typename AWAITABLE,
			typename RESULT = typename cppcoro::awaitable_traits<AWAITABLE&&>::await_result_t,
			std::enable_if_t<!std::is_void_v<RESULT>, int> = 0>
		sync_wait_task<RESULT> make_sync_wait_task(AWAITABLE&& awaitable)
		{
			co_yield co_await std::forward<AWAITABLE>(awaitable);
		}

		template<
			typename AWAITABLE,
			typename RESULT = typename cppcoro::awaitable_traits<AWAITABLE&&>::await_result_t,
			std::enable_if_t<std::is_void_v<RESULT>, int> = 0>
		sync_wait_task<void> make_sync_wait_task(AWAITABLE&& awaitable)
		{
			co_await std::forward<AWAITABLE>(awaitable);
		}
	}

	template<typename AWAITABLE>
	auto sync_wait(AWAITABLE&& awaitable)
		-> typename cppcoro::awaitable_traits<AWAITABLE&&>::await_result_t
	{
		auto task = detail::make_sync_wait_task(std::forward<AWAITABLE>(awaitable));
		return task.result();
	}
}

#endif
