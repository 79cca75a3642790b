// Upstream: alibaba/async_simple, tag 1.4 (commit 1a5579d2f2d63a54cd7e1882b310b6a38a670d4b)
// Mirrors:  async_simple/coro/Lazy.h
//
// Lazy<T> is LAZY: detail::LazyPromiseBase::initial_suspend() returns
// std::suspend_always ("Lazily started, coroutine will not execute until first
// resume() is called"). It runs when co_awaited (symmetric transfer), started with
// start(cb)/directlyStart(cb, ex), or syncAwait'ed. Lazy::via(ex) converts it to a
// RescheduleLazy<T>, which is scheduled onto `ex` when started (its operator
// co_await is [[deprecated]]: "RescheduleLazy should be only allowed in
// DetachedCoroutine"). `co_await Lazy` is only allowed in a Lazy or
// DetachedCoroutine (static_assert in AwaiterBase::await_suspend).
// Awaitables handled by LazyPromiseBase::await_transform: CurrentExecutor (ready,
// yields Executor*), Yield (reschedules on the executor with Priority::YIELD),
// anything else through detail::coAwait (ViaCoroutine.h).
// Omitted: lazy locals (setLazyLocal, CurrentLazyLocals), signals/slots
// (CurrentSlot is declared), promise allocators.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <coroutine>
#include <cstddef>
#include <exception>
#include <memory>
#include <type_traits>
#include <utility>
#include <variant>

#include "async_simple/Executor.h"
#include "async_simple/Signal.h"
#include "async_simple/Try.h"
#include "async_simple/coro/DetachedCoroutine.h"
#include "async_simple/coro/ViaCoroutine.h"

namespace async_simple {

class Executor;

namespace coro {

template <typename T>
class Lazy;

// In the middle of the execution of one coroutine, if we want to give out the
// rights to execute back to the executor, to make it schedule other tasks to
// execute, we could write:
//  co_await Yield{};
struct Yield {};

// co_await CurrentSlot{} could return the point to current cancellation slot.
struct CurrentSlot {};

namespace detail {

class LazyPromiseBase {
public:
    struct FinalAwaiter {
        bool await_ready() const noexcept { return false; }
        template <typename PromiseType>
        auto await_suspend(std::coroutine_handle<PromiseType> h) noexcept {
            static_assert(std::is_base_of<LazyPromiseBase, PromiseType>::value,
                          "the final awaiter is only allowed to be called by Lazy");
            return h.promise()._continuation;
        }
        void await_resume() noexcept {}
    };

    struct YieldAwaiter {
        YieldAwaiter(Executor* executor, Slot* slot) : _executor(executor), _slot(slot) {}
        bool await_ready() const noexcept { return _executor == nullptr; }  // shape
        template <typename PromiseType>
        void await_suspend(std::coroutine_handle<PromiseType> handle) {
            static_assert(std::is_base_of<LazyPromiseBase, PromiseType>::value,
                          "'co_await Yield' is only allowed to be called by Lazy");
            _executor->schedule([handle]() mutable { handle.resume(); },
                                static_cast<uint64_t>(Executor::Priority::YIELD));
        }
        void await_resume() const {}

    private:
        Executor* _executor;
        Slot* _slot;
    };

public:
    LazyPromiseBase() noexcept : _executor(nullptr) {}
    // Lazily started, coroutine will not execute until first resume() is called
    std::suspend_always initial_suspend() noexcept { return {}; }
    FinalAwaiter final_suspend() noexcept { return {}; }

    template <typename Awaitable>
    auto await_transform(Awaitable&& awaitable) {
        return detail::coAwait(_executor, std::forward<Awaitable>(awaitable));
    }
    auto await_transform(CurrentExecutor) { return ReadyAwaiter<Executor*>(_executor); }
    auto await_transform(CurrentSlot) { return ReadyAwaiter<Slot*>(nullptr); }
    auto await_transform(Yield) { return YieldAwaiter(_executor, nullptr); }

    std::coroutine_handle<> _continuation;
    Executor* _executor;
};

template <typename T>
class LazyPromise : public LazyPromiseBase {
public:
    LazyPromise() noexcept {}
    ~LazyPromise() noexcept {}

    Lazy<T> get_return_object() noexcept;

    template <typename V>
    void return_value(V&& value) noexcept(std::is_nothrow_constructible_v<T, V&&>)
        requires std::is_convertible_v<V&&, T>
    {
        _value.template emplace<T>(std::forward<V>(value));
    }
    void unhandled_exception() noexcept {
        _value.template emplace<std::exception_ptr>(std::current_exception());
    }

