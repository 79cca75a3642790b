#pragma once
#include <folly/experimental/coro/Task.h>
#include <string>
namespace acme {
std::string legacy_http_get(const std::string &url);
void warm_up();
struct Cache { void flush_sync(); };
struct Db {
  int query_sync(const std::string &sql);
  folly::coro::Task<int> query(const std::string &sql);
};
} // namespace acme
