#include "service/pacing.h"

folly::coro::Task<void> broken() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  co_return undeclared_value;
}
