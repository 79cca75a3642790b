// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/executors/worker_thread_executor.h (one dedicated thread)
// Shape: tasks run inline.
#ifndef CONCURRENCPP_WORKER_THREAD_EXECUTOR_H
#define CONCURRENCPP_WORKER_THREAD_EXECUTOR_H

#include "concurrencpp/executors/derivable_executor.h"

namespace concurrencpp {
    class worker_thread_executor final : public derivable_executor<worker_thread_executor> {
        bool m_shutdown = false;

       public:
        worker_thread_executor() : derivable_executor<worker_thread_executor>("concurrencpp::worker_thread_executor") {}

        void enqueue(concurrencpp::task task) override { task(); }
        void enqueue(std::span<concurrencpp::task> tasks) override { for (auto& t : tasks) t(); }
        int max_concurrency_level() const noexcept override { return 1; }
        bool shutdown_requested() const override { return m_shutdown; }
        void shutdown() override { m_shutdown = true; }
    };
}  // namespace concurrencpp

#endif
