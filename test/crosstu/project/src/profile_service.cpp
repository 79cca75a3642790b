#include "app/profile_service.h"

#include <stdexcept>
#include <unistd.h>

namespace app {
folly::coro::Task<std::string> ProfileService::name(int id) {
  co_return prefix_ + std::to_string(id);
}

folly::coro::Task<int> ProfileService::visits(int id) { co_return id * 2; }

folly::coro::Task<void> ProfileService::rename(int id, std::string name) {
  ++renames_;
  co_return;
}
folly::coro::Task<int> ProfileService::archive(int id) {
  ::usleep(100);
  co_return id;
}

folly::coro::Task<void> require_member(int id) {
  if (id < 0)
    throw std::invalid_argument("not a member");
  co_return;
}

folly::coro::Task<void> count_view(int id) { co_return; }
} // namespace app
