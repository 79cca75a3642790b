// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/results/when_result.h
// when_all(resume_executor, results...) -> lazy_result<std::tuple<std::decay_t<result_types>...>>
// when_all(resume_executor, begin, end) -> lazy_result<std::vector<iterator value_type>>
// when_all(resume_executor)             -> lazy_result<std::tuple<>>
// when_any(resume_executor, results...) -> lazy_result<when_any_result<std::tuple<result_types...>>>
// when_any(resume_executor, begin, end) -> lazy_result<when_any_result<std::vector<...>>>
// The awaited value holds the INPUT result<T> objects, now ready: read each with co_await or
// .get() (README "when_all function": "Awaiting this lazy result returns all input-result
// objects in a ready state, ready to be consumed."; "Currently, when_all only accepts result
// objects."). The caller is resumed on resume_executor (a std::shared_ptr<executor_type>, not
// null). when_all on an empty range returns an empty vector; when_any on an empty range throws.
// Shape: readiness is awaited element by element; when_any picks the first ready element.
#ifndef CONCURRENCPP_WHEN_RESULT_H
#define CONCURRENCPP_WHEN_RESULT_H

#include "concurrencpp/errors.h"
#include "concurrencpp/results/resume_on.h"
#include "concurrencpp/results/lazy_result.h"

#include <cstddef>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <tuple>
#include <type_traits>
#include <vector>

namespace concurrencpp::details {
    class when_result_helper {

       private:
        static void throw_if_empty_impl(const char* error_message) noexcept {
            (void)error_message;
        }

        template<class type, class... result_types>
        static void throw_if_empty_impl(const char* error_message, const result<type>& result, result_types&&... results) {
            if (!static_cast<bool>(result)) {
                throw errors::empty_result(error_message);
            }

            throw_if_empty_impl(error_message, std::forward<result_types>(results)...);
        }

        template<class type>
        static result_state_base& get_state_base(result<type>& result) noexcept {
            return *result.m_state;
        }

        template<std::size_t... is, typename tuple_type>
        static result_state_base& at_impl(std::index_sequence<is...>, tuple_type& tuple, size_t n) noexcept {
            result_state_base* bases[] = {(&get_state_base(std::get<is>(tuple)))...};
            return *bases[n];
        }

       public:
        template<typename tuple_type>
        static result_state_base& at(tuple_type& tuple, size_t n) noexcept {
            auto seq = std::make_index_sequence<std::tuple_size<tuple_type>::value>();
            return at_impl(seq, tuple, n);
        }

        template<typename type>
        static result_state_base& at(std::vector<result<type>>& vector, size_t n) noexcept {
            return get_state_base(vector[n]);
        }

        template<class... types>
        static size_t size(std::tuple<types...>& tuple) noexcept {
            (void)tuple;
            return std::tuple_size_v<std::tuple<types...>>;
        }

        template<class type>
        static size_t size(const std::vector<type>& vector) noexcept {
            return vector.size();
        }

        template<class... result_types>
        static void throw_if_empty_tuple(const char* error_message, result_types&&... results) {
            throw_if_empty_impl(error_message, std::forward<result_types>(results)...);
        }

        template<class iterator_type>
        static void throw_if_empty_range(const char* error_message, iterator_type begin, iterator_type end) {
            for (; begin != end; ++begin) {
                if (!static_cast<bool>((*begin))) {
                    throw errors::empty_result(error_message);
                }
            }
        }

        class when_all_awaitable {
            result_state_base& m_state;

           public:
            when_all_awaitable(result_state_base& state) noexcept : m_state(state) {}

            bool await_ready() const noexcept {
                return false;
            }

            bool await_suspend(coroutine_handle<void> coro_handle) noexcept {
                return m_state.await(coro_handle);
            }

            void await_resume() const noexcept {}
        };
    };
}  // namespace concurrencpp::details

namespace concurrencpp {
    template<class sequence_type>
    struct when_any_result {
        std::size_t index;
        sequence_type results;

        when_any_result() noexcept : index(static_cast<size_t>(-1)) {}

        template<class... result_types>
        when_any_result(size_t index, result_types&&... results) noexcept :
            index(index), results(std::forward<result_types>(results)...) {}

        when_any_result(when_any_result&&) noexcept = default;
        when_any_result& operator=(when_any_result&&) noexcept = default;
    };
}  // namespace concurrencpp

namespace concurrencpp::details {
    template<class executor_type, class collection_type>
    lazy_result<collection_type> when_all_impl(std::shared_ptr<executor_type> resume_executor, collection_type collection) {
        for (size_t i = 0; i < when_result_helper::size(collection); i++) {
            auto& state_ref = when_result_helper::at(collection, i);
            co_await when_result_helper::when_all_awaitable {state_ref};
        }

        co_await resume_on(resume_executor);
        co_return std::move(collection);
    }

