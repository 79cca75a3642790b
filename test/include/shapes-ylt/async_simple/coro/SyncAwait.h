// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858),
//           bundled copy of async_simple (API identical to alibaba/async_simple tag 1.4;
//           only FutureAwaiter.h message text and MoveWrapper [[deprecated]] differ)
// Mirrors:  include/ylt/thirdparty/async_simple/coro/SyncAwait.h
//
// syncAwait BLOCKS the calling thread until the Lazy completes (upstream waits on a
// util::Condition; it logicAsserts "do not sync await in the same executor with
// Lazy"). Inside a Lazy, `co_await lazy` is the non-blocking form.
// Upstream SyncAwait.h does not include Lazy.h.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <type_traits>
#include <utility>

#include "async_simple/Executor.h"
#include "async_simple/Try.h"

namespace async_simple {
namespace coro {

template <typename LazyType>
inline auto syncAwait(LazyType&& lazy) {
    using ValueType = typename std::decay_t<LazyType>::ValueType;
    Try<ValueType> value;
    std::move(std::forward<LazyType>(lazy)).start([&value](Try<ValueType> result) {
        value = std::move(result);
    });
    return std::move(value).value();
}

template <typename LazyType>
inline auto syncAwait(LazyType&& lazy, Executor* ex) {
    return syncAwait(std::move(std::forward<LazyType>(lazy)).via(ex));
}

}  // namespace coro
}  // namespace async_simple
