// folly::coro (API shape of folly v2024.07.08.00): sleeps become
// folly::coro::sleep, blockingWait becomes co_await.
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -isystem %shapes

#include <folly/experimental/coro/BlockingWait.h>
#include <folly/experimental/coro/Task.h>
#include <chrono>
#include <thread>
// folly::coro::sleep is not declared yet: the fix includes it, once, in
// sort order, from <folly/coro/...> (folly since v2024.07.08.00; the
// experimental/ paths are gone from v2026.05.04.00).
// CHECK-FIXES: #include <folly/coro/Sleep.h>
// CHECK-FIXES-NEXT: #include <folly/experimental/coro/BlockingWait.h>
// CHECK-FIXES-NEXT: #include <folly/experimental/coro/Task.h>

using namespace std::chrono_literals;

folly::coro::Task<int> fetch_score(int user);

folly::coro::Task<int> rank(int user) {
  std::this_thread::sleep_for(20ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for' inside coroutine 'rank' stalls its executor thread; use 'co_await' on an asynchronous timer [async-blocking-call-in-coroutine]
  // CHECK-FIXES: co_await folly::coro::sleep(20ms);
  int score = folly::coro::blockingWait(fetch_score(user));
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking call 'folly::coro::blockingWait' inside coroutine 'rank' stalls its executor thread; 'co_await' the awaitable instead
  // CHECK-FIXES: int score = co_await fetch_score(user);
  co_return score;
}

folly::coro::Task<void> no_lossless_conversion() {
  // folly's HighResDuration is microseconds: nanoseconds do not convert
  // implicitly, and neither does a floating-point duration.
  std::this_thread::sleep_for(std::chrono::nanoseconds(1500));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for'
  // CHECK-FIXES: std::this_thread::sleep_for(std::chrono::nanoseconds(1500));
  std::this_thread::sleep_for(std::chrono::duration<double>(0.5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for'
  // CHECK-FIXES: std::this_thread::sleep_for(std::chrono::duration<double>(0.5));
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for'
  // CHECK-FIXES: co_await folly::coro::sleep(std::chrono::seconds(1));
  co_return;
}

// blockingWait outside a coroutine is how folly programs start: fine. (It
// waits for a coroutine defined elsewhere: one run only from here would be
// the program's driver, see driver-coroutine.cpp.)
folly::coro::Task<int> serve();
int main() { return folly::coro::blockingWait(serve()); }
