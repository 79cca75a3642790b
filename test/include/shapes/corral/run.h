// Upstream: hudson-trading/corral, master at commit 5d1153705395640c9f9f8c91e242c9932cd0bd0e
//           (2026-08-12; the repository has no tags)
// Mirrors:  corral/run.h
//
// corral::run(eventLoop, awaitable) "Run a task or other awaitable from non-async
// context, using the given event loop (which must not already be running). This is the
// entry point into corral for your application." It BLOCKS (runs the event loop until
// the awaitable completes) and must not be called from a corral task.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <exception>
#include <type_traits>
#include <utility>

#include "concepts.h"

namespace corral {

/// Run a task or other awaitable from non-async context.
template <class EventLoop, class Awaitable>
decltype(auto) run(EventLoop& eventLoop, Awaitable&& awaitable) {
    (void)eventLoop;
    auto&& aw = detail::getAwaiter(std::forward<Awaitable>(awaitable));
    using R = decltype(aw.await_resume());
    if constexpr (std::is_void_v<R>) {
        return;
    } else {
        std::terminate();
    }
}

}  // namespace corral
