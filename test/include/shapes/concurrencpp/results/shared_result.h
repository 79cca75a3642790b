// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/results/shared_result.h and results/shared_result_awaitable.h
// shared_result<type>: copyable; built from a result<type>. co_await yields type& (add_lvalue_reference_t);
// get() / wait() / wait_for() / wait_until() BLOCK. README.md:993: "Different consumers from
// different threads can call functions like await, get and resolve in a thread safe manner."
#ifndef CONCURRENCPP_SHARED_RESULT_H
#define CONCURRENCPP_SHARED_RESULT_H

#include "concurrencpp/errors.h"
#include "concurrencpp/results/result.h"

#include <chrono>
#include <memory>
#include <type_traits>
#include <utility>

namespace concurrencpp::details {
    struct shared_result_helper {
        template<class type>
        static consumer_result_state_ptr<type> get_state(result<type>& result) noexcept {
            return std::move(result.m_state);
        }
    };
}  // namespace concurrencpp::details

namespace concurrencpp {
    template<class type>
    class shared_awaitable {
        std::shared_ptr<details::result_state<type>> m_state;

       public:
        shared_awaitable(std::shared_ptr<details::result_state<type>> state) noexcept : m_state(std::move(state)) {}
        bool await_ready() const noexcept { return false; }
        bool await_suspend(details::coroutine_handle<void> caller_handle) noexcept { return m_state->await(caller_handle); }
        std::add_lvalue_reference_t<type> await_resume() { return m_state->get_ref(); }
    };

    template<class type>
    class shared_result {

       private:
        std::shared_ptr<details::result_state<type>> m_state;

        void throw_if_empty(const char* message) const {
            if (!static_cast<bool>(m_state)) {
                throw errors::empty_result(message);
            }
        }

       public:
        shared_result() noexcept = default;
        ~shared_result() noexcept = default;

        shared_result(result<type> rhs) {
            if (!static_cast<bool>(rhs)) {
                return;
            }
            m_state = details::shared_result_helper::get_state(rhs);
        }

        shared_result(const shared_result& rhs) noexcept = default;
        shared_result(shared_result&& rhs) noexcept = default;

        shared_result& operator=(const shared_result& rhs) noexcept = default;
        shared_result& operator=(shared_result&& rhs) noexcept = default;

        operator bool() const noexcept {
            return static_cast<bool>(m_state.get());
        }

        result_status status() const {
            throw_if_empty("concurrencpp::shared_result::status - result is empty.");
            return m_state->status();
        }

        void wait() {
            throw_if_empty("concurrencpp::shared_result::wait - result is empty.");
            m_state->wait();
        }

        template<class duration_type, class ratio_type>
        result_status wait_for(std::chrono::duration<duration_type, ratio_type> duration) {
            throw_if_empty("concurrencpp::shared_result::wait_for - result is empty.");
            return m_state->wait_for(duration);
        }

        template<class clock_type, class duration_type>
        result_status wait_until(std::chrono::time_point<clock_type, duration_type> timeout_time) {
            throw_if_empty("concurrencpp::shared_result::wait_until - result is empty.");
            return m_state->wait_until(timeout_time);
        }

        std::add_lvalue_reference_t<type> get() {
            throw_if_empty("concurrencpp::shared_result::get - result is empty.");
            m_state->wait();
            return m_state->get_ref();
        }

        auto operator co_await() {
            throw_if_empty("concurrencpp::shared_result::operator co_await - result is empty.");
            return shared_awaitable<type> {m_state};
        }
    };
}  // namespace concurrencpp

#endif