    T& result() & {
        if (std::holds_alternative<std::exception_ptr>(_value))
            std::rethrow_exception(std::get<std::exception_ptr>(_value));
        return std::get<T>(_value);
    }
    T&& result() && {
        if (std::holds_alternative<std::exception_ptr>(_value))
            std::rethrow_exception(std::get<std::exception_ptr>(_value));
        return std::move(std::get<T>(_value));
    }
    Try<T> tryResult() noexcept {
        if (std::holds_alternative<std::exception_ptr>(_value))
            return Try<T>(std::get<std::exception_ptr>(_value));
        return Try<T>(std::move(std::get<T>(_value)));
    }

    std::variant<std::monostate, T, std::exception_ptr> _value;
};

template <>
class LazyPromise<void> : public LazyPromiseBase {
public:
    LazyPromise() noexcept {}
    ~LazyPromise() noexcept {}

    Lazy<void> get_return_object() noexcept;

    void return_void() noexcept {}
    void unhandled_exception() noexcept { _exception = std::current_exception(); }

    void result() {
        if (_exception != nullptr) std::rethrow_exception(_exception);
    }
    Try<void> tryResult() noexcept { return Try<void>(_exception); }

    std::exception_ptr _exception{nullptr};
};

}  // namespace detail

template <typename T>
class RescheduleLazy;

namespace detail {

template <typename T>
struct LazyAwaiterBase {
    using Handle = std::coroutine_handle<detail::LazyPromise<T>>;
    Handle _handle;

    LazyAwaiterBase(LazyAwaiterBase& other) = delete;
    LazyAwaiterBase& operator=(LazyAwaiterBase& other) = delete;
    LazyAwaiterBase(LazyAwaiterBase&& other) : _handle(std::exchange(other._handle, nullptr)) {}
    LazyAwaiterBase& operator=(LazyAwaiterBase&& other) {
        std::swap(_handle, other._handle);
        return *this;
    }
    LazyAwaiterBase(Handle coro) : _handle(coro) {}
    ~LazyAwaiterBase() {
        if (_handle) {
            _handle.destroy();
            _handle = nullptr;
        }
    }

    bool await_ready() const noexcept { return false; }

    auto awaitResume() {
        if constexpr (std::is_void_v<T>) {
            _handle.promise().result();
            _handle.destroy();
            _handle = nullptr;
        } else {
            auto r = std::move(_handle.promise()).result();
            _handle.destroy();
            _handle = nullptr;
            return r;
        }
    }

    Try<T> awaitResumeTry() noexcept {
        Try<T> ret = _handle.promise().tryResult();
        _handle.destroy();
        _handle = nullptr;
        return ret;
    }
};

template <typename T, typename CB>
concept isLazyCallback = std::is_invocable_v<CB, Try<T>>;

template <typename T, bool reschedule>
class LazyBase {
public:
    using promise_type = detail::LazyPromise<T>;
    using Handle = std::coroutine_handle<promise_type>;
    using ValueType = T;

    struct AwaiterBase : public detail::LazyAwaiterBase<T> {
        using Base = detail::LazyAwaiterBase<T>;
        AwaiterBase(Handle coro) : Base(coro) {}

        template <typename PromiseType>
        auto await_suspend(std::coroutine_handle<PromiseType> continuation) noexcept(!reschedule) {
            static_assert(std::is_base_of<LazyPromiseBase, PromiseType>::value ||
                              std::is_same_v<detail::DetachedCoroutine::promise_type, PromiseType>,
                          "'co_await Lazy' is only allowed to be called by Lazy or "
                          "DetachedCoroutine");
            // current coro started, caller becomes my continuation
            this->_handle.promise()._continuation = continuation;
            return awaitSuspendImpl();
        }

    private:
        auto awaitSuspendImpl() noexcept(!reschedule) {
            if constexpr (reschedule) {
                // executor schedule performed
                auto h = this->_handle;
                this->_handle.promise()._executor->schedule([h]() mutable { h.resume(); });
            } else {
                return this->_handle;
            }
        }
    };

    struct TryAwaiter : public AwaiterBase {
        TryAwaiter(Handle coro) : AwaiterBase(coro) {}
        Try<T> await_resume() noexcept { return AwaiterBase::awaitResumeTry(); }
        auto coAwait(Executor* ex) {
            // derived lazy inherits executor
            this->_handle.promise()._executor = ex;
            return std::move(*this);
        }
    };

