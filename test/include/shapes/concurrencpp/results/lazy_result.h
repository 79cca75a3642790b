// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/results/lazy_result.h, results/lazy_result_awaitable.h and
//           results/impl/lazy_result_state.h
// concurrencpp::lazy_result<type>: LAZY. Its promise (details::lazy_promise<type>, derived from
// details::lazy_result_state<type>) has initial_suspend() returning suspend_always
// (impl/lazy_result_state.h:52-54) and final_suspend() returning lazy_final_awaiter
// (symmetric transfer to the awaiting coroutine). README.md:198: "Lazy tasks ... start to run
// only when co_awaited." co_await yields type; resolve() yields lazy_result<type> (ready);
// run() starts it inline and returns an eager result<type> (README.md:695).
#ifndef CONCURRENCPP_LAZY_RESULT_H
#define CONCURRENCPP_LAZY_RESULT_H

#include "concurrencpp/errors.h"
#include "concurrencpp/results/result.h"

#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

namespace concurrencpp::details {
    template<class type>
    class lazy_result_state {
       public:
        coroutine_handle<void> m_caller_handle;
        std::optional<value_storage<type>> m_value;
        std::exception_ptr m_exception;

        struct lazy_final_awaiter : public suspend_always {
            template<class promise_type>
            coroutine_handle<void> await_suspend(coroutine_handle<promise_type> done_handle) noexcept {
                auto c = done_handle.promise().m_caller_handle;
                return c ? c : coroutine_handle<void>(std::noop_coroutine());
            }
        };

        result_status status() const noexcept {
            if (m_exception) return result_status::exception;
            return m_value ? result_status::value : result_status::idle;
        }

        lazy_result<type> get_return_object() noexcept;

        void unhandled_exception() noexcept { m_exception = std::current_exception(); }

        suspend_always initial_suspend() const noexcept {
            return {};
        }

        lazy_final_awaiter final_suspend() const noexcept {
            return {};
        }

        template<class... argument_types>
        void set_result(argument_types&&... arguments) {
            m_value.emplace(std::forward<argument_types>(arguments)...);
        }

        type get() {
            if (m_exception) std::rethrow_exception(m_exception);
            if constexpr (!std::is_void_v<type>) return std::move(*m_value);
        }
    };

}  // namespace concurrencpp::details

namespace concurrencpp {
    template<class type>
    class lazy_awaitable {
        details::coroutine_handle<details::lazy_result_state<type>> m_state;

       public:
        lazy_awaitable(details::coroutine_handle<details::lazy_result_state<type>> state) noexcept : m_state(state) {}
        lazy_awaitable(const lazy_awaitable&) = delete;
        ~lazy_awaitable() noexcept { if (m_state) m_state.destroy(); }

        bool await_ready() const noexcept { return m_state.done(); }

        details::coroutine_handle<void> await_suspend(details::coroutine_handle<void> caller_handle) noexcept {
            m_state.promise().m_caller_handle = caller_handle;
            return m_state;
        }

        type await_resume() { return m_state.promise().get(); }
    };

    template<class type>
    class lazy_resolve_awaitable {
        details::coroutine_handle<details::lazy_result_state<type>> m_state;

       public:
        lazy_resolve_awaitable(details::coroutine_handle<details::lazy_result_state<type>> state) noexcept : m_state(state) {}
        lazy_resolve_awaitable(const lazy_resolve_awaitable&) = delete;
        ~lazy_resolve_awaitable() noexcept { if (m_state) m_state.destroy(); }

        bool await_ready() const noexcept { return m_state.done(); }

        details::coroutine_handle<void> await_suspend(details::coroutine_handle<void> caller_handle) noexcept {
            m_state.promise().m_caller_handle = caller_handle;
            return m_state;
        }

        lazy_result<type> await_resume() noexcept { return lazy_result<type>(std::exchange(m_state, {})); }
    };

    template<class type>
    class lazy_result {

       private:
        details::coroutine_handle<details::lazy_result_state<type>> m_state;

        void throw_if_empty(const char* err_msg) const {
            if (!static_cast<bool>(m_state)) {
                throw errors::empty_result(err_msg);
            }
        }

        result<type> run_impl() {
            lazy_result self(std::move(*this));
            co_return co_await self;
        }

       public:
        lazy_result() noexcept = default;

        lazy_result(lazy_result&& rhs) noexcept : m_state(std::exchange(rhs.m_state, {})) {}

        lazy_result(details::coroutine_handle<details::lazy_result_state<type>> state) noexcept : m_state(state) {}

        ~lazy_result() noexcept {
            if (static_cast<bool>(m_state)) {
                m_state.destroy();
            }
        }

        lazy_result& operator=(lazy_result&& rhs) noexcept {
            if (&rhs == this) {
                return *this;
            }
            if (static_cast<bool>(m_state)) {
                m_state.destroy();
            }
            m_state = std::exchange(rhs.m_state, {});
            return *this;
        }

        explicit operator bool() const noexcept {
            return static_cast<bool>(m_state);
        }

        result_status status() const {
            throw_if_empty("concurrencpp::lazy_result::status - result is empty.");
            return m_state.promise().status();
        }

        auto operator co_await() {
            throw_if_empty("concurrencpp::lazy_result::operator co_await - result is empty.");
            return lazy_awaitable<type> {std::exchange(m_state, {})};
        }

        auto resolve() {
            throw_if_empty("concurrencpp::lazy_result::resolve - result is empty.");
            return lazy_resolve_awaitable<type> {std::exchange(m_state, {})};
        }

        result<type> run() {
            throw_if_empty("concurrencpp::lazy_result::run - result is empty.");
            return run_impl();
        }
    };

    template<class type>
    lazy_result<type> details::lazy_result_state<type>::get_return_object() noexcept {
        const auto self_handle = coroutine_handle<lazy_result_state>::from_promise(*this);
        return lazy_result<type>(self_handle);
    }
}  // namespace concurrencpp

#endif
