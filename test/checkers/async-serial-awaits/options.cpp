// MinGroupSize, ConcurrencySafeTypes, IgnoredAwaitables, and
// ExplainDependencies (a remark per await that could not join a run, naming
// the rule).
// RUN: %check_async_tidy --fix-notes --check-suffixes=DEFAULT %s async-serial-awaits %t -- -- -isystem %shapes
// RUN: %check_async_tidy --fix-notes --check-suffixes=OPTIONS %s async-serial-awaits %t.options -- \
// RUN:   -config="{CheckOptions: {async-serial-awaits.MinGroupSize: 3, async-serial-awaits.ConcurrencySafeTypes: 'app::Gateway', async-serial-awaits.IgnoredAwaitables: 'app::audit'}}" \
// RUN:   -- -isystem %shapes
// RUN: %clang_tidy_plugin -checks='-*,async-serial-awaits' -config="{CheckOptions: {async-serial-awaits.ExplainDependencies: true}}" \
// RUN:   %s -- -std=c++20 -isystem %shapes 2>&1 | %filecheck %s --check-prefix=EXPLAIN

#include <folly/experimental/coro/Task.h>

namespace app {
struct Gateway { folly::coro::Task<int> complete(int prompt); };
folly::coro::Task<int> fetch(int id);
folly::coro::Task<void> audit(int id);
} // namespace app

folly::coro::Task<int> two(int id) {
  auto a = co_await app::fetch(id);
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:12: warning: 2 independent awaits in 'two'
  auto b = co_await app::fetch(id + 1);
  co_return a + b + 1;
}

folly::coro::Task<int> one_gateway(app::Gateway &llm) {
  // A gateway object is one receiver: dependent, unless declared safe.
  auto a = co_await llm.complete(1);
  // CHECK-MESSAGES-OPTIONS: :[[@LINE-1]]:12: warning: 3 independent awaits in 'one_gateway'
  // EXPLAIN: options.cpp:[[@LINE+1]]:12: remark: await of 'complete' depends on the await of 'complete' before it (same-receiver: both use 'llm', which runs one operation at a time; if 'app::Gateway' takes concurrent requests, add it to ConcurrencySafeTypes)
  auto b = co_await llm.complete(2);
  // EXPLAIN: options.cpp:[[@LINE+1]]:12: remark: await of 'complete' depends on the await of 'complete' before it (same-receiver
  auto c = co_await llm.complete(3);
  co_return a + b + c + 1;
}

folly::coro::Task<int> ignored(int id) {
  co_await app::audit(id); // Never grouped when ignored.
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: 2 independent awaits in 'ignored'
  auto a = co_await app::fetch(id);
  // EXPLAIN: options.cpp:[[@LINE+1]]:12: remark: await of 'fetch' depends on the await of 'fetch' before it (reads-earlier-result: it reads 'a', which the earlier statement sets)
  auto b = co_await app::fetch(a);
  co_return b;
}
