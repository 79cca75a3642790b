// Upstream: scylladb/seastar, master at commit 525fcc86ecd275b1c89a1c3f359693704c953a98
//           (2026-08-04; seastar-25.05.0-1175-g525fcc86e; newest tag seastar-25.05.0 = 8df8212e)
// Mirrors:  include/seastar/coroutine/parallel_for_each.hh
//
// `co_await seastar::coroutine::parallel_for_each(range, func)`: func (returning future<>)
// is launched for every element at construction; the await completes when all have
// (unbounded; no values; one exception rethrown). For a bound use
// seastar::max_concurrent_for_each (core/loop.hh).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <coroutine>
#include <exception>
#include <iterator>
#include <ranges>
#include <utility>
#include <vector>

#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>

namespace seastar::coroutine {

template <typename Func>
class [[nodiscard("must co_await an parallel_for_each() object")]] parallel_for_each final {
    Func _func;
    std::vector<future<>> _futures;
    std::exception_ptr _ex;

public:
    template <typename Iterator, typename Sentinel, typename Func1>
        requires(std::same_as<Sentinel, Iterator> || std::sentinel_for<Sentinel, Iterator>)
    explicit parallel_for_each(Iterator begin, Sentinel end, Func1&& func) noexcept
        : _func(std::forward<Func1>(func)) {
        for (; begin != end; ++begin) _futures.push_back(futurize_invoke(_func, *begin));
    }

    template <std::ranges::range Range, typename Func1>
        requires std::invocable<Func, std::ranges::range_reference_t<Range>>
    explicit parallel_for_each(Range&& range, Func1&& func) noexcept
        : parallel_for_each(std::ranges::begin(range), std::ranges::end(range), std::forward<Func1>(func)) {}

    bool await_ready() noexcept { return true; }
    template <typename T>
    void await_suspend(std::coroutine_handle<T>) noexcept {}
    void await_resume() {
        for (auto& f : _futures)
            if (f.failed()) _ex = f.get_exception();
        if (_ex) std::rethrow_exception(std::move(_ex));
    }
};

template <typename Iterator, typename Sentinel, typename Func>
    requires(std::same_as<Sentinel, Iterator> || std::sentinel_for<Sentinel, Iterator>)
parallel_for_each(Iterator begin, Sentinel end, Func&& func) -> parallel_for_each<Func>;

template <std::ranges::range Range, typename Func>
parallel_for_each(Range&& range, Func&& func) -> parallel_for_each<Func>;

}  // namespace seastar::coroutine
