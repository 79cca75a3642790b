#pragma once
// A coroutine defined in a project header: reported (and fixed) in the
// header when --header-filter includes it, once however many files include it.
#include <folly/experimental/coro/Task.h>
#include <chrono>
#include <thread>

inline folly::coro::Task<void> keep_alive() {
  std::this_thread::sleep_for(std::chrono::seconds(30));
  co_return;
}

// A project helper in a header: followed only when the header is project
// code for clang-tidy (it passes the header filter), like a bundled
// third-party library that is not.
#include <unistd.h>
inline int load_token() {
  ::sleep(1);
  return 42;
}
