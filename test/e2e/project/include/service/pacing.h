// Shared by every translation unit: its finding must be reported once, and
// its fix (with the #include it adds) applied once.
#pragma once

#include <folly/experimental/coro/Sleep.h>
#include <folly/experimental/coro/Task.h>
#include <chrono>
#include <thread>

namespace service {

inline folly::coro::Task<void> pace_requests() {
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  co_return;
}

// A blocking helper that the test-only catalog of src/verify/ pairs with an
// async twin taking other arguments: its fix does not compile, and --verify
// must roll it back.
inline void legacy_flush(int fd) { (void)fd; }
folly::coro::Task<void> legacy_flush_async(const char *path);

// Named differently by the identifier-naming configurations of src/ and
// src/tools/: the same finding with two different fixes.
inline int legacyRetryBudget = 3;

} // namespace service
