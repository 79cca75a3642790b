// Upstream: lewissbaker/cppcoro, commit 391215262bd40d68ac6534810164131f5f9eb148
//   (master HEAD, 2022-08-31; last code change a87e97fe, 2020-07-06; the
//   project has no release tags)
// Mirrors:  include/cppcoro/task.hpp, include/cppcoro/detail/remove_rvalue_reference.hpp
//
// co_await on task<T>:  lvalue task -> T&;  rvalue task -> T for arithmetic
// and pointer T (upstream MSVC workaround), otherwise T&&;  task<T&> -> T&;
// task<void> -> void.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
// NOTE: upstream is written against <experimental/coroutine>
// (std::experimental::coroutine_handle); this shape uses C++20 <coroutine>.
#ifndef CPPCORO_TASK_HPP_INCLUDED
#define CPPCORO_TASK_HPP_INCLUDED

#include <cppcoro/awaitable_traits.hpp>
#include <cppcoro/broken_promise.hpp>

#include <coroutine>
#include <exception>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace cppcoro
{
	template<typename T> class task;

	namespace detail
	{
		template<typename T>
		struct remove_rvalue_reference { using type = T; };

		template<typename T>
		struct remove_rvalue_reference<T&&> { using type = T; };

		template<typename T>
		using remove_rvalue_reference_t = typename remove_rvalue_reference<T>::type;

		class task_promise_base
		{
			struct final_awaitable
			{
				bool await_ready() const noexcept { return false; }

				template<typename PROMISE>
				std::coroutine_handle<> await_suspend(std::coroutine_handle<PROMISE> coro) noexcept
				{
					task_promise_base& promise = coro.promise();
					return promise.m_continuation ? promise.m_continuation : std::noop_coroutine();
				}

				void await_resume() noexcept {}
			};

		public:
			task_promise_base() noexcept {}

			auto initial_suspend() noexcept { return std::suspend_always{}; }

			auto final_suspend() noexcept { return final_awaitable{}; }

			void set_continuation(std::coroutine_handle<> continuation) noexcept
			{
				m_continuation = continuation;
			}

		private:
			std::coroutine_handle<> m_continuation;
		};

		template<typename T>
		class task_promise final : public task_promise_base
		{
		public:
			task_promise() noexcept {}

			task<T> get_return_object() noexcept;

			void unhandled_exception() noexcept { m_exception = std::current_exception(); }

			template<
				typename VALUE,
				typename = std::enable_if_t<std::is_convertible_v<VALUE&&, T>>>
			void return_value(VALUE&& value)
				noexcept(std::is_nothrow_constructible_v<T, VALUE&&>)
			{
				m_value.emplace(std::forward<VALUE>(value));
			}

			T& result() &
			{
				rethrow_if_exception();
				return *m_value;
			}

			using rvalue_type = std::conditional_t<
				std::is_arithmetic_v<T> || std::is_pointer_v<T>,
				T,
				T&&>;

			rvalue_type result() &&
			{
				rethrow_if_exception();
				return std::move(*m_value);
			}

		private:
			void rethrow_if_exception()
			{
				if (m_exception) std::rethrow_exception(m_exception);
			}

			std::optional<T> m_value;
			std::exception_ptr m_exception;
		};

		template<>
		class task_promise<void> : public task_promise_base
		{
		public:
			task_promise() noexcept = default;

			task<void> get_return_object() noexcept;

			void return_void() noexcept {}

			void unhandled_exception() noexcept { m_exception = std::current_exception(); }

			void result()
			{
				if (m_exception) std::rethrow_exception(m_exception);
			}

		private:
			std::exception_ptr m_exception;
		};

		template<typename T>
		class task_promise<T&> : public task_promise_base
		{
		public:
			task_promise() noexcept = default;

			task<T&> get_return_object() noexcept;

			void unhandled_exception() noexcept { m_exception = std::current_exception(); }

			void return_value(T& value) noexcept { m_value = std::addressof(value); }

			T& result()
			{
				if (m_exception) std::rethrow_exception(m_exception);
				return *m_value;
			}

		private:
			T* m_value = nullptr;
			std::exception_ptr m_exception;
		};
	}

	template<typename T = void>
	class [[nodiscard]] task
	{
	public:
		using promise_type = detail::task_promise<T>;

		using value_type = T;

	private:
		struct awaitable_base
		{
			std::coroutine_handle<promise_type> m_coroutine;

			awaitable_base(std::coroutine_handle<promise_type> coroutine) noexcept
				: m_coroutine(coroutine)
			{}

			bool await_ready() const noexcept
			{
				return !m_coroutine || m_coroutine.done();
			}

			std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaitingCoroutine) noexcept
			{
				m_coroutine.promise().set_continuation(awaitingCoroutine);
				return m_coroutine;
			}
		};

	public:
		task() noexcept : m_coroutine(nullptr) {}

		explicit task(std::coroutine_handle<promise_type> coroutine) : m_coroutine(coroutine) {}

		task(task&& t) noexcept : m_coroutine(std::exchange(t.m_coroutine, nullptr)) {}

		task(const task&) = delete;
		task& operator=(const task&) = delete;

		~task()
		{
			if (m_coroutine) m_coroutine.destroy();
		}

		task& operator=(task&& other) noexcept
		{
			if (std::addressof(other) != this)
			{
				if (m_coroutine) m_coroutine.destroy();
				m_coroutine = std::exchange(other.m_coroutine, nullptr);
			}
			return *this;
		}

		bool is_ready() const noexcept
		{
			return !m_coroutine || m_coroutine.done();
		}

		auto operator co_await() const & noexcept
		{
			struct awaitable : awaitable_base
			{
				using awaitable_base::awaitable_base;

				decltype(auto) await_resume()
				{
					if (!this->m_coroutine) throw broken_promise{};
					return this->m_coroutine.promise().result();
				}
			};

			return awaitable{ m_coroutine };
		}

		auto operator co_await() const && noexcept
		{
			struct awaitable : awaitable_base
			{
				using awaitable_base::awaitable_base;

				decltype(auto) await_resume()
				{
					if (!this->m_coroutine) throw broken_promise{};
					return std::move(this->m_coroutine.promise()).result();
				}
			};

			return awaitable{ m_coroutine };
		}

		auto when_ready() const noexcept
		{
			struct awaitable : awaitable_base
			{
				using awaitable_base::awaitable_base;

				void await_resume() const noexcept {}
			};

			return awaitable{ m_coroutine };
		}

	private:
		std::coroutine_handle<promise_type> m_coroutine;
	};

	namespace detail
	{
		template<typename T>
		task<T> task_promise<T>::get_return_object() noexcept
		{
			return task<T>{ std::coroutine_handle<task_promise>::from_promise(*this) };
		}

		inline task<void> task_promise<void>::get_return_object() noexcept
		{
			return task<void>{ std::coroutine_handle<task_promise>::from_promise(*this) };
		}

		template<typename T>
		task<T&> task_promise<T&>::get_return_object() noexcept
		{
			return task<T&>{ std::coroutine_handle<task_promise>::from_promise(*this) };
		}
	}

	template<typename AWAITABLE>
	auto make_task(AWAITABLE awaitable)
		-> task<detail::remove_rvalue_reference_t<typename awaitable_traits<AWAITABLE>::await_result_t>>
	{
		co_return co_await static_cast<AWAITABLE&&>(awaitable);
	}
}

#endif
