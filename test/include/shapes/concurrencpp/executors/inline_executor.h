// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/executors/inline_executor.h
// README: built-in executors "must only be accessed through their existing instances in the
// runtime object" (runtime::inline_executor()).
#ifndef CONCURRENCPP_INLINE_EXECUTOR_H
#define CONCURRENCPP_INLINE_EXECUTOR_H

#include "concurrencpp/executors/executor.h"

namespace concurrencpp {
    class inline_executor final : public executor {
        bool m_shutdown = false;

       public:
        inline_executor() noexcept : executor("concurrencpp::inline_executor") {}

        void enqueue(concurrencpp::task task) override { task(); }
        void enqueue(std::span<concurrencpp::task> tasks) override { for (auto& t : tasks) t(); }
        int max_concurrency_level() const noexcept override { return 1; }
        bool shutdown_requested() const override { return m_shutdown; }
        void shutdown() override { m_shutdown = true; }
    };
}  // namespace concurrencpp

#endif
