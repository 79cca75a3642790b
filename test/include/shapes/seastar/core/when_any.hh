// Upstream: scylladb/seastar, master at commit 525fcc86ecd275b1c89a1c3f359693704c953a98
//           (2026-08-04; seastar-25.05.0-1175-g525fcc86e; newest tag seastar-25.05.0 = 8df8212e)
// Mirrors:  include/seastar/core/when_any.hh
//
// when_any(futs...) -> future<when_any_result<std::tuple<future<T>...>>>;
// when_any(begin, end) -> future<when_any_result<std::vector<future<T>>>>. index is the
// first future to resolve; the others keep running (futures cannot be cancelled).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <cstddef>
#include <iterator>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <seastar/core/future.hh>
#include <seastar/core/when_all.hh>

namespace seastar {

template <class Sequence>
struct when_any_result {
    std::size_t index;
    Sequence futures;
};

template <class FutureIterator>
    requires requires(FutureIterator i) {
        { *i++ };
        requires is_future<std::remove_reference_t<decltype(*i)>>::value;
    }
auto when_any(FutureIterator begin, FutureIterator end) noexcept {
    using F = typename std::iterator_traits<FutureIterator>::value_type;
    std::vector<F> v;
    for (; begin != end; ++begin) v.push_back(std::move(*begin));
    return make_ready_future<when_any_result<std::vector<F>>>(when_any_result<std::vector<F>>{0, std::move(v)});
}

template <class... FutOrFuncs>
auto when_any(FutOrFuncs&&... fut_or_funcs) noexcept {
    using tuple_t = std::tuple<decltype(internal::futurize_invoke_if_func(std::forward<FutOrFuncs>(fut_or_funcs)))...>;
    return make_ready_future<when_any_result<tuple_t>>(when_any_result<tuple_t>{
        0, tuple_t(internal::futurize_invoke_if_func(std::forward<FutOrFuncs>(fut_or_funcs))...)});
}

}  // namespace seastar
