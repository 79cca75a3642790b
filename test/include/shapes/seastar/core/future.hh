// Upstream: scylladb/seastar, master at commit 525fcc86ecd275b1c89a1c3f359693704c953a98
//           (2026-08-04; seastar-25.05.0-1175-g525fcc86e; newest tag seastar-25.05.0 = 8df8212e)
// Mirrors:  include/seastar/core/future.hh (future, promise, make_ready_future,
//           make_exception_future, is_future, futurize_invoke)
//
// future<T>::get() / wait(): "If get() is called in a seastar::thread context, then it need
// not be available; instead, the thread will be paused until the future becomes
// available." Outside a seastar::thread, future_base::do_wait() (src/core/future.cc)
// does `auto thread = thread_impl::get(); SEASTAR_ASSERT(thread);` -- i.e. get()/wait() on
// an unavailable future outside a seastar::thread aborts. In a coroutine use co_await.
// value_type is internal::future_stored_type_t<T> (internal::monostate for void).
// NOTE: future<T>::promise_type is seastar::promise<T> (NOT the coroutine promise); the
// coroutine promise comes from the std::coroutine_traits<seastar::future<T>, Args...>
// specialization in core/coroutine.hh, which must be included to write coroutines.
// SHAPE: futures complete synchronously through a shared state; no reactor.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <coroutine>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

#include "scheduling.hh"

namespace seastar {

template <class T = void>
class promise;

namespace internal {
struct monostate {};

template <typename... T>
struct future_stored_type;
template <>
struct future_stored_type<> {
    using type = monostate;
};
template <typename T>
struct future_stored_type<T> {
    using type = std::conditional_t<std::is_void_v<T>, internal::monostate, T>;
};
template <typename... T>
using future_stored_type_t = typename future_stored_type<T...>::type;

template <typename T>
using future_tuple_type_t = std::conditional_t<std::is_same_v<T, monostate>, std::tuple<>, std::tuple<T>>;

template <typename T>
struct shape_state {
    std::optional<future_stored_type_t<T>> value;
    std::exception_ptr ex;
    std::coroutine_handle<> waiter;
    bool ready = false;
    void complete() {
        ready = true;
        if (waiter) std::exchange(waiter, {}).resume();
    }
};

inline bool need_preempt() noexcept { return false; }
}  // namespace internal

template <typename T>
struct is_future : std::false_type {};
template <typename T>
struct is_future<future<T>> : std::true_type {};

template <typename T>
struct futurize {
    using type = future<T>;
};
template <typename T>
struct futurize<future<T>> {
    using type = future<T>;
};
template <typename T>
using futurize_t = typename futurize<T>::type;

template <typename T>
class [[nodiscard]] future {
    std::shared_ptr<internal::shape_state<T>> _state;

public:
    using value_type = internal::future_stored_type_t<T>;
    using tuple_type = internal::future_tuple_type_t<value_type>;
    /// \brief The data type carried by the future.
    using promise_type = promise<T>;

    explicit future(std::shared_ptr<internal::shape_state<T>> s) noexcept : _state(std::move(s)) {}
    future(future&& x) noexcept = default;
    future(const future&) = delete;
    future& operator=(future&& x) noexcept = default;
    void operator=(const future&) = delete;

    value_type&& get() {
        wait();
        if (_state->ex) std::rethrow_exception(_state->ex);
        return std::move(*_state->value);
    }
    std::exception_ptr get_exception() noexcept { return _state->ex; }

    void wait() noexcept {}

    bool available() const noexcept { return _state->ready; }
    bool failed() const noexcept { return _state->ready && _state->ex != nullptr; }

    template <typename Func>
    auto then(Func&& func) noexcept;

    template <typename Func>
    auto then_wrapped(Func&& func) noexcept {
        return std::forward<Func>(func)(std::move(*this));
    }

    template <typename Func>
    future<T> finally(Func&& func) noexcept {
        std::forward<Func>(func)();
        return std::move(*this);
    }

    future<> discard_result() noexcept;

    void ignore_ready_future() noexcept {}

    // shape only (upstream: future_base::set_coroutine)
    void set_coroutine(std::coroutine_handle<> h) noexcept { _state->waiter = h; }
};

template <class T>
class promise {
    std::shared_ptr<internal::shape_state<T>> _state = std::make_shared<internal::shape_state<T>>();

public:
    promise() noexcept = default;
    promise(promise&&) noexcept = default;
    promise& operator=(promise&&) noexcept = default;
    future<T> get_future() noexcept { return future<T>(_state); }
    template <typename... A>
    void set_value(A&&... a) noexcept {
        _state->value.emplace(std::forward<A>(a)...);
        _state->complete();
    }
    void set_exception(std::exception_ptr&& ex) noexcept {
        _state->ex = std::move(ex);
        _state->complete();
    }
    void set_exception(const std::exception_ptr& ex) noexcept {
        _state->ex = ex;
        _state->complete();
    }
};

template <typename T = void, typename... A>
future<T> make_ready_future(A&&... value) noexcept {
    promise<T> p;
    p.set_value(std::forward<A>(value)...);
    return p.get_future();
}

template <typename T = void>
future<T> make_exception_future(std::exception_ptr&& value) noexcept {
    promise<T> p;
    p.set_exception(std::move(value));
    return p.get_future();
}

template <typename T = void, typename Exception>
future<T> make_exception_future(Exception&& ex) noexcept {
    return make_exception_future<T>(std::make_exception_ptr(std::forward<Exception>(ex)));
}

template <typename Func, typename... Args>
auto futurize_invoke(Func&& func, Args&&... args) noexcept {
    using R = std::invoke_result_t<Func, Args...>;
    if constexpr (is_future<R>::value) {
        return std::invoke(std::forward<Func>(func), std::forward<Args>(args)...);
    } else if constexpr (std::is_void_v<R>) {
        std::invoke(std::forward<Func>(func), std::forward<Args>(args)...);
        return make_ready_future<>();
    } else {
        return make_ready_future<R>(std::invoke(std::forward<Func>(func), std::forward<Args>(args)...));
    }
}

template <typename T>
template <typename Func>
auto future<T>::then(Func&& func) noexcept {
    if constexpr (std::is_void_v<T>) {
        get();
        return futurize_invoke(std::forward<Func>(func));
    } else {
        return futurize_invoke(std::forward<Func>(func), get());
    }
}

template <typename T>
future<> future<T>::discard_result() noexcept {
    get();
    return make_ready_future<>();
}

}  // namespace seastar
