// Upstream: jbaldwin/libcoro, tag v0.11.1
//   (commit c05d2079afd7e9dbdd4ace2c5ecc12d97e6f4e48)
// Mirrors:  include/coro/io_scheduler.hpp
//
// v0.11.1 spelling: io_scheduler is constructed directly (no make_shared),
// durations are std::chrono::milliseconds (v0.12+ made them templates and
// v0.16 renamed io_scheduler to coro::scheduler).
// Shape: no event loop or timers; every wait completes immediately.
// Not mirrored: poll(), process_tasks_inline internals, networking types.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include "coro/task.hpp"
#include "coro/thread_pool.hpp"
#include "coro/time.hpp"

#include <chrono>
#include <coroutine>
#include <cstddef>
#include <functional>
#include <memory>
#include <thread>
#include <utility>
#include <vector>

namespace coro
{
class io_scheduler
{
public:
    class schedule_operation;
    friend schedule_operation;

    enum class thread_strategy_t
    {
        /// Spawns a dedicated background thread for the scheduler to run on.
        spawn,
        /// Requires the user to call process_events() to drive the scheduler.
        manual
    };

    enum class execution_strategy_t
    {
        /// Tasks will be FIFO queued to be executed on a thread pool.
        process_tasks_on_thread_pool,
        /// Tasks will be executed inline on the io scheduler thread.
        process_tasks_inline
    };

    struct options
    {
        /// Should the io scheduler spawn a dedicated event processor?
        thread_strategy_t thread_strategy{thread_strategy_t::spawn};
        /// If spawning a dedicated event processor a functor to call upon that thread starting.
        std::function<void()> on_io_thread_start_functor{nullptr};
        /// If spawning a dedicated event processor a functor to call upon that thread stopping.
        std::function<void()> on_io_thread_stop_functor{nullptr};
        /// Thread pool options for the task processor threads.
        thread_pool::options pool{
            .thread_count = ((std::thread::hardware_concurrency() > 1) ? (std::thread::hardware_concurrency() - 1) : 1),
            .on_thread_start_functor = nullptr,
            .on_thread_stop_functor  = nullptr};
        /// If inline task processing is enabled then the io worker will resume tasks on its thread
        /// rather than scheduling them to be picked up by the thread pool.
        const execution_strategy_t execution_strategy{execution_strategy_t::process_tasks_on_thread_pool};
    };

    explicit io_scheduler(
        options opts = options{
            .thread_strategy            = thread_strategy_t::spawn,
            .on_io_thread_start_functor = nullptr,
            .on_io_thread_stop_functor  = nullptr,
            .pool =
                {.thread_count =
                     ((std::thread::hardware_concurrency() > 1) ? (std::thread::hardware_concurrency() - 1) : 1),
                 .on_thread_start_functor = nullptr,
                 .on_thread_stop_functor  = nullptr},
            .execution_strategy = execution_strategy_t::process_tasks_on_thread_pool})
        : m_opts(std::move(opts))
    {
    }

    io_scheduler(const io_scheduler&)                    = delete;
    io_scheduler(io_scheduler&&)                         = delete;
    auto operator=(const io_scheduler&) -> io_scheduler& = delete;
    auto operator=(io_scheduler&&) -> io_scheduler&      = delete;

    ~io_scheduler() = default;

    /**
     * Given a thread_strategy_t::manual this function should be called at regular intervals to
     * process events that are ready.
     */
    auto process_events(std::chrono::milliseconds timeout = std::chrono::milliseconds{0}) -> std::size_t;

    class schedule_operation
    {
        friend class io_scheduler;
        explicit schedule_operation(io_scheduler& scheduler) noexcept : m_scheduler(scheduler) {}

    public:
        auto await_ready() noexcept -> bool { return false; }
        auto await_suspend(std::coroutine_handle<> awaiting_coroutine) noexcept -> void
        {
            m_scheduler.resume(awaiting_coroutine);
        }
        auto await_resume() noexcept -> void {}

    private:
        io_scheduler& m_scheduler;
    };

    /**
     * Schedules the current task onto this io_scheduler for execution.
     */
    auto schedule() -> schedule_operation { return schedule_operation{*this}; }

    /**
     * Schedules a task onto the io_scheduler and moves ownership of the task to the io_scheduler.
     */
    auto schedule(coro::task<void>&& task) -> void;

    /**
     * Schedules the current task to run after the given amount of time has elapsed.
     */
    [[nodiscard]] auto schedule_after(std::chrono::milliseconds amount) -> coro::task<void>;

    /**
     * Schedules the current task to run at a given time point in the future.
     */
    [[nodiscard]] auto schedule_at(time_point time) -> coro::task<void>;

    /**
     * Yields the current task to the end of the queue of waiting tasks.
     */
    [[nodiscard]] auto yield() -> schedule_operation { return schedule_operation{*this}; };

    /**
     * Yields the current task for the given amount of time.
     */
    [[nodiscard]] auto yield_for(std::chrono::milliseconds amount) -> coro::task<void>;

    /**
     * Yields the current task until the given time point in the future.
     */
    [[nodiscard]] auto yield_until(time_point time) -> coro::task<void>;

    auto resume(std::coroutine_handle<> handle) -> void
    {
        if (handle != nullptr)
            handle.resume();
    }

    auto size() const noexcept -> std::size_t { return 0; }

    auto empty() const noexcept -> bool { return size() == 0; }

    auto shutdown() noexcept -> void {}

    auto garbage_collect() noexcept -> void { m_owned_tasks.clear(); }

private:
    options                       m_opts;
    std::vector<coro::task<void>> m_owned_tasks;
};

inline auto io_scheduler::process_events(std::chrono::milliseconds) -> std::size_t
{
    return size();
}

inline auto io_scheduler::schedule(coro::task<void>&& task) -> void
{
    m_owned_tasks.emplace_back(std::move(task));
    m_owned_tasks.back().resume();
}

inline auto io_scheduler::schedule_after(std::chrono::milliseconds) -> coro::task<void>
{
    co_await schedule();
}

inline auto io_scheduler::schedule_at(time_point) -> coro::task<void>
{
    co_await schedule();
}

inline auto io_scheduler::yield_for(std::chrono::milliseconds) -> coro::task<void>
{
    co_await schedule();
}

inline auto io_scheduler::yield_until(time_point) -> coro::task<void>
{
    co_await schedule();
}

} // namespace coro
