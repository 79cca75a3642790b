// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/results/result.h and results/result_awaitable.h
// concurrencpp::result<type>: the EAGER task handle (see results/promises.h). Consumed once.
//   co_await r        -> type           (non-blocking; the preferred way)
//   co_await r.resolve() -> result<type> (ready, non-empty)
//   r.get() / r.wait() / r.wait_for(d) / r.wait_until(tp) BLOCK the calling thread
//   ("Waiting for a result to finish is a blocking operation (in the case the asynchronous
//    result is not ready), and will suspend the entire thread of execution", README.md:586).
#ifndef CONCURRENCPP_RESULT_H
#define CONCURRENCPP_RESULT_H

#include "concurrencpp/errors.h"
#include "concurrencpp/results/impl/result_state.h"

#include <chrono>
#include <memory>
#include <type_traits>
#include <utility>

namespace concurrencpp {
    template<class type>
    class awaitable {
        details::consumer_result_state_ptr<type> m_state;

       public:
        awaitable(details::consumer_result_state_ptr<type> state) noexcept : m_state(std::move(state)) {}
        bool await_ready() const noexcept { return false; }
        bool await_suspend(details::coroutine_handle<void> caller_handle) noexcept { return m_state->await(caller_handle); }
        type await_resume() { return m_state->get(); }
    };

    template<class type>
    class resolve_awaitable {
        details::consumer_result_state_ptr<type> m_state;

       public:
        resolve_awaitable(details::consumer_result_state_ptr<type> state) noexcept : m_state(std::move(state)) {}
        bool await_ready() const noexcept { return false; }
        bool await_suspend(details::coroutine_handle<void> caller_handle) noexcept { return m_state->await(caller_handle); }
        result<type> await_resume() { return result<type>(std::move(m_state)); }
    };

    template<class type>
    class result {

        static constexpr auto valid_result_type_v = std::is_same_v<type, void> || std::is_nothrow_move_constructible_v<type>;

        static_assert(valid_result_type_v, "concurrencpp::result<type> - <<type>> should be no-throw-move constructible or void.");

        friend class details::when_result_helper;
        friend struct details::shared_result_helper;

       private:
        details::consumer_result_state_ptr<type> m_state;

        void throw_if_empty(const char* message) const {
            if (static_cast<bool>(!m_state)) {
                throw errors::empty_result(message);
            }
        }

       public:
        result() noexcept = default;
        result(result&& rhs) noexcept = default;

        result(details::consumer_result_state_ptr<type> state) noexcept : m_state(std::move(state)) {}

        result& operator=(result&& rhs) noexcept = default;

        result(const result& rhs) = delete;
        result& operator=(const result& rhs) = delete;

        explicit operator bool() const noexcept {
            return static_cast<bool>(m_state);
        }

        result_status status() const {
            throw_if_empty("concurrencpp::result::status() - result is empty.");
            return m_state->status();
        }

        void wait() const {
            throw_if_empty("concurrencpp::result::wait() - result is empty.");
            m_state->wait();
        }

        template<class duration_type, class ratio_type>
        result_status wait_for(std::chrono::duration<duration_type, ratio_type> duration) const {
            throw_if_empty("concurrencpp::result::wait_for() - result is empty.");
            return m_state->wait_for(duration);
        }

        template<class clock_type, class duration_type>
        result_status wait_until(std::chrono::time_point<clock_type, duration_type> timeout_time) const {
            throw_if_empty("concurrencpp::result::wait_until() - result is empty.");
            return m_state->wait_until(timeout_time);
        }

        type get() {
            throw_if_empty("concurrencpp::result::get() - result is empty.");
            m_state->wait();
            auto state = std::move(m_state);
            return state->get();
        }

        auto operator co_await() {
            throw_if_empty("concurrencpp::result::operator co_await() - result is empty.");
            return awaitable<type> {std::move(m_state)};
        }

        auto resolve() {
            throw_if_empty("concurrencpp::result::resolve() - result is empty.");
            return resolve_awaitable<type> {std::move(m_state)};
        }
    };
}  // namespace concurrencpp

#endif
