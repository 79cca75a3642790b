// Smoke test for the cppcoro API-shape headers (test/include/shapes/cppcoro).
// Check: clang++-19 -std=c++20 -fsyntax-only -Wall -Wextra -Werror
//          -isystem test/include/shapes test/include/shapes/smoke/cppcoro_smoke.cpp
#include <cppcoro/async_generator.hpp>
#include <cppcoro/generator.hpp>
#include <cppcoro/shared_task.hpp>
#include <cppcoro/static_thread_pool.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <cppcoro/when_all.hpp>

#include <functional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

using cppcoro::detail::void_value;

cppcoro::task<int> getInt() { co_return 7; }
cppcoro::task<std::string> getString() { co_return std::string("abc"); }
cppcoro::task<> doVoid() { co_return; }
cppcoro::task<int&> getRef() {
  static int x = 3;
  co_return x;
}
cppcoro::shared_task<int> shared() { co_return 11; }

cppcoro::generator<int> counter(int n) {
  for (int i = 0; i < n; ++i) co_yield i;
}

cppcoro::async_generator<int> asyncCounter(cppcoro::static_thread_pool& tp, int n) {
  for (int i = 0; i < n; ++i) {
    co_await tp.schedule();
    co_yield i;
  }
}

static_assert(std::is_same_v<cppcoro::awaitable_traits<cppcoro::task<int>>::await_result_t, int>);
static_assert(std::is_same_v<cppcoro::awaitable_traits<cppcoro::task<int>&>::await_result_t, int&>);
static_assert(std::is_same_v<cppcoro::awaitable_traits<cppcoro::task<std::string>>::await_result_t, std::string&&>);
static_assert(std::is_same_v<cppcoro::awaitable_traits<cppcoro::shared_task<int>>::await_result_t, int&>);
static_assert(std::is_same_v<decltype(cppcoro::sync_wait(getInt())), int>);
static_assert(std::is_same_v<decltype(cppcoro::sync_wait(getString())), std::string&&>);
static_assert(std::is_same_v<decltype(cppcoro::sync_wait(doVoid())), void>);
static_assert(std::is_same_v<decltype(cppcoro::sync_wait(std::declval<cppcoro::task<int>&>())), int&>);
static_assert(!cppcoro::is_awaitable_v<cppcoro::generator<int>>);

cppcoro::task<int> service(cppcoro::static_thread_pool& tp) {
  co_await tp.schedule();

  int a = co_await getInt();
  // rvalue task<class T> -> T&& into the temporary task's frame (upstream
  // semantics): binding it with auto&& / decltype(auto) would dangle.
  std::string s = co_await getString();
  co_await doVoid();
  int& r = co_await getRef();

  cppcoro::task<int> lv = getInt();
  decltype(auto) lvr = co_await lv;  // lvalue task -> T&
  static_assert(std::is_same_v<decltype(lvr), int&>);

  cppcoro::shared_task<int> st = shared();
  cppcoro::shared_task<int> st2 = st;  // copyable
  decltype(auto) sr = co_await st;
  static_assert(std::is_same_v<decltype(sr), int&>);
  int sr2 = co_await st2;

  // Variadic when_all: prvalue std::tuple; void -> detail::void_value.
  auto [x, v, str] = co_await cppcoro::when_all(getInt(), doVoid(), getString());
  static_assert(std::is_same_v<decltype(x), int>);
  static_assert(std::is_same_v<decltype(v), void_value>);
  static_assert(std::is_same_v<decltype(str), std::string>);
  decltype(auto) tup = co_await cppcoro::when_all(getInt(), getRef());
  static_assert(std::is_same_v<decltype(tup), std::tuple<int, int>>);  // refs decay
  cppcoro::task<int> byRef = getInt();
  auto [viaRef] = co_await cppcoro::when_all(std::ref(byRef));
  decltype(auto) empty = co_await cppcoro::when_all();
  static_assert(std::is_same_v<decltype(empty), std::tuple<>>);

  // when_all(std::vector<task<T>>) -> std::vector<T>; void -> void.
  std::vector<cppcoro::task<int>> tasks;
  tasks.push_back(getInt());
  tasks.push_back(getInt());
  decltype(auto) ints = co_await cppcoro::when_all(std::move(tasks));
  static_assert(std::is_same_v<decltype(ints), std::vector<int>>);
  std::vector<cppcoro::task<std::string>> stasks;
  stasks.push_back(getString());
  std::vector<std::string> strs = co_await cppcoro::when_all(std::move(stasks));
  std::vector<cppcoro::task<int&>> rtasks;
  rtasks.push_back(getRef());
  decltype(auto) refs = co_await cppcoro::when_all(std::move(rtasks));
  static_assert(std::is_same_v<decltype(refs), std::vector<std::reference_wrapper<int>>>);
  std::vector<cppcoro::task<>> vtasks;
  vtasks.push_back(doVoid());
  co_await cppcoro::when_all(std::move(vtasks));
  static_assert(std::is_void_v<decltype(std::declval<cppcoro::awaitable_traits<decltype(
      cppcoro::when_all(std::declval<std::vector<cppcoro::task<>>>()))>::awaiter_t>().await_resume())>);

  int sum = 0;
  for (int i : counter(4)) sum += i;

  auto gen = asyncCounter(tp, 3);
  for (auto it = co_await gen.begin(); it != gen.end(); co_await ++it) sum += *it;

  co_return a + r + lvr + sr + sr2 + x + viaRef + std::get<0>(tup) + sum +
      static_cast<int>(s.size() + str.size() + ints.size() + strs.size() + refs.size());
}

int main() {
  cppcoro::static_thread_pool tp;
  cppcoro::static_thread_pool tp4{4};
  int total = cppcoro::sync_wait(service(tp));
  cppcoro::sync_wait(doVoid());
  auto [i, s] = cppcoro::sync_wait(cppcoro::when_all(getInt(), getString()));
  return (total + i + static_cast<int>(s.size()) + static_cast<int>(tp4.thread_count())) % 256;
}
