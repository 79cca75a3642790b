// Upstream: facebook/folly, tag v2024.07.08.00
//   (commit b0d11fa422d9715fbd2936932a0ad61e10efcaf3)
// Mirrors:  folly/coro/Sleep.h, folly/coro/Sleep-inl.h
//           (folly::Timekeeper is forward-declared as in
//           folly/futures/Future-pre.h; HighResDuration comes from
//           folly/futures/detail/Types.h)
// API shape for tests: declarations match upstream; bodies are not the real implementation (these sleeps complete immediately).
#pragma once

#include <folly/coro/Task.h>
#include <folly/futures/detail/Types.h>

namespace folly {

class Timekeeper;

namespace coro {

/// Return a task that, when awaited, will sleep for the specified duration.
Task<void> sleep(HighResDuration d, Timekeeper* tk = nullptr);

/// Like sleep(), but completes early (without error) on cancellation.
Task<void> sleepReturnEarlyOnCancel(
    HighResDuration d, Timekeeper* tk = nullptr);

inline Task<void> sleep(HighResDuration, Timekeeper*) {
  co_return;
}

inline Task<void> sleepReturnEarlyOnCancel(HighResDuration, Timekeeper*) {
  co_return;
}

} // namespace coro
} // namespace folly
