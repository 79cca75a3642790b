// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/executors/executor.h
// concurrencpp::executor: abstract. post(callable, args...) (fire and forget),
// submit(callable, args...) -> result<R> (the callable runs on the executor; the result is
// EAGER), bulk_post(span), bulk_submit(span) -> std::vector<result<R>>. submit is implemented
// with a coroutine taking (executor_tag, executor&, ...) so its promise starts on the executor.
// Shape: concrete executors run enqueued tasks inline.
#ifndef CONCURRENCPP_EXECUTOR_H
#define CONCURRENCPP_EXECUTOR_H

#include "concurrencpp/task.h"
#include "concurrencpp/results/result_fwd_declarations.h"

#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace concurrencpp {
    class executor {

       private:
        template<class return_type, class executor_type, class callable_type, class... argument_types>
        static result<return_type> submit_bridge(executor_tag, executor_type&, callable_type callable, argument_types... arguments) {
            co_return callable(arguments...);
        }

       protected:
        template<class executor_type, class callable_type, class... argument_types>
        void do_post(callable_type&& callable, argument_types&&... arguments) {
            static_assert(std::is_invocable_v<callable_type, argument_types...>,
                          "concurrencpp::executor::post - <<callable_type>> is not invokable with <<argument_types...>>");
            static_cast<executor_type*>(this)->enqueue(
                task([c = std::forward<callable_type>(callable), ... args = std::forward<argument_types>(arguments)]() mutable { c(args...); }));
        }

        template<class executor_type, class callable_type, class... argument_types>
        auto do_submit(callable_type&& callable, argument_types&&... arguments) {
            static_assert(std::is_invocable_v<callable_type, argument_types...>,
                          "concurrencpp::executor::submit - <<callable_type>> is not invokable with <<argument_types...>>");

            using return_type = typename std::invoke_result_t<callable_type, argument_types...>;

            return submit_bridge<return_type>({},
                                              *static_cast<executor_type*>(this),
                                              std::forward<callable_type>(callable),
                                              std::forward<argument_types>(arguments)...);
        }

        template<class executor_type, class callable_type>
        void do_bulk_post(std::span<callable_type> callable_list) {
            for (auto& c : callable_list) do_post<executor_type>(std::move(c));
        }

        template<class executor_type, class callable_type, class return_type = std::invoke_result_t<callable_type>>
        std::vector<concurrencpp::result<return_type>> do_bulk_submit(std::span<callable_type> callable_list) {
            std::vector<result<return_type>> results;
            results.reserve(callable_list.size());
            for (auto& c : callable_list) results.emplace_back(do_submit<executor_type>(std::move(c)));
            return results;
        }

       public:
        executor(std::string_view name) : name(name) {}

        virtual ~executor() noexcept = default;

        const std::string name;

        virtual void enqueue(concurrencpp::task task) = 0;
        virtual void enqueue(std::span<concurrencpp::task> tasks) = 0;

        virtual int max_concurrency_level() const noexcept = 0;

        virtual bool shutdown_requested() const = 0;
        virtual void shutdown() = 0;

        template<class callable_type, class... argument_types>
        void post(callable_type&& callable, argument_types&&... arguments) {
            return do_post<executor>(std::forward<callable_type>(callable), std::forward<argument_types>(arguments)...);
        }

        template<class callable_type, class... argument_types>
        auto submit(callable_type&& callable, argument_types&&... arguments) {
            return do_submit<executor>(std::forward<callable_type>(callable), std::forward<argument_types>(arguments)...);
        }

        template<class callable_type>
        void bulk_post(std::span<callable_type> callable_list) {
            return do_bulk_post<executor>(callable_list);
        }

        template<class callable_type, class return_type = std::invoke_result_t<callable_type>>
        std::vector<concurrencpp::result<return_type>> bulk_submit(std::span<callable_type> callable_list) {
            return do_bulk_submit<executor>(callable_list);
        }
    };
}  // namespace concurrencpp

#endif
