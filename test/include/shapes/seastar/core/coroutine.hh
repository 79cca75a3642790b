// Upstream: scylladb/seastar, master at commit 525fcc86ecd275b1c89a1c3f359693704c953a98
//           (2026-08-04; seastar-25.05.0-1175-g525fcc86e; newest tag seastar-25.05.0 = 8df8212e)
// Mirrors:  include/seastar/core/coroutine.hh
//
// A coroutine returning seastar::future<T> is EAGER: the promise type
// seastar::internal::coroutine_traits_base<T>::promise_type (installed through a
// std::coroutine_traits<seastar::future<T>, Args...> specialization) has
// initial_suspend() and final_suspend() returning std::suspend_never; the body runs
// until its first suspension before the future is returned. Any seastar::future is an
// already-running operation. `co_await fut` performs a preemption check
// (awaiter<true, T>: ready only if available() && !need_preempt());
// coroutine::without_preemption_check(fut) skips it.
// Upstream promise_type derives from seastar::task and coroutine_allocators (omitted).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <coroutine>
#include <exception>
#include <functional>
#include <utility>

#include "future.hh"

namespace seastar {

namespace coroutine {
// coroutine::exception (upstream: seastar/coroutine/exception.hh)
struct exception {
    std::exception_ptr eptr;
    explicit exception(std::exception_ptr eptr) noexcept : eptr(std::move(eptr)) {}
};
}  // namespace coroutine

namespace internal {

template <typename T = void>
class coroutine_traits_base {
public:
    class promise_type final {
        seastar::promise<T> _promise;

    public:
        promise_type() = default;
        promise_type(promise_type&&) = delete;
        promise_type(const promise_type&) = delete;

        // this non-templated version only exists to support co_returning a braced-init-list
        void return_value(T&& value) noexcept { _promise.set_value(std::forward<T>(value)); }

        template <typename U>
            requires std::is_convertible_v<U&&, T>
        void return_value(U&& value) noexcept {
            _promise.set_value(std::forward<U>(value));
        }

        void return_value(coroutine::exception ce) noexcept { _promise.set_exception(std::move(ce.eptr)); }

        void set_exception(std::exception_ptr&& eptr) noexcept { _promise.set_exception(std::move(eptr)); }

        void unhandled_exception() noexcept { _promise.set_exception(std::current_exception()); }

        seastar::future<T> get_return_object() noexcept { return _promise.get_future(); }

        std::suspend_never initial_suspend() noexcept { return {}; }
        std::suspend_never final_suspend() noexcept { return {}; }
    };
};

template <>
class coroutine_traits_base<> {
public:
    class promise_type final {
        seastar::promise<> _promise;

    public:
        promise_type() = default;
        promise_type(promise_type&&) = delete;
        promise_type(const promise_type&) = delete;

        void return_void() noexcept { _promise.set_value(); }

        void set_exception(std::exception_ptr&& eptr) noexcept { _promise.set_exception(std::move(eptr)); }

        void unhandled_exception() noexcept { _promise.set_exception(std::current_exception()); }

        seastar::future<> get_return_object() noexcept { return _promise.get_future(); }

        std::suspend_never initial_suspend() noexcept { return {}; }
        std::suspend_never final_suspend() noexcept { return {}; }
    };
};

template <bool CheckPreempt, typename T>
struct awaiter {
    seastar::future<T> _future;

public:
    explicit awaiter(seastar::future<T>&& f) noexcept : _future(std::move(f)) {}
    awaiter(const awaiter&) = delete;
    awaiter(awaiter&&) = delete;

    bool await_ready() const noexcept { return _future.available() && (!CheckPreempt || !need_preempt()); }

    template <typename U>
    void await_suspend(std::coroutine_handle<U> hndl) noexcept {
        _future.set_coroutine(hndl);
    }

    T await_resume() { return _future.get(); }
};

template <bool CheckPreempt>
struct awaiter<CheckPreempt, void> {
    seastar::future<> _future;

public:
    explicit awaiter(seastar::future<>&& f) noexcept : _future(std::move(f)) {}
    awaiter(const awaiter&) = delete;
    awaiter(awaiter&&) = delete;

    bool await_ready() const noexcept { return _future.available() && (!CheckPreempt || !need_preempt()); }

    template <typename U>
    void await_suspend(std::coroutine_handle<U> hndl) noexcept {
        _future.set_coroutine(hndl);
    }

    void await_resume() { _future.get(); }
};

template <typename T>
struct [[nodiscard]] without_preemption_check : public seastar::future<T> {
    explicit without_preemption_check(seastar::future<T>&& f) noexcept : seastar::future<T>(std::move(f)) {}
};

}  // namespace internal

template <typename T>
auto operator co_await(future<T>&& f) noexcept {
    return internal::awaiter<true, T>(std::move(f));
}

namespace coroutine {
/// Wrapper for a future which turns off checking for preemption
/// when awaiting it in a coroutine.
template <typename T>
inline auto without_preemption_check(seastar::future<T>&& f) noexcept {
    return internal::without_preemption_check<T>(std::move(f));
}

/// Make a lambda coroutine safe for use in an outer coroutine with
/// functions that accept continuations.
template <typename Func>
class lambda {
    Func* _func;

public:
    explicit lambda(Func&& func) : _func(&func) {}
    template <typename... Args>
    decltype(auto) operator()(Args&&... args) const {
        return std::invoke(*_func, std::forward<Args>(args)...);
    }
};
}  // namespace coroutine

template <typename T>
auto operator co_await(internal::without_preemption_check<T> f) noexcept {
    return internal::awaiter<false, T>(std::move(f));
}

}  // namespace seastar

namespace std {
template <typename T, typename... Args>
class coroutine_traits<seastar::future<T>, Args...> : public seastar::internal::coroutine_traits_base<T> {};
}  // namespace std
