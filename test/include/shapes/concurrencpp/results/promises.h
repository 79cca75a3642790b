// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/results/promises.h
// Which promise a concurrencpp coroutine gets is chosen by std::coroutine_traits
// specializations on the RETURN TYPE and the FIRST PARAMETERS (promises.h:155-204):
//   null_result f(args...)                                -> initialy_resumed_null_result_promise
//   result<T>   f(args...)                                -> initialy_resumed_result_promise<T>
//       EAGER: initial_suspend() returns suspend_never (promises.h:78-82), runs inline in the caller.
//   null_result / result<T> f(executor_tag, std::shared_ptr<E> | E* | E&, args...)
//                                                         -> initialy_rescheduled_(null_)result_promise
//       EAGER IN EFFECT: initial_suspend() returns initial_scheduling_awaiter, which posts the
//       coroutine to the given executor (promises.h:50-75) - a "parallel coroutine".
//   lazy_result<T> f(args...)                             -> lazy_promise<T>
//       LAZY: initial_suspend() returns suspend_always (impl/lazy_result_state.h:52-54).
// null_result: fire-and-forget; exceptions are swallowed (unhandled_exception() is empty).
// result<T> coroutines publish at final_suspend through result_publisher (suspend_always).
#ifndef CONCURRENCPP_PROMISES_H
#define CONCURRENCPP_PROMISES_H

#include "concurrencpp/coroutines/coroutine.h"
#include "concurrencpp/errors.h"
#include "concurrencpp/executors/executor.h"
#include "concurrencpp/results/result.h"
#include "concurrencpp/results/lazy_result.h"
#include "concurrencpp/results/impl/return_value_struct.h"

#include <memory>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace concurrencpp::details {
    struct await_via_functor {
        coroutine_handle<void> m_caller_handle;
        bool* m_interrupted;

        void operator()() noexcept {
            std::exchange(m_caller_handle, nullptr).resume();
        }
    };

    template<class executor_type>
    class initialy_rescheduled_promise {

        executor_type& m_initial_executor;

        static_assert(
            std::is_base_of_v<concurrencpp::executor, executor_type>,
            "concurrencpp::initialy_rescheduled_promise<<executor_type>> - <<executor_type>> isn't driven from concurrencpp::executor.");

        static executor_type& to_ref(executor_type* executor_ptr) {
            if (executor_ptr == nullptr) {
                throw std::invalid_argument("concurrencpp - parallel coroutine: executor is null.");
            }
            return *executor_ptr;
        }

       public:
        template<class... argument_types>
        initialy_rescheduled_promise(executor_tag, executor_type* executor_ptr, argument_types&&...) :
            m_initial_executor(to_ref(executor_ptr)) {}

        template<class... argument_types>
        initialy_rescheduled_promise(executor_tag, executor_type& executor_ptr, argument_types&&...) :
            m_initial_executor(executor_ptr) {}

        template<class... argument_types>
        initialy_rescheduled_promise(executor_tag, std::shared_ptr<executor_type> executor, argument_types&&... args) :
            initialy_rescheduled_promise(executor_tag {}, executor.get(), std::forward<argument_types>(args)...) {}

        template<class class_type, class... argument_types>
        initialy_rescheduled_promise(class_type&&, executor_tag, std::shared_ptr<executor_type> executor, argument_types&&... args) :
            initialy_rescheduled_promise(executor_tag {}, *executor, std::forward<argument_types>(args)...) {}

        class initial_scheduling_awaiter : public suspend_always {

           private:
            bool m_interrupted = false;

           public:
            template<class promise_type>
            void await_suspend(coroutine_handle<promise_type> handle) {
                handle.promise().m_initial_executor.post(await_via_functor {handle, &m_interrupted});
            }

            void await_resume() const {
                if (m_interrupted) {
                    throw errors::broken_task("concurrencpp - task was interrupted.");
                }
            }
        };

        initial_scheduling_awaiter initial_suspend() const noexcept {
            return {};
        }
    };

    struct initialy_resumed_promise {
        suspend_never initial_suspend() const noexcept {
            return {};
        }
    };

    struct null_result_promise {
        null_result get_return_object() const noexcept {
            return {};
        }

        suspend_never final_suspend() const noexcept {
            return {};
        }

        void unhandled_exception() const noexcept {}
        void return_void() const noexcept {}
    };

    struct result_publisher : public suspend_always {
        template<class promise_type>
        coroutine_handle<void> await_suspend(coroutine_handle<promise_type> handle) const noexcept {
            return handle.promise().complete_producer(handle);
        }
    };

    template<class type>
    struct result_coro_promise : public return_value_struct<result_coro_promise<type>, type> {

       private:
        std::shared_ptr<result_state<type>> m_result_state = std::make_shared<result_state<type>>();

       public:
        template<class... argument_types>
        void set_result(argument_types&&... arguments) {
            this->m_result_state->set_result(std::forward<argument_types>(arguments)...);
        }

        void unhandled_exception() noexcept {
            this->m_result_state->set_exception(std::current_exception());
        }

        result<type> get_return_object() noexcept {
            return {m_result_state};
        }

        coroutine_handle<void> complete_producer(coroutine_handle<void> done_handle) noexcept {
            auto state = m_result_state;
            auto consumer = state->publish();
            done_handle.destroy();
            return consumer ? consumer : coroutine_handle<void>(std::noop_coroutine());
        }

        result_publisher final_suspend() const noexcept {
            return {};
        }
    };

    template<class type>
    struct lazy_promise : lazy_result_state<type>, public return_value_struct<lazy_promise<type>, type> {};

    struct initialy_resumed_null_result_promise : public initialy_resumed_promise, public null_result_promise {};

    template<class return_type>
    struct initialy_resumed_result_promise : public initialy_resumed_promise, public result_coro_promise<return_type> {};

    template<class executor_type>
    struct initialy_rescheduled_null_result_promise : public initialy_rescheduled_promise<executor_type>, public null_result_promise {
        using initialy_rescheduled_promise<executor_type>::initialy_rescheduled_promise;
    };

    template<class return_type, class executor_type>
    struct initialy_rescheduled_result_promise :
        public initialy_rescheduled_promise<executor_type>,
        public result_coro_promise<return_type> {
        using initialy_rescheduled_promise<executor_type>::initialy_rescheduled_promise;
    };
}  // namespace concurrencpp::details

