#include "app/migrate.h"

#include <folly/experimental/coro/BlockingWait.h>

namespace app {
// A coroutine of the service that awaits reload_settings: it is not run
// by a blocking wait alone.
folly::coro::Task<void> on_hangup() { co_await reload_settings(); }
} // namespace app

int main() {
  folly::coro::blockingWait(app::migrate_schema());
  folly::coro::blockingWait(app::reload_settings());
}
