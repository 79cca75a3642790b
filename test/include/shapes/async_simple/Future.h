// Upstream: alibaba/async_simple, tag 1.4 (commit 1a5579d2f2d63a54cd7e1882b310b6a38a670d4b)
// Mirrors:  async_simple/Future.h (+ Promise from async_simple/Promise.h, which Future.h
//           forward-declares; upstream Future.h does not include Promise.h)
//
// Future<T>::get() && and Future<T>::wait() block the calling thread
// (upstream: "Get value blocked thread when the future doesn't have a value").
// In a Lazy, `co_await std::move(future)` is the non-blocking form
// (operator co_await in async_simple/coro/FutureAwaiter.h).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <exception>
#include <memory>
#include <type_traits>
#include <utility>

#include "async_simple/Executor.h"
#include "async_simple/Traits.h"
#include "async_simple/Try.h"

namespace async_simple {

template <typename T>
class Promise;

namespace detail {
template <typename T>
struct FutureSharedState {
    Try<T> _try;
    bool _ready = false;
};
}  // namespace detail

template <typename T>
class Future {
public:
    using value_type = T;
    Future(std::shared_ptr<detail::FutureSharedState<T>> state) : _sharedState(std::move(state)) {}
    Future(Try<T>&& t) : _sharedState(std::make_shared<detail::FutureSharedState<T>>()) {
        _sharedState->_try = std::move(t);
        _sharedState->_ready = true;
    }
    Future(Future&&) = default;
    Future& operator=(Future&&) = default;
    Future(const Future&) = delete;
    Future& operator=(const Future&) = delete;

    auto coAwait(Executor*) && noexcept { return std::move(*this); }

    bool valid() const { return _sharedState != nullptr; }
    bool hasResult() const { return _sharedState && _sharedState->_ready; }

    Try<T>& result() & requires(!std::is_void_v<T>) { return _sharedState->_try; }
    Try<T>&& result() && requires(!std::is_void_v<T>) { return std::move(_sharedState->_try); }
    Try<void> result() && requires(std::is_void_v<T>) { return std::move(_sharedState->_try); }

    decltype(auto) value() && { return std::move(_sharedState->_try).value(); }

    // Get value blocked thread when the future doesn't have a value.
    T get() && {
        wait();
        return std::move(_sharedState->_try).value();
    }
    // Implementation for get() to wait synchronously.
    void wait() {}

    Future<T> via(Executor*) && { return Future<T>(std::move(_sharedState)); }

    template <typename F>
    void setContinuation(F&& func) {
        func(std::move(_sharedState->_try));
    }

private:
    std::shared_ptr<detail::FutureSharedState<T>> _sharedState;
};

template <typename T>
class Promise {
public:
    using value_type = std::conditional_t<std::is_void_v<T>, int, T>;
    Promise() : _sharedState(std::make_shared<detail::FutureSharedState<T>>()) {}
    Future<T> getFuture() { return Future<T>(_sharedState); }
    bool valid() const { return _sharedState != nullptr; }
    void setException(std::exception_ptr error) {
        _sharedState->_try = error;
        _sharedState->_ready = true;
    }
    void setValue(value_type&& v) requires(!std::is_void_v<T>) {
        _sharedState->_try = Try<T>(std::move(v));
        _sharedState->_ready = true;
    }
    void setValue() requires(std::is_void_v<T>) { _sharedState->_ready = true; }

private:
    std::shared_ptr<detail::FutureSharedState<T>> _sharedState;
};

template <typename T>
Future<T> makeReadyFuture(T&& v) {
    return Future<T>(Try<T>(std::forward<T>(v)));
}
template <typename T>
Future<T> makeReadyFuture(Try<T>&& t) {
    return Future<T>(std::move(t));
}
template <typename T>
Future<T> makeReadyFuture(std::exception_ptr ex) {
    return Future<T>(Try<T>(ex));
}
inline Future<void> makeReadyFuture() { return Future<void>(Try<void>()); }

}  // namespace async_simple
