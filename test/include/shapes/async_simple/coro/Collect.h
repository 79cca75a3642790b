// Upstream: alibaba/async_simple, tag 1.4 (commit 1a5579d2f2d63a54cd7e1882b310b6a38a670d4b)
// Mirrors:  async_simple/coro/Collect.h (public functions and detail::CollectAnyResult)
//
// Upstream comment block:
//   auto [x, y] = co_await collectAll(IntLazy, FloatLazy);
//   auto [x, y] = co_await collectAllPara(IntLazy, FloatLazy);
//   std::vector<Try<int>> = co_await collectAll(std::vector<intLazy>);
//   std::vector<Try<int>> = co_await collectAllPara(std::vector<intLazy>);
//   std::vector<Try<int>> = co_await collectAllWindowed(maxConcurrency, yield, std::vector<intLazy>);
//   std::vector<Try<int>> = co_await collectAllWindowedPara(maxConcurrency, yield, std::vector<intLazy>);
// Every element is a Try<T> (Try<void> for Lazy<void>); read values with .value().
// collectAll starts the inputs one after another on the awaiting coroutine's
// executor ("in one thread"); each runs until its first suspension, so I/O
// overlaps. collectAllPara schedules each input onto the executor (parallel).
// collectAllWindowed runs the vector in consecutive batches of maxConcurrency
// (not a sliding window). Quirk at 1.4: collectAllWindowed calls
// collectAllWindowedImpl<true> (the Para form) and collectAllWindowedPara calls
// collectAllWindowedImpl<false>.
// Shape bodies await the inputs one after another.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <cstddef>
#include <exception>
#include <memory>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "async_simple/Signal.h"
#include "async_simple/Try.h"
#include "async_simple/coro/Lazy.h"

namespace async_simple {
namespace coro {

namespace detail {

template <typename T>
struct CollectAnyResult {
    CollectAnyResult() : _idx(static_cast<size_t>(-1)), _value() {}
    CollectAnyResult(size_t idx, std::add_rvalue_reference_t<T> value)
        : _idx(idx), _value(std::move(value)) {}
    CollectAnyResult(const CollectAnyResult&) = delete;
    CollectAnyResult& operator=(const CollectAnyResult&) = delete;
    CollectAnyResult& operator=(CollectAnyResult&& other) {
        _idx = std::move(other._idx);
        _value = std::move(other._value);
        other._idx = static_cast<size_t>(-1);
        return *this;
    }
    CollectAnyResult(CollectAnyResult&& other)
        : _idx(std::move(other._idx)), _value(std::move(other._value)) {
        other._idx = static_cast<size_t>(-1);
    }

    size_t _idx;
    Try<T> _value;

    size_t index() const { return _idx; }
    bool hasError() const { return _value.hasError(); }
    std::exception_ptr getException() const { return _value.getException(); }
    const T& value() const& { return _value.value(); }
    T& value() & { return _value.value(); }
    T&& value() && { return std::move(_value).value(); }
};

template <>
struct CollectAnyResult<void> {
    CollectAnyResult() : _idx(static_cast<size_t>(-1)), _value() {}
    CollectAnyResult(size_t idx) : _idx(idx) {}
    CollectAnyResult(const CollectAnyResult&) = delete;
    CollectAnyResult& operator=(const CollectAnyResult&) = delete;
    CollectAnyResult& operator=(CollectAnyResult&& other) {
        _idx = std::move(other._idx);
        _value = std::move(other._value);
        other._idx = static_cast<size_t>(-1);
        return *this;
    }
    CollectAnyResult(CollectAnyResult&& other)
        : _idx(std::move(other._idx)), _value(std::move(other._value)) {
        other._idx = static_cast<size_t>(-1);
    }

    size_t _idx;
    Try<void> _value;

