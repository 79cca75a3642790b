// Smoke test for the folly API-shape headers (test/include/shapes/folly).
// Check: clang++-19 -std=c++20 -fsyntax-only -Wall -Wextra -Werror
//          -isystem test/include/shapes test/include/shapes/smoke/folly_smoke.cpp
#include <folly/experimental/coro/BlockingWait.h>
#include <folly/experimental/coro/Collect.h>
#include <folly/experimental/coro/Sleep.h>
#include <folly/experimental/coro/Task.h>
#include <folly/Unit.h>

// The new (post-move) paths exist at the pinned tag as well.
#include <folly/coro/BlockingWait.h>
#include <folly/coro/Collect.h>
#include <folly/coro/Sleep.h>
#include <folly/coro/Task.h>

#include <chrono>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

using namespace std::chrono_literals;

static_assert(std::is_same_v<folly::HighResDuration, std::chrono::microseconds>);
static_assert(std::is_same_v<folly::lift_unit_t<void>, folly::Unit>);
static_assert(std::is_same_v<folly::coro::semi_await_result_t<folly::coro::Task<int>>, int>);
static_assert(std::is_same_v<folly::coro::semi_await_result_t<folly::coro::Task<int&>>, int&>);
static_assert(std::is_same_v<folly::coro::semi_await_result_t<folly::coro::Task<>>, void>);
static_assert(std::is_same_v<
              decltype(folly::coro::collectAll(
                  std::declval<folly::coro::Task<int>>(),
                  std::declval<folly::coro::Task<void>>())),
              folly::coro::Task<std::tuple<int, folly::Unit>>>);
static_assert(std::is_same_v<
              decltype(folly::coro::sleep(1ms)), folly::coro::Task<void>>);

folly::coro::Task<int> getInt() { co_return 42; }
folly::coro::Task<std::string> getString() { co_return "hello"; }
folly::coro::Task<void> doVoid() { co_return; }
folly::coro::Task<> doVoidDefault() { co_await doVoid(); }
folly::coro::Task<int&> getRef() {
  static int x = 1;
  co_return x;
}

folly::coro::Task<int> service() {
  // Plain co_await of Task<U> inside Task<T>.
  int a = co_await getInt();
  decltype(auto) s = co_await getString();
  static_assert(std::is_same_v<decltype(s), std::string>);
  co_await doVoid();
  co_await doVoidDefault();
  int& r = co_await getRef();

  // Sleep: Task<void> sleep(HighResDuration, Timekeeper* = nullptr).
  co_await folly::coro::sleep(std::chrono::milliseconds(10));
  co_await folly::coro::sleep(5ms, nullptr);
  co_await folly::coro::sleepReturnEarlyOnCancel(1s);

  // collectAll with a void operand -> std::tuple<int, folly::Unit>.
  auto [x, u] = co_await folly::coro::collectAll(getInt(), doVoid());
  static_assert(std::is_same_v<decltype(x), int>);
  static_assert(std::is_same_v<decltype(u), folly::Unit>);
  decltype(auto) tup =
      co_await folly::coro::collectAll(getInt(), getString(), doVoid());
  static_assert(
      std::is_same_v<decltype(tup), std::tuple<int, std::string, folly::Unit>>);
  auto [rr] = co_await folly::coro::collectAll(getRef());
  static_assert(std::is_same_v<decltype(std::get<0>(
                                   std::declval<std::tuple<int&>&>())), int&>);
  (void)rr;
  decltype(auto) none = co_await folly::coro::collectAll();
  static_assert(std::is_same_v<decltype(none), std::tuple<>>);

  // collectAllRange / collectAllWindowed on std::vector<Task<T>>.
  std::vector<folly::coro::Task<int>> tasks;
  tasks.push_back(getInt());
  tasks.push_back(getInt());
  decltype(auto) values = co_await folly::coro::collectAllRange(std::move(tasks));
  static_assert(std::is_same_v<decltype(values), std::vector<int>>);

  std::vector<folly::coro::Task<void>> voidTasks;
  voidTasks.push_back(doVoid());
  co_await folly::coro::collectAllRange(std::move(voidTasks));
  static_assert(std::is_same_v<
                decltype(folly::coro::collectAllRange(
                    std::declval<std::vector<folly::coro::Task<void>>>())),
                folly::coro::Task<void>>);

  std::vector<folly::coro::Task<int>> windowed;
  windowed.push_back(getInt());
  std::vector<int> w =
      co_await folly::coro::collectAllWindowed(std::move(windowed), 4);
  std::vector<folly::coro::Task<void>> voidWindowed;
  voidWindowed.push_back(doVoid());
  co_await folly::coro::collectAllWindowed(std::move(voidWindowed), 2);

  std::vector<folly::coro::Task<int&>> refTasks;
  refTasks.push_back(getRef());
  decltype(auto) refs = co_await folly::coro::collectAllRange(std::move(refTasks));
  static_assert(
      std::is_same_v<decltype(refs), std::vector<std::reference_wrapper<int>>>);

  co_return a + r + x + static_cast<int>(s.size() + values.size() + w.size());
}

int main() {
  // blockingWait is a function object (blocking_wait_fn), not a function.
  int v = folly::coro::blockingWait(service());
  folly::coro::blockingWait(doVoid());
  static_assert(std::is_same_v<decltype(folly::coro::blockingWait(getRef())), int&>);
  auto [i, s] = folly::coro::blockingWait(folly::coro::collectAll(getInt(), getString()));
  return v + i + static_cast<int>(s.size());
}