    template<class collection_type>
    size_t first_ready(collection_type& collection) {
        for (size_t i = 0; i < when_result_helper::size(collection); i++) {
            auto& s = when_result_helper::at(collection, i);
            std::unique_lock lock(s.m_lock);
            if (s.m_done) return i;
        }
        return 0;
    }

    template<class executor_type, class tuple_type>
    lazy_result<when_any_result<tuple_type>> when_any_impl(std::shared_ptr<executor_type> resume_executor, tuple_type tuple) {
        const auto completed_index = first_ready(tuple);
        co_await when_result_helper::when_all_awaitable {when_result_helper::at(tuple, completed_index)};
        co_await resume_on(resume_executor);
        co_return when_any_result<tuple_type> {completed_index, std::move(tuple)};
    }

    template<class executor_type, class type>
    lazy_result<when_any_result<std::vector<type>>> when_any_impl(std::shared_ptr<executor_type> resume_executor,
                                                                  std::vector<type> vector) {
        const auto completed_index = first_ready(vector);
        co_await when_result_helper::when_all_awaitable {when_result_helper::at(vector, completed_index)};
        co_await resume_on(resume_executor);
        co_return when_any_result<std::vector<type>> {completed_index, std::move(vector)};
    }
}  // namespace concurrencpp::details

namespace concurrencpp {
    template<class executor_type>
    lazy_result<std::tuple<>> when_all(std::shared_ptr<executor_type> resume_executor) {
        if (!static_cast<bool>(resume_executor)) {
            throw std::invalid_argument("concurrencpp::when_all - resume_executor is null.");
        }

        auto make_lazy_result = []() -> lazy_result<std::tuple<>> {
            co_return std::tuple<>{};
        };

        return make_lazy_result();
    }

    template<class executor_type, class... result_types>
    lazy_result<std::tuple<typename std::decay<result_types>::type...>> when_all(std::shared_ptr<executor_type> resume_executor,
                                                                                 result_types&&... results) {
        details::when_result_helper::throw_if_empty_tuple("concurrencpp::when_all - one of the result objects is empty.",
                                                          std::forward<result_types>(results)...);

        if (!static_cast<bool>(resume_executor)) {
            throw std::invalid_argument("concurrencpp::when_all - resume_executor is null.");
        }

        return details::when_all_impl(resume_executor, std::make_tuple(std::forward<result_types>(results)...));
    }

    template<class executor_type, class iterator_type>
    lazy_result<std::vector<typename std::iterator_traits<iterator_type>::value_type>>
    when_all(std::shared_ptr<executor_type> resume_executor, iterator_type begin, iterator_type end) {
        details::when_result_helper::throw_if_empty_range("concurrencpp::when_all - one of the result objects is empty.", begin, end);

        if (!static_cast<bool>(resume_executor)) {
            throw std::invalid_argument("concurrencpp::when_all - resume_executor is null.");
        }

        using type = typename std::iterator_traits<iterator_type>::value_type;

        return details::when_all_impl(resume_executor,
                                      std::vector<type> {std::make_move_iterator(begin), std::make_move_iterator(end)});
    }

    template<class executor_type, class... result_types>
    lazy_result<when_any_result<std::tuple<result_types...>>> when_any(std::shared_ptr<executor_type> resume_executor,
                                                                       result_types&&... results) {
        static_assert(sizeof...(result_types) != 0, "concurrencpp::when_any() - the function must accept at least one result object.");
        details::when_result_helper::throw_if_empty_tuple("concurrencpp::when_any - one of the result objects is empty.",
                                                          std::forward<result_types>(results)...);

        if (!static_cast<bool>(resume_executor)) {
            throw std::invalid_argument("concurrencpp::when_any - resume_executor is null.");
        }

        return details::when_any_impl(resume_executor, std::make_tuple(std::forward<result_types>(results)...));
    }

    template<class executor_type, class iterator_type>
    lazy_result<when_any_result<std::vector<typename std::iterator_traits<iterator_type>::value_type>>>
    when_any(std::shared_ptr<executor_type> resume_executor, iterator_type begin, iterator_type end) {
        details::when_result_helper::throw_if_empty_range("concurrencpp::when_any - one of the result objects is empty.", begin, end);

        if (begin == end) {
            throw std::invalid_argument("concurrencpp::when_any - given range is empty.");
        }

        if (!static_cast<bool>(resume_executor)) {
            throw std::invalid_argument("concurrencpp::when_any - resume_executor is null.");
        }

        using type = typename std::iterator_traits<iterator_type>::value_type;

        return details::when_any_impl(resume_executor,
                                      std::vector<type> {std::make_move_iterator(begin), std::make_move_iterator(end)});
    }
}  // namespace concurrencpp

#endif
