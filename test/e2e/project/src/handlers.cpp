#include "service/pacing.h"

#include <folly/experimental/coro/Task.h>
#include <string>

folly::coro::Task<std::string> get_profile(int user);
folly::coro::Task<int> load_history(int user);

folly::coro::Task<std::string> dashboard(int user) {
  auto profile = co_await get_profile(user);
  int history = co_await load_history(user);
  co_return profile + std::to_string(history);
}

folly::coro::Task<void> throttle() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  std::this_thread::sleep_for(std::chrono::seconds(2)); // NOLINT(async-blocking-call-in-coroutine)
  co_await service::pace_requests();
}
