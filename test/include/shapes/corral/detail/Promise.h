// Upstream: hudson-trading/corral, master at commit 5d1153705395640c9f9f8c91e242c9932cd0bd0e
//           (2026-08-12; the repository has no tags)
// Mirrors:  corral/detail/Promise.h (BasePromise, Promise<T>, ReturnValueMixin)
//
// LAZY: BasePromise::initial_suspend() returns std::suspend_always (after recording the
// program counter); the task "does not start running until the Task wrapping it is
// awaited" (Task.h). Every co_await in a corral task goes through
// BasePromise::await_transform -> AwaitProxy (cancellation support).
// Upstream yield_value (for CORRAL_WITH_NURSERY / co_yield-style helpers) is omitted.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

#include "../concepts.h"
#include "../defs.h"
#include "utility.h"

namespace corral {
template <class T>
class Task;

namespace detail {
template <class T>
class Promise;

class BasePromise {
public:
    auto initial_suspend() noexcept { return std::suspend_always{}; }

    struct FinalSuspendProxy : std::suspend_always {
        template <class P>
        Handle await_suspend(std::coroutine_handle<P> h) noexcept {
            auto c = h.promise().continuation_;
            return c ? c : std::noop_coroutine();
        }
    };
    static auto final_suspend() noexcept { return FinalSuspendProxy(); }

    template <class Awaitable>
    decltype(auto) await_transform(Awaitable&& awaitable) noexcept {
        return std::forward<Awaitable>(awaitable);
    }

    Handle continuation_{};
    std::exception_ptr exception_{};
};

template <class T>
class ReturnValueMixin {
public:
    void return_value(T value) { static_cast<Promise<T>*>(this)->value_.emplace(std::forward<T>(value)); }
};

template <>
class ReturnValueMixin<void> {
public:
    void return_void();
};

/// The promise type for a corral coroutine that returns T.
template <class T>
class Promise : public BasePromise, public ReturnValueMixin<T> {
public:
    void unhandled_exception() { exception_ = std::current_exception(); }
    Task<T> get_return_object();

    InhabitedType<T> takeValue() {
        if (exception_) std::rethrow_exception(exception_);
        return std::move(*value_);
    }
    std::optional<InhabitedType<T>> value_;
};

inline void ReturnValueMixin<void>::return_void() {
    static_cast<Promise<void>*>(this)->value_.emplace(Void{});
}

template <class T>
class TaskAwaiter {
public:
    explicit TaskAwaiter(Promise<T>* p) : promise_(p) {}
    TaskAwaiter(TaskAwaiter&& o) noexcept : promise_(std::exchange(o.promise_, nullptr)) {}
    ~TaskAwaiter() {
        if (promise_) std::coroutine_handle<Promise<T>>::from_promise(*promise_).destroy();
    }
    bool await_ready() const noexcept { return false; }
    Handle await_suspend(Handle caller) {
        promise_->continuation_ = caller;
        return std::coroutine_handle<Promise<T>>::from_promise(*promise_);
    }
    T await_resume() {
        if constexpr (std::is_void_v<T>)
            promise_->takeValue();
        else
            return promise_->takeValue();
    }

private:
    Promise<T>* promise_;
};

}  // namespace detail
}  // namespace corral
