// Smoke test for the libcoro API-shape headers (test/include/shapes/coro).
// Check: clang++-19 -std=c++20 -fsyntax-only -Wall -Wextra -Werror
//          -isystem test/include/shapes test/include/shapes/smoke/libcoro_smoke.cpp
#include <coro/coro.hpp>

#include <chrono>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

using namespace std::chrono_literals;
using coro::detail::void_value;
using coro::detail::when_all_task;

coro::task<int> getInt() { co_return 5; }
coro::task<std::string> getString() { co_return std::string("xy"); }
coro::task<> doVoid() { co_return; }
coro::task<void> doVoid2() { co_return; }

coro::generator<int> counter(int n) {
  for (int i = 0; i < n; ++i) co_yield i;
}

static_assert(coro::concepts::awaitable<coro::task<int>>);
static_assert(std::is_same_v<coro::concepts::awaitable_traits<coro::task<int>>::awaiter_return_type, int&&>);
static_assert(std::is_same_v<coro::concepts::awaitable_traits<coro::task<int>&>::awaiter_return_type, const int&>);
static_assert(std::is_same_v<decltype(coro::sync_wait(getInt())), int&&>);
static_assert(std::is_same_v<decltype(coro::sync_wait(std::declval<coro::task<int>&>())), const int&>);
static_assert(std::is_same_v<decltype(coro::sync_wait(doVoid())), void>);
static_assert(std::is_same_v<
              decltype(coro::sync_wait(coro::when_all(getInt(), doVoid()))),
              std::tuple<when_all_task<int&&>, when_all_task<void>>&&>);

coro::task<int> service(coro::thread_pool& tp, coro::io_scheduler& io) {
  co_await tp.schedule();
  co_await tp.yield();
  co_await io.schedule();
  co_await io.yield();
  co_await io.yield_for(std::chrono::milliseconds{10});
  co_await io.yield_for(10ms);
  co_await io.schedule_after(5ms);
  co_await io.yield_until(coro::clock::now() + 1ms);
  co_await io.schedule_at(coro::clock::now());
  io.schedule(doVoid2());

  int a = co_await getInt();                 // rvalue task<T> -> T&&
  std::string s = co_await getString();
  co_await doVoid();
  coro::task<int> lv = getInt();
  decltype(auto) lvr = co_await lv;          // lvalue task<T> -> const T&
  static_assert(std::is_same_v<decltype(lvr), const int&>);

  int fromPool = co_await tp.schedule([](int x) { return x * 2; }, 21);

  // Variadic when_all: tuple of when_all_task<R>; read via .return_value().
  auto [ra, rv, rs] = co_await coro::when_all(getInt(), doVoid(), getString());
  static_assert(std::is_same_v<decltype(ra), when_all_task<int&&>>);
  static_assert(std::is_same_v<decltype(rv), when_all_task<void>>);
  static_assert(std::is_same_v<decltype(rs), when_all_task<std::string&&>>);
  static_assert(std::is_same_v<decltype(ra.return_value()), int&>);
  static_assert(std::is_same_v<decltype(rv.return_value()), void_value>);
  int x = ra.return_value();
  std::string xs = rs.return_value();
  (void)rv.return_value();

  // co_await on the temporary when_all awaitable yields an rvalue reference
  // into that temporary (upstream semantics): bind with plain `auto` (moves),
  // never auto&& / decltype(auto).
  static_assert(std::is_same_v<
                coro::concepts::awaitable_traits<decltype(coro::when_all(getInt(), getString()))>::awaiter_return_type,
                std::tuple<when_all_task<int&&>, when_all_task<std::string&&>>&&>);
  auto results = co_await coro::when_all(getInt(), getString());
  int y = std::get<0>(results).return_value();

  // when_all(std::vector<task<T>>) -> std::vector<when_all_task<T&&>>&&
  std::vector<coro::task<int>> tasks;
  tasks.emplace_back(getInt());
  tasks.emplace_back(getInt());
  auto vec = co_await coro::when_all(std::move(tasks));
  static_assert(std::is_same_v<decltype(vec), std::vector<when_all_task<int&&>>>);
  int sum = 0;
  for (auto& r : vec) sum += r.return_value();
  for (const auto& r : vec) sum += r.return_value();

  std::vector<coro::task<void>> vtasks;
  vtasks.emplace_back(doVoid());
  auto vvec = co_await coro::when_all(std::move(vtasks));
  for (auto& r : vvec) (void)r.return_value();

  for (int i : counter(3)) sum += i;

  co_return a + lvr + fromPool + x + y + sum +
      static_cast<int>(s.size() + xs.size());
}

int main() {
  coro::thread_pool tp{coro::thread_pool::options{.thread_count = 2}};
  coro::thread_pool tp_default;
  coro::io_scheduler io{};
  coro::io_scheduler io_manual{coro::io_scheduler::options{
      .thread_strategy = coro::io_scheduler::thread_strategy_t::manual}};
  (void)io_manual.process_events(std::chrono::milliseconds{0});

  int total = coro::sync_wait(service(tp, io));
  coro::sync_wait(doVoid());
  auto tuple_results = coro::sync_wait(coro::when_all(getInt(), getString()));
  int first = std::get<0>(tuple_results).return_value();
  std::string second = std::get<1>(tuple_results).return_value();
  return (total + first + static_cast<int>(second.size() + tp.thread_count() +
                                           tp_default.thread_count() * 0)) % 256;
}
