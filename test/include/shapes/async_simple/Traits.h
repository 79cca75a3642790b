// Upstream: alibaba/async_simple, tag 1.4 (commit 1a5579d2f2d63a54cd7e1882b310b6a38a670d4b)
// Mirrors:  async_simple/Traits.h (IsFuture only)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <type_traits>

namespace async_simple {

template <typename T>
class Future;

template <typename T>
struct IsFuture : std::false_type {
    using Inner = T;
};

template <typename T>
struct IsFuture<Future<T>> : std::true_type {
    using Inner = T;
};

}  // namespace async_simple
