#pragma once

#include <folly/experimental/coro/Task.h>

namespace app {
// Run once by main (main.cpp) through a blocking wait, before the service
// starts: its blocking calls hold up only the start.
folly::coro::Task<void> migrate_schema();
// Run by main, and awaited by a signal handler's coroutine as well.
folly::coro::Task<void> reload_settings();
} // namespace app
