#include "app/profile_service.h"

#include <folly/experimental/coro/Task.h>
#include <string>

namespace app {
// Two awaits on one object: independent only because the summaries say
// neither method changes it.
folly::coro::Task<std::string> card(ProfileService &service, int id) {
  std::string name = co_await service.name(id);
  int visits = co_await service.visits(id);
  co_return name + std::to_string(visits);
}

// The annotation says so, without any summary file.
folly::coro::Task<int> scores(ProfileService &service, int id) {
  int first = co_await service.score(id);
  int second = co_await service.score(id + 1);
  co_return first + second;
}

// Not reported: 'rename' changes the object the next await reads.
folly::coro::Task<std::string> renamed(ProfileService &service, int id) {
  co_await service.rename(id, "new");
  std::string name = co_await service.name(id);
  co_return name;
}
// Not reported here: the awaited coroutine blocks its own executor, which
// is reported in its own body (profile_service.cpp).
folly::coro::Task<int> archive_all(ProfileService &service, int id) {
  co_return co_await service.archive(id);
}

// With the summaries, 'require_member' (defined elsewhere) is a check: it
// throws to reject, so the profile is read only once it passed. Without
// them, nothing says so, and the pair is reported.
folly::coro::Task<std::string> member_card(ProfileService &service, int id) {
  co_await require_member(id);
  std::string name = co_await service.name(id);
  co_return name;
}

// 'count_view' throws nothing: the pair is reported either way.
folly::coro::Task<std::string> counted_card(ProfileService &service, int id) {
  co_await count_view(id);
  std::string name = co_await service.name(id);
  co_return name;
}
} // namespace app
