// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/executors/manual_executor.h
// manual_executor: tasks wait in a queue until the application runs them. loop_once_for /
// loop_once_until / loop_for / loop_until and wait_for_task* / wait_for_tasks* BLOCK the calling
// thread (they wait for tasks to be enqueued); loop_once() / loop(n) do not wait.
// Shape: the waiting members return at once.
#ifndef CONCURRENCPP_MANUAL_EXECUTOR_H
#define CONCURRENCPP_MANUAL_EXECUTOR_H

#include "concurrencpp/executors/derivable_executor.h"

#include <chrono>
#include <cstddef>
#include <deque>

namespace concurrencpp {
    class manual_executor final : public derivable_executor<manual_executor> {
        std::deque<concurrencpp::task> m_tasks;
        bool m_shutdown = false;

       public:
        manual_executor() : derivable_executor<manual_executor>("concurrencpp::manual_executor") {}

        void enqueue(concurrencpp::task task) override { m_tasks.push_back(std::move(task)); }
        void enqueue(std::span<concurrencpp::task> tasks) override { for (auto& t : tasks) m_tasks.push_back(std::move(t)); }
        int max_concurrency_level() const noexcept override { return 0; }
        bool shutdown_requested() const override { return m_shutdown; }
        void shutdown() override { m_shutdown = true; }

        size_t size() const noexcept { return m_tasks.size(); }
        bool empty() const noexcept { return m_tasks.empty(); }

        size_t clear() { auto n = m_tasks.size(); m_tasks.clear(); return n; }

        bool loop_once() {
            if (m_tasks.empty()) return false;
            auto t = std::move(m_tasks.front());
            m_tasks.pop_front();
            t();
            return true;
        }
        bool loop_once_for(std::chrono::milliseconds max_waiting_time) { (void)max_waiting_time; return loop_once(); }

        template<class clock_type, class duration_type>
        bool loop_once_until(std::chrono::time_point<clock_type, duration_type> timeout_time) { (void)timeout_time; return loop_once(); }

        size_t loop(size_t max_count) { size_t n = 0; while (n < max_count && loop_once()) ++n; return n; }
        size_t loop_for(size_t max_count, std::chrono::milliseconds max_waiting_time) { (void)max_waiting_time; return loop(max_count); }

        template<class clock_type, class duration_type>
        size_t loop_until(size_t max_count, std::chrono::time_point<clock_type, duration_type> timeout_time) { (void)timeout_time; return loop(max_count); }

        void wait_for_task() {}
        bool wait_for_task_for(std::chrono::milliseconds max_waiting_time) { (void)max_waiting_time; return !m_tasks.empty(); }

        template<class clock_type, class duration_type>
        bool wait_for_task_until(std::chrono::time_point<clock_type, duration_type> timeout_time) { (void)timeout_time; return !m_tasks.empty(); }

        void wait_for_tasks(size_t count) { (void)count; }
        size_t wait_for_tasks_for(size_t count, std::chrono::milliseconds max_waiting_time) { (void)count; (void)max_waiting_time; return m_tasks.size(); }

        template<class clock_type, class duration_type>
        size_t wait_for_tasks_until(size_t count, std::chrono::time_point<clock_type, duration_type> timeout_time) { (void)count; (void)timeout_time; return m_tasks.size(); }
    };
}  // namespace concurrencpp

#endif
