// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/timers/timer_queue.h (subset)
// make_delay_object(std::chrono::milliseconds due_time, std::shared_ptr<executor>) ->
// lazy_result<void>: the coroutine SLEEP idiom (co_await it; resumes on the given executor).
// make_timer / make_one_shot_timer: callback timers (not awaitable).
// Shape: the delay completes at once; timer callbacks are not scheduled.
#ifndef CONCURRENCPP_TIMER_QUEUE_H
#define CONCURRENCPP_TIMER_QUEUE_H

#include "concurrencpp/executors/executor.h"
#include "concurrencpp/results/lazy_result.h"
#include "concurrencpp/results/promises.h"
#include "concurrencpp/results/resume_on.h"
#include "concurrencpp/timers/timer.h"

#include <chrono>
#include <memory>
#include <stdexcept>

namespace concurrencpp {
    class timer_queue : public std::enable_shared_from_this<timer_queue> {
        std::chrono::milliseconds m_max_waiting_time;

        static lazy_result<void> make_delay_object_impl(std::chrono::milliseconds due_time,
                                                        std::shared_ptr<concurrencpp::timer_queue> self,
                                                        std::shared_ptr<concurrencpp::executor> executor) {
            (void)due_time;
            (void)self;
            co_await resume_on(executor);
        }

       public:
        timer_queue(std::chrono::milliseconds max_waiting_time) : m_max_waiting_time(max_waiting_time) {}
        ~timer_queue() noexcept = default;

        bool shutdown_requested() const noexcept { return false; }
        void shutdown() {}

        template<class callable_type, class... argumet_types>
        timer make_timer(std::chrono::milliseconds due_time,
                         std::chrono::milliseconds frequency,
                         std::shared_ptr<concurrencpp::executor> executor,
                         callable_type&& callable,
                         argumet_types&&... arguments) {
            if (!static_cast<bool>(executor)) {
                throw std::invalid_argument("concurrencpp::timer_queue::make_timer() - executor is null.");
            }
            (void)callable;
            ((void)arguments, ...);
            return timer(std::move(executor), due_time, frequency);
        }

        template<class callable_type, class... argumet_types>
        timer make_one_shot_timer(std::chrono::milliseconds due_time,
                                  std::shared_ptr<concurrencpp::executor> executor,
                                  callable_type&& callable,
                                  argumet_types&&... arguments) {
            if (!static_cast<bool>(executor)) {
                throw std::invalid_argument("concurrencpp::timer_queue::make_one_shot_timer() - executor is null.");
            }
            (void)callable;
            ((void)arguments, ...);
            return timer(std::move(executor), due_time, std::chrono::milliseconds {0});
        }

        lazy_result<void> make_delay_object(std::chrono::milliseconds due_time, std::shared_ptr<concurrencpp::executor> executor) {
            if (!static_cast<bool>(executor)) {
                throw std::invalid_argument("concurrencpp::timer_queue::make_delay_object() - executor is null.");
            }
            return make_delay_object_impl(due_time, shared_from_this(), std::move(executor));
        }

        std::chrono::milliseconds max_worker_idle_time() const noexcept { return m_max_waiting_time; }
    };
}  // namespace concurrencpp

#endif
