// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858),
//           bundled copy of async_simple (API identical to alibaba/async_simple tag 1.4;
//           only FutureAwaiter.h message text and MoveWrapper [[deprecated]] differ)
// Mirrors:  include/ylt/thirdparty/async_simple/coro/Sleep.h
//
// Upstream: sleep(dur) with no executor bound to the Lazy falls back to
//   std::this_thread::sleep_for(dur);   // blocks the thread
// otherwise it awaits ex->after(dur, schedule_hint, slot).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <chrono>
#include <cstdint>

#include "async_simple/Executor.h"
#include "async_simple/coro/Lazy.h"

namespace async_simple {
namespace coro {

template <typename Rep, typename Period>
Lazy<void> sleep(Executor* ex, std::chrono::duration<Rep, Period> dur, uint64_t schedule_hint) {
    co_await ex->after(std::chrono::duration_cast<Executor::Duration>(dur), schedule_hint, nullptr);
}

template <typename Rep, typename Period>
Lazy<void> sleep(Executor* ex, std::chrono::duration<Rep, Period> dur) {
    return sleep(ex, dur, static_cast<uint64_t>(async_simple::Executor::Priority::DEFAULT));
}

template <typename Rep, typename Period>
Lazy<void> sleep(std::chrono::duration<Rep, Period> dur, uint64_t schedule_hint) {
    auto ex = co_await CurrentExecutor();
    if (!ex) {
        co_return;  // upstream: std::this_thread::sleep_for(dur)
    }
    co_return co_await sleep(ex, dur, schedule_hint);
}

template <typename Rep, typename Period>
Lazy<void> sleep(std::chrono::duration<Rep, Period> dur) {
    return sleep(dur, static_cast<uint64_t>(async_simple::Executor::Priority::DEFAULT));
}

}  // namespace coro
}  // namespace async_simple
