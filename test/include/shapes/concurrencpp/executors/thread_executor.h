// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/executors/thread_executor.h (a new thread per task)
// Shape: tasks run inline.
#ifndef CONCURRENCPP_THREAD_EXECUTOR_H
#define CONCURRENCPP_THREAD_EXECUTOR_H

#include "concurrencpp/executors/derivable_executor.h"

namespace concurrencpp {
    class thread_executor final : public derivable_executor<thread_executor> {
        bool m_shutdown = false;

       public:
        thread_executor() : derivable_executor<thread_executor>("concurrencpp::thread_executor") {}

        void enqueue(concurrencpp::task task) override { task(); }
        void enqueue(std::span<concurrencpp::task> tasks) override { for (auto& t : tasks) t(); }
        int max_concurrency_level() const noexcept override { return 1; }
        bool shutdown_requested() const override { return m_shutdown; }
        void shutdown() override { m_shutdown = true; }
    };
}  // namespace concurrencpp

#endif
