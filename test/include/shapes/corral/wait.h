// Upstream: hudson-trading/corral, master at commit 5d1153705395640c9f9f8c91e242c9932cd0bd0e
//           (2026-08-12; the repository has no tags)
// Mirrors:  corral/wait.h (anyOf, allOf, mostOf; variadic and range forms)
//
//   co_await corral::allOf(a, b, ...)   -> std::tuple<R...>  (void -> corral::detail::Void)
//   co_await corral::allOf(range)       -> std::vector<R>
//   co_await corral::anyOf(a, b, ...)   -> std::tuple<Optional<R>...>  (first to finish wins,
//                                          the rest are cancelled)
//   co_await corral::anyOf(range)       -> std::vector<Optional<R>>
//   co_await corral::mostOf(a, b, ...)  -> std::tuple<Optional<R>...>
// Operands are awaitables (corral::Task<T>, other awaiters); allOf runs them concurrently.
// Upstream Optional<T> is corral's own optional (corral/detail/Optional.h); the shape uses
// std::optional. Error-policy template parameters are kept but not modelled.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <exception>
#include <optional>
#include <ranges>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "concepts.h"
#include "detail/utility.h"

namespace corral {
namespace detail {
struct DefaultErrorPolicy {};

template <class T>
using Optional = std::optional<T>;

template <class Aw>
using AwaitableReturnType = InhabitedType<AwaitResult<Aw>>;

template <class Aw>
AwaitableReturnType<Aw> shapeResult() {
    std::terminate();
}

template <class Result>
struct ShapeMuxAwaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(Handle) {}
    Result await_resume() && { std::terminate(); }
    Result await_resume() & { std::terminate(); }
};
}  // namespace detail

/// Run multiple awaitables concurrently. Upon completion of any one, request
/// cancellation of the rest.
template <class Policy = detail::Unspecified, Awaitable... Ts>
Awaitable auto anyOf(Ts&&...) {
    return detail::ShapeMuxAwaiter<std::tuple<detail::Optional<detail::AwaitableReturnType<Ts>>...>>{};
}

/// Same as above, but for variable-length ranges of awaitables.
template <class Policy = detail::Unspecified, AwaitableRange<> Range>
Awaitable auto anyOf(Range&&) {
    using T = decltype(*std::begin(std::declval<Range&>()));
    return detail::ShapeMuxAwaiter<std::vector<detail::Optional<detail::AwaitableReturnType<T>>>>{};
}

/// Run multiple awaitables concurrently; once all of them complete,
/// return a std::tuple<R...> of the results.
template <class Policy = detail::Unspecified, Awaitable... Ts>
Awaitable auto allOf(Ts&&...) {
    return detail::ShapeMuxAwaiter<std::tuple<detail::AwaitableReturnType<Ts>...>>{};
}

/// Same as above, but for variable-length ranges of awaitables.
/// Returns a vector<R>.
template <class Policy = detail::DefaultErrorPolicy, AwaitableRange<> Range>
Awaitable auto allOf(Range&&) {
    using T = decltype(*std::begin(std::declval<Range&>()));
    return detail::ShapeMuxAwaiter<std::vector<detail::AwaitableReturnType<T>>>{};
}

/// Run multiple awaitables concurrently; once all of them complete
/// or are cancelled, return a tuple of the available results.
template <class Policy = detail::DefaultErrorPolicy, Awaitable... Ts>
Awaitable auto mostOf(Ts&&...) {
    return detail::ShapeMuxAwaiter<std::tuple<detail::Optional<detail::AwaitableReturnType<Ts>>...>>{};
}

/// Same as above, but for variable-length ranges of awaitables.
template <class Policy = detail::DefaultErrorPolicy, AwaitableRange<> Range>
Awaitable auto mostOf(Range&&) {
    using T = decltype(*std::begin(std::declval<Range&>()));
    return detail::ShapeMuxAwaiter<std::vector<detail::Optional<detail::AwaitableReturnType<T>>>>{};
}

}  // namespace corral
