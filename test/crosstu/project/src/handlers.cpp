#include "app/db.h"
#include "app/profile_store.h"

#include <folly/experimental/coro/Task.h>
#include <string>
#include <vector>

namespace app {
// A helper of this file whose I/O is in another one.
static std::string render(ProfileStore &store, int id) { return "<p>" + store.load(id) + "</p>"; }

folly::coro::Task<std::string> show_profile(ProfileStore &store, int id) {
  co_return store.load(id);
}

folly::coro::Task<std::string> show_page(ProfileStore &store, int id) {
  co_return render(store, id);
}

folly::coro::Task<size_t> list_profiles(ProfileStore &store, std::vector<int> ids) {
  size_t total = 0;
  for (int id : ids)
    total += store.load(id).size();
  co_return total;
}

folly::coro::Task<int> quotas(std::vector<int> users) {
  int sum = 0;
  for (int user : users)
    sum += fetch_quota(user);
  co_return sum;
}

folly::coro::Task<void> audit() {
  flush_audit_log();
  co_return;
}

// Not reported: no I/O through these, an annotation that overrides what the
// body's catalogued call says, and callers that are not coroutines.
folly::coro::Task<size_t> sizes(ProfileStore &store) {
  co_return store.cached_size() + store.peek(1).size();
}

std::string sync_profile(ProfileStore &store) { return store.load(7); }

folly::coro::Task<int> row_count(const PGresult *result) { co_return count_rows(result); }
} // namespace app
