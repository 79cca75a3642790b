// folly::coro (API shape of folly v2024.07.08.00): collectAll, with a
// void operand's folly::Unit element bound to a fresh name.
// RUN: %check_async_tidy --fix-notes %s async-serial-awaits %t -- -- -isystem %shapes

#include <folly/experimental/coro/Task.h>
#include <string>
// CHECK-FIXES: #include <folly/coro/Collect.h>
// CHECK-FIXES-NEXT: #include <folly/experimental/coro/Task.h>

folly::coro::Task<std::string> get_profile(int user);
folly::coro::Task<int> load_history(int user);
folly::coro::Task<void> record_visit(int user);

folly::coro::Task<std::string> dashboard(int user) {
  auto profile = co_await get_profile(user);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 3 independent awaits in 'dashboard' run one after another ('get_profile', 'record_visit', 'load_history'); {{.*}} [async-serial-awaits]
  co_await record_visit(user);
  int history = co_await load_history(user);
  // CHECK-FIXES: {{^}}  auto [profile, unused, history] = co_await folly::coro::collectAll(get_profile(user), record_visit(user), load_history(user));
  co_return profile + std::to_string(history);
}

folly::coro::Task<void> only_effects(int user) {
  co_await record_visit(user);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 2 independent awaits in 'only_effects'
  co_await record_visit(user + 1);
  // CHECK-FIXES: {{^}}  co_await folly::coro::collectAll(record_visit(user), record_visit(user + 1));
}

// Assigned and returned by name: fresh tuple bindings, moved on in place.
folly::coro::Task<std::string> refresh(int user, int &history) {
  std::string profile = co_await get_profile(user);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 2 independent awaits in 'refresh'
  // CHECK-FIXES: {{^}}  auto [profile_value, history_value] = co_await folly::coro::collectAll(get_profile(user), load_history(user));
  // CHECK-FIXES-NEXT: {{^}}  auto profile = std::move(profile_value);
  history = co_await load_history(user);
  // CHECK-FIXES: {{^}}  history = std::move(history_value);
  co_return profile;
}
