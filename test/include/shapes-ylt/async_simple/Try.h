// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858),
//           bundled copy of async_simple (API identical to alibaba/async_simple tag 1.4;
//           only FutureAwaiter.h message text and MoveWrapper [[deprecated]] differ)
// Mirrors:  include/ylt/thirdparty/async_simple/Try.h
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <exception>
#include <type_traits>
#include <utility>
#include <variant>

namespace async_simple {

template <typename T>
class Try;
template <>
class Try<void>;

template <typename T>
class Try {
public:
    Try() = default;
    ~Try() = default;
    Try(Try<T>&& other) = default;
    Try& operator=(Try<T>&& other) = default;
    Try& operator=(std::exception_ptr error) {
        _value.template emplace<std::exception_ptr>(error);
        return *this;
    }
    template <class... U>
    Try(U&&... value) requires std::is_constructible_v<T, U...>
        : _value(std::in_place_type<T>, std::forward<U>(value)...) {}
    Try(std::exception_ptr error) : _value(error) {}

private:
    Try(const Try&) = delete;
    Try& operator=(const Try&) = delete;

public:
    constexpr bool available() const noexcept {
        return !std::holds_alternative<std::monostate>(_value);
    }
    constexpr bool hasError() const noexcept {
        return std::holds_alternative<std::exception_ptr>(_value);
    }
    const T& value() const& { check(); return std::get<T>(_value); }
    T& value() & { check(); return std::get<T>(_value); }
    T&& value() && { check(); return std::move(std::get<T>(_value)); }
    const T&& value() const&& { check(); return std::move(std::get<T>(_value)); }
    template <class... Args>
    T& emplace(Args&&... args) {
        return _value.template emplace<T>(std::forward<Args>(args)...);
    }
    void setException(std::exception_ptr error) {
        _value.template emplace<std::exception_ptr>(error);
    }
    std::exception_ptr getException() const {
        if (!hasError()) return nullptr;
        return std::get<std::exception_ptr>(_value);
    }
    operator Try<void>() const;

private:
    void check() const {
        if (hasError()) std::rethrow_exception(std::get<std::exception_ptr>(_value));
    }
    std::variant<std::monostate, T, std::exception_ptr> _value;
};

template <>
class Try<void> {
public:
    Try() {}
    Try(std::exception_ptr error) : _error(error) {}
    Try& operator=(std::exception_ptr error) {
        _error = error;
        return *this;
    }
    Try(Try&& other) : _error(std::move(other._error)) {}
    Try& operator=(Try&& other) {
        if (this != &other) std::swap(_error, other._error);
        return *this;
    }
    void value() {
        if (_error) std::rethrow_exception(_error);
    }
    bool hasError() const { return _error.operator bool(); }
    void setException(std::exception_ptr error) { _error = error; }
    std::exception_ptr getException() const { return _error; }

private:
    std::exception_ptr _error;
};

template <class T>
Try<T>::operator Try<void>() const {
    if (hasError()) return Try<void>(getException());
    return Try<void>();
}

template <class T>
Try(T) -> Try<T>;

}  // namespace async_simple
