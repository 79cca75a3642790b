// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/results/impl/result_state.h (role only; our own minimal code).
// The state an eager coroutine (result<T>) publishes into; wait()/get() block on a
// std::condition_variable until the producer completes.
#ifndef CONCURRENCPP_RESULT_STATE_H
#define CONCURRENCPP_RESULT_STATE_H

#include "concurrencpp/results/result_fwd_declarations.h"

#include <chrono>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <type_traits>
#include <utility>

namespace concurrencpp::details {
    struct void_value {};

    template<class type>
    using value_storage = std::conditional_t<std::is_void_v<type>, void_value, type>;

    class result_state_base {
       public:
        std::mutex m_lock;
        std::condition_variable m_condition;
        bool m_done = false;
        std::exception_ptr m_exception;
        coroutine_handle<void> m_consumer;

        result_status status() {
            std::unique_lock lock(m_lock);
            if (!m_done) return result_status::idle;
            return m_exception ? result_status::exception : result_status::value;
        }

        void wait() {
            std::unique_lock lock(m_lock);
            m_condition.wait(lock, [this] { return m_done; });
        }

        template<class duration_unit, class ratio>
        result_status wait_for(std::chrono::duration<duration_unit, ratio> duration) {
            {
                std::unique_lock lock(m_lock);
                m_condition.wait_for(lock, duration, [this] { return m_done; });
            }
            return status();
        }

        template<class clock, class duration>
        result_status wait_until(const std::chrono::time_point<clock, duration>& timeout_time) {
            {
                std::unique_lock lock(m_lock);
                m_condition.wait_until(lock, timeout_time, [this] { return m_done; });
            }
            return status();
        }

        // returns the consumer to resume (if any)
        coroutine_handle<void> publish() {
            std::unique_lock lock(m_lock);
            m_done = true;
            m_condition.notify_all();
            return std::exchange(m_consumer, nullptr);
        }

        // false: already done, do not suspend
        bool await(coroutine_handle<void> caller) {
            std::unique_lock lock(m_lock);
            if (m_done) return false;
            m_consumer = caller;
            return true;
        }
    };

    template<class type>
    class result_state : public result_state_base {
       public:
        std::optional<value_storage<type>> m_value;

        template<class... argument_types>
        void set_result(argument_types&&... arguments) {
            m_value.emplace(std::forward<argument_types>(arguments)...);
        }

        void set_exception(std::exception_ptr ep) { m_exception = std::move(ep); }

        type get() {
            if (m_exception) std::rethrow_exception(m_exception);
            if constexpr (!std::is_void_v<type>) return std::move(*m_value);
        }

        std::add_lvalue_reference_t<type> get_ref() {
            if (m_exception) std::rethrow_exception(m_exception);
            if constexpr (!std::is_void_v<type>) return *m_value;
        }
    };

    template<class type>
    using consumer_result_state_ptr = std::shared_ptr<result_state<type>>;
}  // namespace concurrencpp::details

#endif
