// Upstream: scylladb/seastar, master at commit 525fcc86ecd275b1c89a1c3f359693704c953a98
//           (2026-08-04; seastar-25.05.0-1175-g525fcc86e; newest tag seastar-25.05.0 = 8df8212e)
// Mirrors:  include/seastar/coroutine/all.hh
//
// `co_await seastar::coroutine::all(f1, f2, ...)`: the operands are CALLABLES returning
// futures (the constructor requires std::invocable<Func> with a future result; it calls
// futurize_invoke on each). The result is a std::tuple of the NON-VOID values only
// (value_tuple_for_non_void_futures): all([]{return read(1);}, []{return write();},
// []{return read(2);}) gives std::tuple<int, int>. all() waits for every operand even if
// one throws, then rethrows. class all is [[nodiscard("must co_await an all() object")]].
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <concepts>
#include <coroutine>
#include <exception>
#include <tuple>
#include <type_traits>
#include <utility>

#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>

namespace seastar::coroutine {

template <typename Future>
constexpr inline bool is_future_v = is_future<Future>::value;

template <typename Future>
concept future_type = is_future_v<Future>;

namespace internal {
template <typename F>
struct value_tuple_of {
    using type = std::tuple<typename F::value_type>;
};
template <>
struct value_tuple_of<future<>> {
    using type = std::tuple<>;
};
template <typename... Futures>
using value_tuple_for_non_void_futures =
    decltype(std::tuple_cat(std::declval<typename value_tuple_of<Futures>::type>()...));
}  // namespace internal

template <typename... Futures>
    requires(sizeof...(Futures) > 0)
class [[nodiscard("must co_await an all() object")]] all {
    using tuple = std::tuple<Futures...>;
    using value_tuple = typename internal::value_tuple_for_non_void_futures<Futures...>;
    tuple _futures;

    template <typename F>
    static auto value_of(F& f) {
        if constexpr (std::is_same_v<F, future<>>) {
            f.get();
            return std::tuple<>{};
        } else {
            return std::tuple<typename F::value_type>(f.get());
        }
    }

    struct awaiter {
        all& state;
        bool await_ready() const {
            return std::apply([](const Futures&... futures) { return (... && futures.available()); },
                              state._futures);
        }
        template <typename U>
        void await_suspend(std::coroutine_handle<U>) {}
        value_tuple await_resume() {
            return std::apply([](Futures&... futures) { return std::tuple_cat(value_of(futures)...); },
                              state._futures);
        }
    };

public:
    template <typename... Func>
        requires(... && std::invocable<Func>) && (... && future_type<std::invoke_result_t<Func>>)
    explicit all(Func&&... funcs) : _futures(futurize_invoke(funcs)...) {}
    awaiter operator co_await() { return awaiter{*this}; }
};

template <typename FirstFunc, typename... MoreFuncs>
explicit all(FirstFunc&&, MoreFuncs&&...)
    -> all<std::invoke_result_t<FirstFunc>, std::invoke_result_t<MoreFuncs>...>;

}  // namespace seastar::coroutine
