// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858),
//           bundled copy of async_simple (API identical to alibaba/async_simple tag 1.4;
//           only FutureAwaiter.h message text and MoveWrapper [[deprecated]] differ)
// Mirrors:  include/ylt/thirdparty/async_simple/Traits.h (IsFuture only)
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
