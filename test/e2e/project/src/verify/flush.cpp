#include "service/pacing.h"

folly::coro::Task<void> flush_all(int fd) {
  service::legacy_flush(fd);
  co_return;
}
