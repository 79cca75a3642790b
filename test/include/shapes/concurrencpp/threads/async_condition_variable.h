// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/threads/async_condition_variable.h
// co_await cv.await(resume_executor, scoped_lock[, pred]) -> lazy_result<void>;
// cv.notify_one() / cv.notify_all() (plain calls, not awaited).
// Shape: await returns once pred holds (without pred: at once).
#ifndef CONCURRENCPP_ASYNC_CONDITION_VARIABLE_H
#define CONCURRENCPP_ASYNC_CONDITION_VARIABLE_H

#include "concurrencpp/threads/async_lock.h"

#include <memory>
#include <type_traits>

namespace concurrencpp {
    class async_condition_variable {
        template<class predicate_type>
        lazy_result<void> await_impl(std::shared_ptr<executor> resume_executor, scoped_async_lock& lock, predicate_type pred) {
            while (!pred()) {
                co_await await_impl(resume_executor, lock);
            }
        }

        lazy_result<void> await_impl(std::shared_ptr<executor> resume_executor, scoped_async_lock& lock) {
            (void)lock;
            co_await resume_on(resume_executor);
        }

       public:
        async_condition_variable() noexcept = default;
        ~async_condition_variable() noexcept = default;

        async_condition_variable(const async_condition_variable&) noexcept = delete;
        async_condition_variable(async_condition_variable&&) noexcept = delete;

        lazy_result<void> await(std::shared_ptr<executor> resume_executor, scoped_async_lock& lock) {
            return await_impl(std::move(resume_executor), lock);
        }

        template<class predicate_type>
        lazy_result<void> await(std::shared_ptr<executor> resume_executor, scoped_async_lock& lock, predicate_type pred) {
            static_assert(
                std::is_invocable_r_v<bool, predicate_type>,
                "concurrencpp::async_condition_variable::await - given predicate isn't invocable with no arguments, or does not return a type which is or convertible to bool.");
            return await_impl(std::move(resume_executor), lock, pred);
        }

        void notify_one() {}
        void notify_all() {}
    };
}  // namespace concurrencpp

#endif
