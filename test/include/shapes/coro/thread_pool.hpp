// Upstream: jbaldwin/libcoro, tag v0.11.1
//   (commit c05d2079afd7e9dbdd4ace2c5ecc12d97e6f4e48)
// Mirrors:  include/coro/thread_pool.hpp
//
// Shape: no worker threads; awaiting schedule()/yield() resumes the
// coroutine inline.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include "coro/task.hpp"

#include <atomic>
#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <thread>
#include <type_traits>
#include <utility>

namespace coro
{
/**
 * Creates a thread pool that executes arbitrary coroutine tasks in a FIFO scheduler policy.
 */
class thread_pool
{
public:
    /**
     * An operation is an awaitable type with a coroutine to resume the task scheduled on one of
     * the executor threads.
     */
    class operation
    {
        friend class thread_pool;
        explicit operation(thread_pool& tp) noexcept : m_thread_pool(tp) {}

    public:
        auto await_ready() noexcept -> bool { return false; }
        auto await_suspend(std::coroutine_handle<> awaiting_coroutine) noexcept -> void;
        auto await_resume() noexcept -> void {}

    private:
        thread_pool&            m_thread_pool;
        std::coroutine_handle<> m_awaiting_coroutine{nullptr};
    };

    struct options
    {
        /// The number of executor threads for this thread pool.  Uses the hardware concurrency
        /// value by default.
        uint32_t thread_count = std::thread::hardware_concurrency();
        /// Functor to call on each executor thread upon starting execution.
        std::function<void(std::size_t)> on_thread_start_functor = nullptr;
        /// Functor to call on each executor thread upon stopping execution.
        std::function<void(std::size_t)> on_thread_stop_functor = nullptr;
    };

    explicit thread_pool(
        options opts = options{
            .thread_count            = std::thread::hardware_concurrency(),
            .on_thread_start_functor = nullptr,
            .on_thread_stop_functor  = nullptr})
        : m_thread_count(opts.thread_count)
    {
    }

    thread_pool(const thread_pool&)                    = delete;
    thread_pool(thread_pool&&)                         = delete;
    auto operator=(const thread_pool&) -> thread_pool& = delete;
    auto operator=(thread_pool&&) -> thread_pool&      = delete;

    virtual ~thread_pool() = default;

    /**
     * @return The number of executor threads for processing tasks.
     */
    auto thread_count() const noexcept -> size_t { return m_thread_count; }

    /**
     * Schedules the currently executing coroutine to be run on this thread pool.  This must be
     * called from within the coroutines function body to schedule the coroutine on the thread pool.
     */
    [[nodiscard]] auto schedule() -> operation { return operation{*this}; }

    /**
     * @param f The function to execute on the thread pool.
     * @param args The arguments to call the functor with.
     * @return A task that wraps the given functor to be executed on the thread pool.
     */
    template<typename functor, typename... arguments>
    [[nodiscard]] auto schedule(functor&& f, arguments... args) -> task<decltype(f(std::forward<arguments>(args)...))>
    {
        co_await schedule();
        if constexpr (std::is_void_v<decltype(f(std::forward<arguments>(args)...))>)
        {
            f(std::forward<arguments>(args)...);
            co_return;
        }
        else
        {
            co_return f(std::forward<arguments>(args)...);
        }
    }

    /**
     * Schedules any coroutine handle that is ready to be resumed.
     */
    auto resume(std::coroutine_handle<> handle) noexcept -> void
    {
        if (handle != nullptr)
            handle.resume();
    }

    /**
     * Immediately yields the current task and places it at the end of the queue of tasks waiting
     * to be processed.
     */
    [[nodiscard]] auto yield() -> operation { return schedule(); }

    auto shutdown() noexcept -> void {}

    auto size() const noexcept -> std::size_t { return 0; }
    auto empty() const noexcept -> bool { return size() == 0; }
    auto queue_size() const noexcept -> std::size_t { return 0; }
    auto queue_empty() const noexcept -> bool { return queue_size() == 0; }

private:
    std::size_t m_thread_count;
};

inline auto thread_pool::operation::await_suspend(std::coroutine_handle<> awaiting_coroutine) noexcept -> void
{
    m_awaiting_coroutine = awaiting_coroutine;
    m_thread_pool.resume(m_awaiting_coroutine);
}

} // namespace coro