    struct ValueAwaiter : public AwaiterBase {
        ValueAwaiter(Handle coro) : AwaiterBase(coro) {}
        T await_resume() { return AwaiterBase::awaitResume(); }
    };

    ~LazyBase() {
        if (_coro) {
            _coro.destroy();
            _coro = nullptr;
        }
    }
    explicit LazyBase(Handle coro) noexcept : _coro(coro) {}
    LazyBase(LazyBase&& other) noexcept : _coro(std::move(other._coro)) { other._coro = nullptr; }
    LazyBase(const LazyBase&) = delete;
    LazyBase& operator=(const LazyBase&) = delete;

    Executor* getExecutor() { return _coro.promise()._executor; }

    template <typename F>
    void start(F&& callback) requires(isLazyCallback<T, F>) {
        // callback should take a single Try<T> as parameter, return value will
        // be ignored. a detached coroutine will not suspend at initial/final
        // suspend point.
        auto launchCoro = [](LazyBase lazy, std::decay_t<F> cb) -> detail::DetachedCoroutine {
            cb(co_await lazy.coAwaitTry());
        };
        [[maybe_unused]] auto detached = launchCoro(std::move(*this), std::forward<F>(callback));
    }

    bool isReady() const { return !_coro || _coro.done(); }

    auto operator co_await() { return ValueAwaiter(std::exchange(_coro, nullptr)); }

    auto coAwaitTry() { return TryAwaiter(std::exchange(_coro, nullptr)); }

protected:
    Handle _coro;
};

}  // namespace detail

// Lazy is a coroutine task which would be executed lazily.
template <typename T = void>
class [[nodiscard]] Lazy : public detail::LazyBase<T, /*reschedule=*/false> {
    using Base = detail::LazyBase<T, false>;

public:
    using Base::Base;

    // Bind an executor to a Lazy, and convert it to RescheduleLazy.
    // You can only call via on rvalue, i.e. a Lazy is not accessible after
    // via() called.
    RescheduleLazy<T> via(Executor* ex) && {
        this->_coro.promise()._executor = ex;
        return RescheduleLazy<T>(std::exchange(this->_coro, nullptr));
    }

    // Bind an executor only. Don't re-schedule.
    [[deprecated]] Lazy<T> setEx(Executor* ex) && {
        this->_coro.promise()._executor = ex;
        return Lazy<T>(std::exchange(this->_coro, nullptr));
    }

    using Base::start;

    // Bind an executor and start coroutine without scheduling immediately.
    template <typename F>
    void directlyStart(F&& callback, Executor* executor)
        requires(detail::isLazyCallback<T, F>)
    {
        this->_coro.promise()._executor = executor;
        return start(std::forward<F>(callback));
    }

    auto coAwait(Executor* ex) {
        // derived lazy inherits executor
        this->_coro.promise()._executor = ex;
        return typename Base::ValueAwaiter(std::exchange(this->_coro, nullptr));
    }

private:
    friend class RescheduleLazy<T>;
};

// A RescheduleLazy is a Lazy with an executor. Different from Lazy, when a
// RescheduleLazy is co_awaited/started/syncAwaited, the RescheduleLazy would
// submit a task to resume the corresponding Lazy task to the executor.
// The user couldn't/shouldn't declare a coroutine function whose return type is
// RescheduleLazy; get one from Lazy::via(Executor*) only.
template <typename T = void>
class [[nodiscard]] RescheduleLazy : public detail::LazyBase<T, /*reschedule=*/true> {
    using Base = detail::LazyBase<T, true>;

public:
    void detach() {
        this->start([](auto&& t) {
            if (t.hasError()) std::rethrow_exception(t.getException());
        });
    }

    [[deprecated("RescheduleLazy should be only allowed in DetachedCoroutine")]] auto
    operator co_await() {
        return Base::operator co_await();
    }

private:
    using Base::Base;
};

template <typename T>
inline Lazy<T> detail::LazyPromise<T>::get_return_object() noexcept {
    return Lazy<T>(Lazy<T>::Handle::from_promise(*this));
}

inline Lazy<void> detail::LazyPromise<void>::get_return_object() noexcept {
    return Lazy<void>(Lazy<void>::Handle::from_promise(*this));
}

}  // namespace coro
}  // namespace async_simple
