// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/runtime/runtime.h
// The runtime owns the built-in executors and the timer queue; applications get them only here
// (README "Creating user-defined executors": built-in executors "must only be accessed through
// their existing instances in the runtime object"; custom ones via make_executor).
#ifndef CONCURRENCPP_RUNTIME_H
#define CONCURRENCPP_RUNTIME_H

#include "concurrencpp/executors/executor_all.h"
#include "concurrencpp/timers/timer_queue.h"

#include <chrono>
#include <cstddef>
#include <memory>
#include <thread>
#include <tuple>
#include <type_traits>
#include <utility>

namespace concurrencpp {
    struct runtime_options {
        size_t max_cpu_threads;
        std::chrono::milliseconds max_thread_pool_executor_waiting_time;

        size_t max_background_threads;
        std::chrono::milliseconds max_background_executor_waiting_time;

        std::chrono::milliseconds max_timer_queue_waiting_time;

        runtime_options() noexcept :
            max_cpu_threads(std::thread::hardware_concurrency()), max_thread_pool_executor_waiting_time(std::chrono::seconds(120)),
            max_background_threads(std::thread::hardware_concurrency() * 4), max_background_executor_waiting_time(std::chrono::seconds(120)),
            max_timer_queue_waiting_time(std::chrono::seconds(120)) {}

        runtime_options(const runtime_options&) noexcept = default;
        runtime_options& operator=(const runtime_options&) noexcept = default;
    };

    class runtime {
        std::shared_ptr<concurrencpp::timer_queue> m_timer_queue;
        std::shared_ptr<concurrencpp::inline_executor> m_inline_executor;
        std::shared_ptr<concurrencpp::thread_pool_executor> m_thread_pool_executor;
        std::shared_ptr<concurrencpp::thread_pool_executor> m_background_executor;
        std::shared_ptr<concurrencpp::thread_executor> m_thread_executor;

       public:
        runtime() : runtime(runtime_options()) {}
        runtime(const concurrencpp::runtime_options& options) :
            m_timer_queue(std::make_shared<concurrencpp::timer_queue>(options.max_timer_queue_waiting_time)),
            m_inline_executor(std::make_shared<concurrencpp::inline_executor>()),
            m_thread_pool_executor(std::make_shared<concurrencpp::thread_pool_executor>(
                "concurrencpp::thread_pool_executor", options.max_cpu_threads, options.max_thread_pool_executor_waiting_time)),
            m_background_executor(std::make_shared<concurrencpp::thread_pool_executor>(
                "concurrencpp::background_executor", options.max_background_threads, options.max_background_executor_waiting_time)),
            m_thread_executor(std::make_shared<concurrencpp::thread_executor>()) {}

        ~runtime() noexcept = default;

        std::shared_ptr<concurrencpp::timer_queue> timer_queue() const noexcept { return m_timer_queue; }

        std::shared_ptr<concurrencpp::inline_executor> inline_executor() const noexcept { return m_inline_executor; }
        std::shared_ptr<concurrencpp::thread_pool_executor> thread_pool_executor() const noexcept { return m_thread_pool_executor; }
        std::shared_ptr<concurrencpp::thread_pool_executor> background_executor() const noexcept { return m_background_executor; }
        std::shared_ptr<concurrencpp::thread_executor> thread_executor() const noexcept { return m_thread_executor; }

        std::shared_ptr<concurrencpp::worker_thread_executor> make_worker_thread_executor() { return std::make_shared<concurrencpp::worker_thread_executor>(); }
        std::shared_ptr<concurrencpp::manual_executor> make_manual_executor() { return std::make_shared<concurrencpp::manual_executor>(); }

        static std::tuple<unsigned int, unsigned int, unsigned int> version() noexcept { return {0, 1, 7}; }

        template<class executor_type, class... argument_types>
        std::shared_ptr<executor_type> make_executor(argument_types&&... arguments) {
            static_assert(std::is_base_of_v<concurrencpp::executor, executor_type>,
                          "concurrencpp::runtime::make_executor - <<executor_type>> is not a derived class of concurrencpp::executor.");
            return std::make_shared<executor_type>(std::forward<argument_types>(arguments)...);
        }
    };
}  // namespace concurrencpp

#endif
