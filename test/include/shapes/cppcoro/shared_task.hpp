// Upstream: lewissbaker/cppcoro, commit 391215262bd40d68ac6534810164131f5f9eb148
//   (master HEAD, 2022-08-31; last code change a87e97fe, 2020-07-06; the
//   project has no release tags)
// Mirrors:  include/cppcoro/shared_task.hpp
//
// shared_task<T> is copyable; co_await (on any value category) -> T&
// (shared_task<void> -> void). Shape: one awaiting coroutine at a time.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
// NOTE: upstream is written against <experimental/coroutine>
// (std::experimental::coroutine_handle); this shape uses C++20 <coroutine>.
#ifndef CPPCORO_SHARED_TASK_HPP_INCLUDED
#define CPPCORO_SHARED_TASK_HPP_INCLUDED

#include <cppcoro/awaitable_traits.hpp>
#include <cppcoro/broken_promise.hpp>
#include <cppcoro/task.hpp>

#include <atomic>
#include <coroutine>
#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace cppcoro
{
	template<typename T>
	class shared_task;

	namespace detail
	{
		class shared_task_promise_base
		{
			struct final_awaiter
			{
				bool await_ready() const noexcept { return false; }

				template<typename PROMISE>
				std::coroutine_handle<> await_suspend(std::coroutine_handle<PROMISE> h) noexcept
				{
					shared_task_promise_base& promise = h.promise();
					promise.m_ready = true;
					return promise.m_waiter ? promise.m_waiter : std::noop_coroutine();
				}

				void await_resume() noexcept {}
			};

		public:
			shared_task_promise_base() noexcept {}

			std::suspend_always initial_suspend() noexcept { return {}; }
			final_awaiter final_suspend() noexcept { return {}; }

			void unhandled_exception() noexcept { m_exception = std::current_exception(); }

			bool is_ready() const noexcept { return m_ready; }

			void add_ref() noexcept { m_refCount.fetch_add(1); }
			bool try_detach() noexcept { return m_refCount.fetch_sub(1) == 1; }

			// Shape-only: starts the coroutine on first await; supports one
			// suspended awaiter at a time.
			bool try_await(std::coroutine_handle<> waiter, std::coroutine_handle<> self) noexcept
			{
				if (!m_started)
				{
					m_started = true;
					self.resume();
				}
				if (m_ready) return false;
				m_waiter = waiter;
				return true;
			}

		protected:
			void rethrow_if_unhandled_exception()
			{
				if (m_exception) std::rethrow_exception(m_exception);
			}

		private:
			std::atomic<std::uint32_t> m_refCount{1};
			std::coroutine_handle<> m_waiter;
			std::exception_ptr m_exception;
			bool m_started = false;
			bool m_ready = false;
		};

		template<typename T>
		class shared_task_promise : public shared_task_promise_base
		{
		public:
			shared_task_promise() noexcept = default;

			shared_task<T> get_return_object() noexcept;

			template<
				typename VALUE,
				typename = std::enable_if_t<std::is_convertible_v<VALUE&&, T>>>
			void return_value(VALUE&& value)
				noexcept(std::is_nothrow_constructible_v<T, VALUE&&>)
			{
				m_value.emplace(std::forward<VALUE>(value));
			}

			T& result()
			{
				this->rethrow_if_unhandled_exception();
				return *m_value;
			}

		private:
			std::optional<T> m_value;
		};

		template<>
		class shared_task_promise<void> : public shared_task_promise_base
		{
		public:
			shared_task_promise() noexcept = default;

			shared_task<void> get_return_object() noexcept;

			void return_void() noexcept {}

			void result() { this->rethrow_if_unhandled_exception(); }
		};

		template<typename T>
		class shared_task_promise<T&> : public shared_task_promise_base
		{
		public:
			shared_task_promise() noexcept = default;

			shared_task<T&> get_return_object() noexcept;

			void return_value(T& value) noexcept { m_value = std::addressof(value); }

			T& result()
			{
				this->rethrow_if_unhandled_exception();
				return *m_value;
			}

		private:
			T* m_value = nullptr;
		};
	}

	template<typename T = void>
	class [[nodiscard]] shared_task
	{
	public:
		using promise_type = detail::shared_task_promise<T>;

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
				return !m_coroutine || m_coroutine.promise().is_ready();
			}

			bool await_suspend(std::coroutine_handle<> awaiter) noexcept
			{
				return m_coroutine.promise().try_await(awaiter, m_coroutine);
			}
		};

	public:
		shared_task() noexcept : m_coroutine(nullptr) {}

		explicit shared_task(std::coroutine_handle<promise_type> coroutine) : m_coroutine(coroutine) {}

		shared_task(shared_task&& other) noexcept
			: m_coroutine(std::exchange(other.m_coroutine, nullptr))
		{}

		shared_task(const shared_task& other) noexcept : m_coroutine(other.m_coroutine)
		{
			if (m_coroutine) m_coroutine.promise().add_ref();
		}

		~shared_task() { destroy(); }

		shared_task& operator=(shared_task&& other) noexcept
		{
			if (&other != this)
			{
				destroy();
				m_coroutine = std::exchange(other.m_coroutine, nullptr);
			}
			return *this;
		}

		shared_task& operator=(const shared_task& other) noexcept
		{
			if (m_coroutine != other.m_coroutine)
			{
				destroy();
				m_coroutine = other.m_coroutine;
				if (m_coroutine) m_coroutine.promise().add_ref();
			}
			return *this;
		}

		void swap(shared_task& other) noexcept { std::swap(m_coroutine, other.m_coroutine); }

		bool is_ready() const noexcept
		{
			return !m_coroutine || m_coroutine.promise().is_ready();
		}

		auto operator co_await() const noexcept
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
		template<typename U>
		friend bool operator==(const shared_task<U>&, const shared_task<U>&) noexcept;

		void destroy() noexcept
		{
			if (m_coroutine && m_coroutine.promise().try_detach()) m_coroutine.destroy();
			m_coroutine = nullptr;
		}

		std::coroutine_handle<promise_type> m_coroutine;
	};

	template<typename T>
	bool operator==(const shared_task<T>& lhs, const shared_task<T>& rhs) noexcept
	{
		return lhs.m_coroutine == rhs.m_coroutine;
	}

	template<typename T>
	bool operator!=(const shared_task<T>& lhs, const shared_task<T>& rhs) noexcept
	{
		return !(lhs == rhs);
	}

	template<typename T>
	void swap(shared_task<T>& a, shared_task<T>& b) noexcept
	{
		a.swap(b);
	}

	namespace detail
	{
		template<typename T>
		shared_task<T> shared_task_promise<T>::get_return_object() noexcept
		{
			return shared_task<T>{ std::coroutine_handle<shared_task_promise>::from_promise(*this) };
		}

		template<typename T>
		shared_task<T&> shared_task_promise<T&>::get_return_object() noexcept
		{
			return shared_task<T&>{ std::coroutine_handle<shared_task_promise>::from_promise(*this) };
		}

		inline shared_task<void> shared_task_promise<void>::get_return_object() noexcept
		{
			return shared_task<void>{ std::coroutine_handle<shared_task_promise>::from_promise(*this) };
		}
	}

	template<typename AWAITABLE>
	auto make_shared_task(AWAITABLE awaitable)
		-> shared_task<detail::remove_rvalue_reference_t<typename awaitable_traits<AWAITABLE>::await_result_t>>
	{
		co_return co_await static_cast<AWAITABLE&&>(awaitable);
	}
}

#endif
