// Upstream: NVIDIA/stdexec, tag nvhpc-26.05 (commit 6d7ad689f4d4831c5136e4abe1c601f9a3b64e43)
// Mirrors:  include/exec/task.hpp
//
// Namespace: since commit 5f738fe7 ("rename `exec::` to `experimental::execution::`",
// 2026-02-18; first in tag gtc-2026) the real namespace is experimental::execution and
// every exec header ends with `namespace exec = experimental::execution;`.
// Up to nvhpc-25.09 the namespace was `exec` itself.
//
// exec::task<T> = basic_task<T, default_task_context<T>>, an alias of the class
// template experimental::execution::__task::basic_task. It is LAZY: the promise's
// initial_suspend() returns suspend_always. It is scheduler-affine (awaited senders
// that do not complete on the task's scheduler get continues_on(..., start scheduler)
// appended) and is itself a sender (enable_sender<basic_task<...>> = true), so it can
// be passed to stdexec::when_all / stdexec::sync_wait.
// `co_await exec::reschedule_coroutine_on(sched)` moves the rest of the task onto sched.
// The task's context answers get_start_scheduler (not get_scheduler):
// `co_await stdexec::read_env(stdexec::get_start_scheduler)` yields the task's scheduler.
// Upstream static_assert: "exec::task<T> cannot be co_await-ed in a coroutine that does
// not have an associated start scheduler."
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <coroutine>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include "../stdexec/execution.hpp"

namespace experimental::execution {
namespace __task {

enum class __scheduler_affinity { __none, __sticky };

// The task's context: with __sticky affinity it answers get_start_scheduler (the
// scheduler the task resumes on after every co_await); there is no get_scheduler query.
template <__scheduler_affinity _SchedulerAffinity = __scheduler_affinity::__sticky>
class __default_task_context_impl {
public:
    [[nodiscard]] constexpr auto query(stdexec::get_start_scheduler_t) const noexcept -> stdexec::inline_scheduler
        requires(_SchedulerAffinity == __scheduler_affinity::__sticky)
    {
        return {};
    }
};

template <class _Ty>
using default_task_context = __default_task_context_impl<__scheduler_affinity::__sticky>;

template <class _Ty>
using inline_task_context = __default_task_context_impl<__scheduler_affinity::__none>;

enum class disposition : unsigned { succeeded, stopped, failed };

struct __reschedule_coroutine_on_t {
    template <class _Scheduler>
    struct __wrapper {
        _Scheduler __sched_;
    };
    template <stdexec::scheduler _Scheduler>
    constexpr auto operator()(_Scheduler __sched) const noexcept -> __wrapper<_Scheduler> {
        return {static_cast<_Scheduler&&>(__sched)};
    }
};

template <class _Ty>
struct __promise_base {
    template <class _Value>
    void return_value(_Value&& __value) {
        __data_.emplace(static_cast<_Value&&>(__value));
    }
    std::optional<_Ty> __data_;
};
template <>
struct __promise_base<void> {
    void return_void() noexcept {}
};

////////////////////////////////////////////////////////////////////////////////
// basic_task
template <class _Ty, class _Context = default_task_context<_Ty>>
class [[nodiscard]] basic_task {
    struct __promise;

    struct __task_awaiter {
        std::coroutine_handle<__promise> __coro_;
        static constexpr bool await_ready() noexcept { return false; }
        std::coroutine_handle<> await_suspend(std::coroutine_handle<> __parent) noexcept {
            __coro_.promise().set_continuation(__parent);
            return __coro_;
        }
        _Ty await_resume() {
            if constexpr (!std::is_void_v<_Ty>) return std::move(*__coro_.promise().__data_);
        }
    };

public:
    using promise_type = __promise;
    using __shape_values =
        std::conditional_t<std::is_void_v<_Ty>, stdexec::__shape::values<>, stdexec::__shape::values<_Ty>>;

    constexpr basic_task(basic_task&& __that) noexcept : __coro_(std::exchange(__that.__coro_, {})) {}

    // Make this task awaitable within a particular context:
    template <class _ParentPromise>
    constexpr auto as_awaitable(_ParentPromise&) && noexcept -> __task_awaiter {
        return __task_awaiter{std::exchange(__coro_, {})};
    }

    // Make this task generally awaitable:
    constexpr auto operator co_await() && noexcept -> __task_awaiter {
        return __task_awaiter{std::exchange(__coro_, {})};
    }

    constexpr ~basic_task() {
        if (__coro_) __coro_.destroy();
    }

private:
    struct __final_awaiter {
        static constexpr auto await_ready() noexcept -> bool { return false; }
        static auto await_suspend(std::coroutine_handle<__promise> __h) noexcept -> std::coroutine_handle<> {
            auto __c = __h.promise().continuation();
            return __c ? __c : std::noop_coroutine();
        }
        static constexpr void await_resume() noexcept {}
    };

    struct __promise : __promise_base<_Ty>, stdexec::with_awaitable_senders<__promise> {
        constexpr auto get_return_object() noexcept -> basic_task {
            return basic_task(std::coroutine_handle<__promise>::from_promise(*this));
        }
        constexpr auto initial_suspend() noexcept -> std::suspend_always { return {}; }
        constexpr auto final_suspend() noexcept -> __final_awaiter { return {}; }
        [[nodiscard]] constexpr auto disposition() const noexcept -> __task::disposition {
            return __task::disposition::succeeded;
        }
        constexpr void unhandled_exception() noexcept { __eptr_ = std::current_exception(); }

        template <class _Scheduler>
        auto await_transform(__reschedule_coroutine_on_t::__wrapper<_Scheduler>) noexcept {
            return std::suspend_never{};
        }
        template <class _Awaitable>
        constexpr auto await_transform(_Awaitable&& __awaitable) noexcept -> decltype(auto) {
            return stdexec::with_awaitable_senders<__promise>::await_transform(
                static_cast<_Awaitable&&>(__awaitable));
        }

        std::exception_ptr __eptr_;
    };

public:
    constexpr explicit basic_task(std::coroutine_handle<promise_type> __coro) noexcept : __coro_(__coro) {}
    std::coroutine_handle<promise_type> __coro_{};
};
}  // namespace __task

using task_disposition = __task::disposition;

template <class _Ty>
using default_task_context = __task::default_task_context<_Ty>;

template <class _Ty, class _Context = default_task_context<_Ty>>
using basic_task = __task::basic_task<_Ty, _Context>;

template <class _Ty>
using task = basic_task<_Ty, default_task_context<_Ty>>;

inline constexpr __task::__reschedule_coroutine_on_t reschedule_coroutine_on{};

}  // namespace experimental::execution

namespace exec = experimental::execution;

namespace stdexec {
template <class _Ty, class _Context>
inline constexpr bool enable_sender<experimental::execution::basic_task<_Ty, _Context>> = true;
}  // namespace stdexec
