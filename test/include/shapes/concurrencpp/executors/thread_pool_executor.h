// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/executors/thread_pool_executor.h (runtime::thread_pool_executor()
//           for CPU-bound work, runtime::background_executor() for short blocking work)
// Shape: tasks run inline.
#ifndef CONCURRENCPP_THREAD_POOL_EXECUTOR_H
#define CONCURRENCPP_THREAD_POOL_EXECUTOR_H

#include "concurrencpp/executors/derivable_executor.h"

#include <chrono>
#include <cstddef>
#include <string_view>

namespace concurrencpp {
    class thread_pool_executor final : public derivable_executor<thread_pool_executor> {
        bool m_shutdown = false;

       public:
        thread_pool_executor(std::string_view pool_name,
                             size_t pool_size,
                             std::chrono::milliseconds max_idle_time) :
            derivable_executor<thread_pool_executor>(pool_name) {(void)pool_size; (void)max_idle_time;}

        void enqueue(concurrencpp::task task) override { task(); }
        void enqueue(std::span<concurrencpp::task> tasks) override { for (auto& t : tasks) t(); }
        int max_concurrency_level() const noexcept override { return 1; }
        bool shutdown_requested() const override { return m_shutdown; }
        void shutdown() override { m_shutdown = true; }
    };
}  // namespace concurrencpp

#endif
