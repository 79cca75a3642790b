#include "app/migrate.h"

#include <fstream>
#include <string>
#include <unistd.h>

namespace app {
// Awaited only by migrate_schema: run by main's blocking wait through it.
static folly::coro::Task<void> apply_file(std::string path) {
  std::ifstream script(path);
  co_return;
}

folly::coro::Task<void> migrate_schema() {
  ::usleep(100);
  co_await apply_file("schema.sql");
}

folly::coro::Task<void> reload_settings() {
  ::usleep(100);
  co_return;
}
} // namespace app
