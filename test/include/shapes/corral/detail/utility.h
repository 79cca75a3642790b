// Upstream: hudson-trading/corral, master at commit 5d1153705395640c9f9f8c91e242c9932cd0bd0e
//           (2026-08-12; the repository has no tags)
// Mirrors:  corral/detail/utility.h (Void, InhabitedType, CoAwaitFactory)
//
// corral::detail::Void stands for void in result tuples/vectors
// (InhabitedType<void> = Void).
#pragma once

#include <type_traits>

namespace corral::detail {

/// A dummy type used instead of void when temporarily storing results
/// of awaitables, to allow void results to be stored without specialization.
struct Void {};

template <class T>
using InhabitedType = std::conditional_t<std::is_same_v<T, void>, Void, T>;

/// `co_await factory` constructs a fresh T (corral::yield, corral::suspendForever).
template <class T>
class CoAwaitFactory {
public:
    T operator co_await() const noexcept { return T{}; }
};

}  // namespace corral::detail