namespace CRCPP_COROUTINE_NAMESPACE {
    // No executor + No result
    template<class... arguments>
    struct coroutine_traits<::concurrencpp::null_result, arguments...> {
        using promise_type = concurrencpp::details::initialy_resumed_null_result_promise;
    };

    // No executor + result
    template<class type, class... arguments>
    struct coroutine_traits<::concurrencpp::result<type>, arguments...> {
        using promise_type = concurrencpp::details::initialy_resumed_result_promise<type>;
    };

    // Executor + no result
    template<class executor_type, class... arguments>
    struct coroutine_traits<concurrencpp::null_result, concurrencpp::executor_tag, std::shared_ptr<executor_type>, arguments...> {
        using promise_type = concurrencpp::details::initialy_rescheduled_null_result_promise<executor_type>;
    };

    template<class executor_type, class... arguments>
    struct coroutine_traits<concurrencpp::null_result, concurrencpp::executor_tag, executor_type*, arguments...> {
        using promise_type = concurrencpp::details::initialy_rescheduled_null_result_promise<executor_type>;
    };

    template<class executor_type, class... arguments>
    struct coroutine_traits<concurrencpp::null_result, concurrencpp::executor_tag, executor_type&, arguments...> {
        using promise_type = concurrencpp::details::initialy_rescheduled_null_result_promise<executor_type>;
    };

    // Executor + result
    template<class type, class executor_type, class... arguments>
    struct coroutine_traits<::concurrencpp::result<type>, concurrencpp::executor_tag, std::shared_ptr<executor_type>, arguments...> {
        using promise_type = concurrencpp::details::initialy_rescheduled_result_promise<type, executor_type>;
    };

    template<class type, class executor_type, class... arguments>
    struct coroutine_traits<::concurrencpp::result<type>, concurrencpp::executor_tag, executor_type*, arguments...> {
        using promise_type = concurrencpp::details::initialy_rescheduled_result_promise<type, executor_type>;
    };

    template<class type, class executor_type, class... arguments>
    struct coroutine_traits<::concurrencpp::result<type>, concurrencpp::executor_tag, executor_type&, arguments...> {
        using promise_type = concurrencpp::details::initialy_rescheduled_result_promise<type, executor_type>;
    };

    // Lazy
    template<class type, class... arguments>
    struct coroutine_traits<::concurrencpp::lazy_result<type>, arguments...> {
        using promise_type = concurrencpp::details::lazy_promise<type>;
    };
}  // namespace CRCPP_COROUTINE_NAMESPACE

#endif
