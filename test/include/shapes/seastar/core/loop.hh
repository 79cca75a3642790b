// Upstream: scylladb/seastar, master at commit 525fcc86ecd275b1c89a1c3f359693704c953a98
//           (2026-08-04; seastar-25.05.0-1175-g525fcc86e; newest tag seastar-25.05.0 = 8df8212e)
// Mirrors:  include/seastar/core/loop.hh (parallel_for_each, max_concurrent_for_each,
//           do_for_each)
//
// parallel_for_each(range, func): all iterations start at once, unbounded, future<>.
// max_concurrent_for_each(range, max_concurrent, func): at most max_concurrent at a time.
// do_for_each(range, func): one after another. func returns future<> (or void).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <cstddef>
#include <iterator>
#include <ranges>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar {

template <typename Iterator, typename Sentinel, typename Func>
inline future<> parallel_for_each(Iterator begin, Sentinel end, Func&& func) noexcept {
    for (; begin != end; ++begin) (void)futurize_invoke(func, *begin);
    return make_ready_future<>();
}

template <typename Range, typename Func>
inline future<> parallel_for_each(Range&& range, Func&& func) noexcept {
    return parallel_for_each(std::begin(range), std::end(range), std::forward<Func>(func));
}

template <typename Iterator, typename Sentinel, typename Func>
inline future<> max_concurrent_for_each(Iterator begin, Sentinel end, size_t max_concurrent, Func&& func) noexcept {
    (void)max_concurrent;
    return parallel_for_each(begin, end, std::forward<Func>(func));
}

template <typename Range, typename Func>
inline future<> max_concurrent_for_each(Range&& range, size_t max_concurrent, Func&& func) noexcept {
    return max_concurrent_for_each(std::begin(range), std::end(range), max_concurrent, std::forward<Func>(func));
}

template <typename Iterator, typename AsyncAction>
inline future<> do_for_each(Iterator begin, Iterator end, AsyncAction action) noexcept {
    for (; begin != end; ++begin) futurize_invoke(action, *begin).get();
    return make_ready_future<>();
}

template <typename Container, typename AsyncAction>
inline future<> do_for_each(Container& c, AsyncAction action) noexcept {
    return do_for_each(std::begin(c), std::end(c), std::move(action));
}

}  // namespace seastar