    size_t index() const { return _idx; }
    bool hasError() const { return _value.hasError(); }
    std::exception_ptr getException() const { return _value.getException(); }
};

template <typename T>
struct is_lazy : std::false_type {};
template <typename T>
struct is_lazy<Lazy<T>> : std::true_type {};

template <typename ValueType, typename OAlloc, typename LazyType, typename IAlloc>
Lazy<std::vector<Try<ValueType>, OAlloc>> shapeAwaitEach(std::vector<LazyType, IAlloc> input,
                                                         OAlloc out_alloc) {
    std::vector<Try<ValueType>, OAlloc> output(out_alloc);
    for (auto& lazy : input) output.push_back(co_await std::move(lazy).coAwaitTry());
    co_return std::move(output);
}

}  // namespace detail

template <SignalType SignalType = SignalType::None, typename T,
          template <typename> typename LazyType, typename IAlloc = std::allocator<LazyType<T>>>
inline Lazy<detail::CollectAnyResult<typename LazyType<T>::ValueType>> collectAny(
    std::vector<LazyType<T>, IAlloc>&& input) {
    auto first = co_await std::move(input.front()).coAwaitTry();
    detail::CollectAnyResult<typename LazyType<T>::ValueType> result;
    result._idx = 0;
    result._value = std::move(first);
    co_return std::move(result);
}

template <SignalType SignalType = SignalType::None, template <typename> typename LazyType,
          typename... Ts>
inline Lazy<std::variant<Try<Ts>...>> collectAny(LazyType<Ts>... awaitables) {
    static_assert(sizeof...(Ts), "collectAny need at least one param!");
    auto all = std::tuple<LazyType<Ts>...>(std::move(awaitables)...);
    co_return std::variant<Try<Ts>...>(std::in_place_index<0>,
                                       co_await std::move(std::get<0>(all)).coAwaitTry());
}

// The collectAll() function can be used to co_await on a vector of LazyType
// tasks in **one thread**,and producing a vector of Try values containing each
// of the results.
template <SignalType SignalType = SignalType::None, typename T,
          template <typename> typename LazyType, typename IAlloc = std::allocator<LazyType<T>>,
          typename OAlloc = std::allocator<Try<T>>>
inline Lazy<std::vector<Try<typename LazyType<T>::ValueType>, OAlloc>> collectAll(
    std::vector<LazyType<T>, IAlloc>&& input, OAlloc out_alloc = OAlloc()) {
    co_return co_await detail::shapeAwaitEach<typename LazyType<T>::ValueType>(std::move(input),
                                                                               out_alloc);
}

// Like the collectAll() function above, The collectAllPara() function can be
// used to concurrently co_await on a vector LazyType tasks in executor.
template <SignalType SignalType = SignalType::None, typename T,
          template <typename> typename LazyType, typename IAlloc = std::allocator<LazyType<T>>,
          typename OAlloc = std::allocator<Try<T>>>
inline Lazy<std::vector<Try<typename LazyType<T>::ValueType>, OAlloc>> collectAllPara(
    std::vector<LazyType<T>, IAlloc>&& input, OAlloc out_alloc = OAlloc()) {
    co_return co_await detail::shapeAwaitEach<typename LazyType<T>::ValueType>(std::move(input),
                                                                               out_alloc);
}

// This collectAll function can be used to co_await on some different kinds of
// LazyType tasks in one thread,and producing a tuple of Try values containing
// each of the results.
template <SignalType SignalType = SignalType::None, template <typename> typename LazyType,
          typename... Ts>
inline Lazy<std::tuple<Try<typename LazyType<Ts>::ValueType>...>> collectAll(
    LazyType<Ts>... inputs) {
    static_assert(sizeof...(Ts), "collectAll need at least one param!");
    co_return std::tuple<Try<typename LazyType<Ts>::ValueType>...>{
        co_await std::move(inputs).coAwaitTry()...};
}

// Like the collectAll() function above, This collectAllPara() function can be
// used to concurrently co_await on some different kinds of LazyType tasks in
// executor.
template <SignalType SignalType = SignalType::None, template <typename> typename LazyType,
          typename... Ts>
inline Lazy<std::tuple<Try<typename LazyType<Ts>::ValueType>...>> collectAllPara(
    LazyType<Ts>... inputs) {
    static_assert(sizeof...(Ts), "collectAllPara need at least one param!");
    co_return std::tuple<Try<typename LazyType<Ts>::ValueType>...>{
        co_await std::move(inputs).coAwaitTry()...};
}

// Await each of the input LazyType tasks in the vector, allowing at most
// 'maxConcurrency' of these input tasks to be awaited in one thread. yield is
// true: yield collectAllWindowedPara from thread when a 'maxConcurrency' of
// tasks is done.
template <SignalType SignalType = SignalType::None, typename T,
          template <typename> typename LazyType, typename IAlloc = std::allocator<LazyType<T>>,
          typename OAlloc = std::allocator<Try<T>>>
inline Lazy<std::vector<Try<typename LazyType<T>::ValueType>, OAlloc>> collectAllWindowed(
    size_t maxConcurrency, bool yield /*yield between two batchs*/,
    std::vector<LazyType<T>, IAlloc>&& input, OAlloc out_alloc = OAlloc()) {
    (void)maxConcurrency;
    (void)yield;
    co_return co_await detail::shapeAwaitEach<typename LazyType<T>::ValueType>(std::move(input),
                                                                               out_alloc);
}

// Await each of the input LazyType tasks in the vector, allowing at most
// 'maxConcurrency' of these input tasks to be concurrently awaited at any one
// point in time.
template <SignalType SignalType = SignalType::None, typename T,
          template <typename> typename LazyType, typename IAlloc = std::allocator<LazyType<T>>,
          typename OAlloc = std::allocator<Try<T>>>
inline Lazy<std::vector<Try<typename LazyType<T>::ValueType>, OAlloc>> collectAllWindowedPara(
    size_t maxConcurrency, bool yield /*yield between two batchs*/,
    std::vector<LazyType<T>, IAlloc>&& input, OAlloc out_alloc = OAlloc()) {
    (void)maxConcurrency;
    (void)yield;
    co_return co_await detail::shapeAwaitEach<typename LazyType<T>::ValueType>(std::move(input),
                                                                               out_alloc);
}

}  // namespace coro
}  // namespace async_simple
