// Upstream: lewissbaker/cppcoro, commit 391215262bd40d68ac6534810164131f5f9eb148
//   (master HEAD, 2022-08-31; last code change a87e97fe, 2020-07-06; the
//   project has no release tags)
// Mirrors:  include/cppcoro/static_thread_pool.hpp
//
// Shape: no threads; awaiting schedule() resumes the coroutine inline.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
// NOTE: upstream is written against <experimental/coroutine>
// (std::experimental::coroutine_handle); this shape uses C++20 <coroutine>.
#ifndef CPPCORO_STATIC_THREAD_POOL_HPP_INCLUDED
#define CPPCORO_STATIC_THREAD_POOL_HPP_INCLUDED

#include <coroutine>
#include <cstdint>
#include <thread>

namespace cppcoro
{
	class static_thread_pool
	{
	public:
		/// Initialise to a number of threads equal to the number of cores
		/// on the current machine.
		static_thread_pool();

		/// Construct a thread pool with the specified number of threads.
		explicit static_thread_pool(std::uint32_t threadCount);

		~static_thread_pool();

		class schedule_operation
		{
		public:
			schedule_operation(static_thread_pool* tp) noexcept : m_threadPool(tp) {}

			bool await_ready() noexcept { return false; }
			void await_suspend(std::coroutine_handle<> awaitingCoroutine) noexcept;
			void await_resume() noexcept {}

		private:
			friend class static_thread_pool;

			static_thread_pool* m_threadPool;
			std::coroutine_handle<> m_awaitingCoroutine;
		};

		std::uint32_t thread_count() const noexcept { return m_threadCount; }

		[[nodiscard]]
		schedule_operation schedule() noexcept { return schedule_operation{ this }; }

	private:
		void schedule_impl(schedule_operation* operation) noexcept
		{
			operation->m_awaitingCoroutine.resume();
		}

		const std::uint32_t m_threadCount;
	};

	inline static_thread_pool::static_thread_pool()
		: static_thread_pool(std::thread::hardware_concurrency())
	{}

	inline static_thread_pool::static_thread_pool(std::uint32_t threadCount)
		: m_threadCount(threadCount > 0 ? threadCount : 1)
	{}

	inline static_thread_pool::~static_thread_pool() = default;

	inline void static_thread_pool::schedule_operation::await_suspend(
		std::coroutine_handle<> awaitingCoroutine) noexcept
	{
		m_awaitingCoroutine = awaitingCoroutine;
		m_threadPool->schedule_impl(this);
	}
}

#endif
