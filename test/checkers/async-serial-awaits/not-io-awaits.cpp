// Awaits that are not I/O are no members of a serial run: a query of the
// current executor returns at once (a value between two requests), a
// yield orders what follows, and so does a race (which operand won
// decides what comes next). Without this, each of them made a false group
// with the request next to it (async_simple, API shape of 1.4).
// RUN: %check_async_tidy --fix-notes %s async-serial-awaits %t -- -- -isystem %shapes

#include <async_simple/coro/Collect.h>
#include <async_simple/coro/Lazy.h>

using namespace async_simple;
using namespace async_simple::coro;

Lazy<int> fetch(int id);

// The query between the two requests does not end their run.
Lazy<int> with_executor() {
  // CHECK-MESSAGES: :[[@LINE+1]]:12: warning: 2 independent awaits in 'with_executor' run one after another ('fetch', 'fetch'); running them concurrently makes the latency the longest of them instead of their sum [async-serial-awaits]
  auto a = co_await fetch(1);
  auto *ex = co_await CurrentExecutor{};
  auto b = co_await fetch(2);
  co_return a + b + (ex != nullptr);
}
// CHECK-FIXES: auto [a_result, b_result] = co_await async_simple::coro::collectAll(fetch(1), fetch(2));
// CHECK-FIXES-NEXT: auto a = std::move(a_result).value();
// CHECK-FIXES-NEXT: auto b = std::move(b_result).value();
// CHECK-FIXES-NEXT: auto *ex = co_await CurrentExecutor{};
// CHECK-FIXES-NEXT: co_return a + b + (ex != nullptr);

// One request and a query: no run.
Lazy<int> executor_then_fetch() {
  auto *ex = co_await CurrentExecutor{};
  auto a = co_await fetch(1);
  co_return a + (ex != nullptr);
}

// A yield orders what follows it.
Lazy<int> yielding() {
  auto a = co_await fetch(1);
  co_await Yield{};
  auto b = co_await fetch(2);
  co_return a + b;
}

// A race orders what follows it.
Lazy<int> racing() {
  auto first = co_await collectAny(fetch(1), fetch(2));
  auto b = co_await fetch(3);
  co_return b + static_cast<int>(first.index());
}
