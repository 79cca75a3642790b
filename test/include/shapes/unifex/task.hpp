// Upstream: facebookexperimental/libunifex, main at commit c6e5af988fd2b7c63fea1745b09c4cab04cc59be
//           (2026-05-07; v0.4.0-178-gc6e5af9; last tag v0.4.0 = 17fecea7, 2023-10-20)
// Mirrors:  include/unifex/task.hpp
//
// unifex::task<T> = typename _task::_task<T, false>::type and
// unifex::nothrow_task<T> = typename _task::_task<T, true>::type: the task class is a
// member class `type` of the class template unifex::_task::_task<T, nothrow>, not a
// class template itself. Its promise_type is typename _task::_promise<T, nothrow>::type.
// LAZY: _promise_base says "Our coroutine types are lazy so initial_suspend() returns
// suspend_always." The task is scheduler-affine and is a sender (value_types,
// error_types = std::exception_ptr, sends_done = true), so when_all/sync_wait accept it.
// There is no default template argument: write unifex::task<void>.
// In a task, await_transform: co_await schedule(s) -> switch to s ("magic
// rescheduling"); co_await <sender> -> sender_single_value_return_type_t;
// co_await current_scheduler() -> the task's any_scheduler.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include "any_scheduler.hpp"
#include "coroutine.hpp"
#include "scheduler_concepts.hpp"
#include "sender_concepts.hpp"

namespace unifex {
namespace _task {

struct coro_holder {
    coro_holder(coro_holder&& other) noexcept : coro_(std::exchange(other.coro_, {})) {}
    coro_holder& operator=(coro_holder rhs) noexcept {
        std::swap(coro_, rhs.coro_);
        return *this;
    }
    ~coro_holder() {
        if (coro_) coro_.destroy();
    }

protected:
    explicit coro_holder(coro::coroutine_handle<> h) noexcept : coro_(h) {}
    coro::coroutine_handle<> coro_;
};

template <typename T, bool nothrow>
struct _task {
    struct [[nodiscard]] type;
};

template <typename T, bool nothrow>
struct _promise final {
    struct type;
};

struct _promise_base {
    /**
     * Our coroutine types are lazy so initial_suspend() returns suspend_always.
     */
    coro::suspend_always initial_suspend() noexcept { return {}; }

    coro::coroutine_handle<> continuation_;
    any_scheduler sched_{};
};

struct _task_promise_base : _promise_base {
    // has this task<> been rescheduled onto a new scheduler?
    bool rescheduled_ = false;
};

template <typename T, bool nothrow>
struct _return_value_or_void {
    struct type {
        template <typename Value = T>
            requires std::convertible_to<Value, T> && std::constructible_from<T, Value>
        void return_value(Value&& value) noexcept(std::is_nothrow_constructible_v<T, Value>) {
            value_.emplace(static_cast<Value&&>(value));
        }
        void unhandled_exception() noexcept {
            if constexpr (nothrow) std::terminate();
            else exception_ = std::current_exception();
        }
        T result() {
            if (exception_) std::rethrow_exception(exception_);
            return std::move(*value_);
        }
        std::optional<T> value_;
        std::exception_ptr exception_;
    };
};

template <bool nothrow>
struct _return_value_or_void<void, nothrow> {
    struct type {
        void return_void() noexcept {}
        void unhandled_exception() noexcept {
            if constexpr (nothrow) std::terminate();
            else exception_ = std::current_exception();
        }
        void result() {
            if (exception_) std::rethrow_exception(exception_);
        }
        std::exception_ptr exception_;
    };
};

/**
 * A marker type that task<> inherits from.
 */
struct _task_base {};

template <typename Value>
struct _sender_awaiter {
    bool await_ready() noexcept { return false; }
    void await_suspend(coro::coroutine_handle<>) noexcept {}
    Value await_resume() { return _shape::unreachable<Value>(); }
};
template <>
struct _sender_awaiter<void> {
    bool await_ready() noexcept { return false; }
    void await_suspend(coro::coroutine_handle<>) noexcept {}
    void await_resume() {}
};

template <typename Promise>
struct _task_awaiter {
    coro::coroutine_handle<Promise> h_;
    bool await_ready() noexcept { return false; }
    coro::coroutine_handle<> await_suspend(coro::coroutine_handle<> parent) noexcept {
        h_.promise().continuation_ = parent;
        return h_;
    }
    decltype(auto) await_resume() { return h_.promise().result(); }
};

template <typename T, bool nothrow>
struct _promise<T, nothrow>::type final : _task_promise_base, _return_value_or_void<T, nothrow>::type {
    using result_type = T;

    typename _task<T, nothrow>::type get_return_object() noexcept {
        return typename _task<T, nothrow>::type{coro::coroutine_handle<type>::from_promise(*this)};
    }

    auto final_suspend() noexcept {
        struct awaiter final {
            bool await_ready() noexcept { return false; }
            coro::coroutine_handle<> await_suspend(coro::coroutine_handle<type> h) noexcept {
                auto c = h.promise().continuation_;
                return c ? c : coro::noop_coroutine();
            }
            void await_resume() noexcept {}
        };
        return awaiter{};
    }

    template <typename Value>
    decltype(auto) await_transform(Value&& value) {
        using V = std::remove_cvref_t<Value>;
        if constexpr (std::is_same_v<V, _current::_scheduler>) {
            struct _awaiter {
                any_scheduler s;
                bool await_ready() noexcept { return true; }
                void await_suspend(coro::coroutine_handle<>) noexcept {}
                any_scheduler await_resume() noexcept { return s; }
            };
            return _awaiter{this->sched_};
        } else if constexpr (std::is_base_of_v<_task_base, V>) {
            return static_cast<Value&&>(value).template _shape_awaiter<>();
        } else if constexpr (unifex::sender<Value>) {
            return _sender_awaiter<sender_single_value_return_type_t<V>>{};
        } else {
            return static_cast<Value&&>(value);
        }
    }
};

template <typename T, bool nothrow>
struct _task<T, nothrow>::type : _task_base, coro_holder {
    using promise_type = typename _promise<T, nothrow>::type;
    friend promise_type;

    template <template <typename...> class Variant, template <typename...> class Tuple>
    using value_types = Variant<std::conditional_t<std::is_void_v<T>, Tuple<>, Tuple<T>>>;

    template <template <typename...> class Variant>
    using error_types = Variant<std::exception_ptr>;

    static constexpr bool sends_done = true;
    static constexpr bool is_always_scheduler_affine = true;

    type(type&& t) noexcept = default;
    type& operator=(type&& t) noexcept = default;

    // shape only: how the promise awaits a child task (upstream: tag_invoke of
    // unifex::await_transform through inject_stop_request_thunk)
    template <typename = void>
    _task_awaiter<promise_type> _shape_awaiter() && {
        return _task_awaiter<promise_type>{
            coro::coroutine_handle<promise_type>::from_address(std::exchange(coro_, {}).address())};
    }

private:
    explicit type(coro::coroutine_handle<promise_type> h) noexcept : coro_holder(h) {}
};

}  // namespace _task

template <typename T>
using task = typename _task::_task<T, false>::type;

template <typename T>
using nothrow_task = typename _task::_task<T, true>::type;

}  // namespace unifex
