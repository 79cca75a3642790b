// Profile pages, served by coroutines defined in src/profile_service.cpp.
#pragma once
#include <async_tidy/annotations.h>
#include <folly/experimental/coro/Task.h>
#include <string>

namespace app {
class ProfileService {
public:
  folly::coro::Task<std::string> name(int id); // reads the object only
  folly::coro::Task<int> visits(int id);       // reads the object only
  // Declared safe by the team: its definition is not in this project.
  ASYNC_TIDY_CONCURRENCY_SAFE folly::coro::Task<int> score(int id);
  folly::coro::Task<void> rename(int id, std::string name); // changes it
  folly::coro::Task<int> archive(int id); // blocks: its own finding

private:
  std::string prefix_ = "user-";
  int renames_ = 0;
};

// Checks made before a page is served, defined in src/profile_service.cpp.
folly::coro::Task<void> require_member(int id); // throws to reject
folly::coro::Task<void> count_view(int id);     // throws nothing
} // namespace app
