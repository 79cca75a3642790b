// Upstream: scylladb/seastar, master at commit 525fcc86ecd275b1c89a1c3f359693704c953a98
//           (2026-08-04; seastar-25.05.0-1175-g525fcc86e; newest tag seastar-25.05.0 = 8df8212e)
// Mirrors:  include/seastar/core/when_all.hh
//
// Seastar futures are already running: when_all* only WAIT. Each variadic argument may be
// a future or a function returning a future (futurize_invoke_if_func).
//   when_all(futs...)              -> future<std::tuple<future<T>...>> (all resolved)
//   when_all(begin, end)           -> future<std::vector<future<T>>>
//   when_all_succeed(futs...)      -> future<std::tuple<non-void values...>>; fails with one
//                                     of the exceptions
//   when_all_succeed(begin, end) / when_all_succeed(std::vector<future<T>>&&)
//                                  -> future<std::vector<T>> (future<> for future<> elements)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <iterator>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <seastar/core/future.hh>

namespace seastar {

namespace internal {
template <typename T>
auto futurize_invoke_if_func(T&& t) noexcept {
    if constexpr (is_future<std::remove_cvref_t<T>>::value) {
        return std::forward<T>(t);
    } else {
        return futurize_invoke(std::forward<T>(t));
    }
}

template <typename F>
auto value_tuple_of(F& f) {
    if constexpr (std::is_same_v<F, future<>>) {
        f.get();
        return std::tuple<>{};
    } else {
        return std::tuple<typename F::value_type>(f.get());
    }
}
}  // namespace internal

template <typename... FutOrFuncs>
inline auto when_all(FutOrFuncs&&... fut_or_funcs) noexcept {
    using tuple_t = std::tuple<decltype(internal::futurize_invoke_if_func(std::forward<FutOrFuncs>(fut_or_funcs)))...>;
    return make_ready_future<tuple_t>(
        tuple_t(internal::futurize_invoke_if_func(std::forward<FutOrFuncs>(fut_or_funcs))...));
}

template <typename FutureIterator>
    requires requires(FutureIterator i) {
        { *i++ };
        requires is_future<std::remove_reference_t<decltype(*i)>>::value;
    }
inline future<std::vector<typename std::iterator_traits<FutureIterator>::value_type>> when_all(
    FutureIterator begin, FutureIterator end) noexcept {
    using F = typename std::iterator_traits<FutureIterator>::value_type;
    std::vector<F> v;
    for (; begin != end; ++begin) v.push_back(std::move(*begin));
    return make_ready_future<std::vector<F>>(std::move(v));
}

template <typename... FutOrFuncs>
inline auto when_all_succeed(FutOrFuncs&&... fut_or_funcs) noexcept {
    auto futs = std::make_tuple(internal::futurize_invoke_if_func(std::forward<FutOrFuncs>(fut_or_funcs))...);
    auto values = std::apply([](auto&... f) { return std::tuple_cat(internal::value_tuple_of(f)...); }, futs);
    return make_ready_future<decltype(values)>(std::move(values));
}

template <typename T>
inline auto when_all_succeed(std::vector<future<T>>&& futures) noexcept {
    if constexpr (std::is_void_v<T>) {
        for (auto& f : futures) f.get();
        return make_ready_future<>();
    } else {
        std::vector<T> values;
        for (auto& f : futures) values.push_back(f.get());
        return make_ready_future<std::vector<T>>(std::move(values));
    }
}

template <typename FutureIterator, typename Sentinel,
          typename = typename std::iterator_traits<FutureIterator>::value_type>
    requires requires(FutureIterator i) {
        *i++;
        { i != i } -> std::convertible_to<bool>;
        requires is_future<std::remove_reference_t<decltype(*i)>>::value;
    }
inline auto when_all_succeed(FutureIterator begin, Sentinel end) noexcept {
    using F = typename std::iterator_traits<FutureIterator>::value_type;
    std::vector<F> v;
    for (; begin != end; ++begin) v.push_back(std::move(*begin));
    return when_all_succeed(std::move(v));
}

}  // namespace seastar
