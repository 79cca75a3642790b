#include "service/pacing.h"

folly::coro::Task<void> nightly() {
  co_await service::pace_requests();
  co_return;
}
