// Example TU for the Boost.Cobalt API-shape headers (boostorg/cobalt boost-1.88.0, commit 61cf72a8;
// io/sleep.hpp from master 57181cac). Needs Boost >= 1.78 headers (checked with 1.81) for Asio/System/Variant2.
//   clang++-19 -std=c++20 -fsyntax-only -isystem test/include/shapes <this file>
#include <boost/cobalt.hpp>
#include <boost/cobalt/io/sleep.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/post.hpp>

#include <chrono>
#include <cstddef>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace cobalt = boost::cobalt;
namespace asio = boost::asio;
using namespace std::chrono_literals;

// Promise types and eagerness, as the catalog would name them.
static_assert(std::is_same_v<cobalt::promise<int>::promise_type, cobalt::detail::cobalt_promise<int>>);
static_assert(std::is_same_v<cobalt::task<int>::promise_type, cobalt::detail::task_promise<int>>);
static_assert(std::is_same_v<cobalt::generator<int>::promise_type, cobalt::detail::generator_promise<int, void>>);
static_assert(std::is_same_v<cobalt::detached::promise_type, cobalt::detail::detached_promise>);
static_assert(std::is_same_v<cobalt::thread::promise_type, cobalt::detail::thread_promise>);
static_assert(std::is_same_v<decltype(std::declval<cobalt::detail::cobalt_promise<int>&>().initial_suspend()), std::suspend_never>);     // eager

cobalt::promise<int> eager_value() { co_return 1; }
cobalt::task<int> lazy_value() { co_return 2; }
cobalt::promise<void> eager_void() { co_return; }
cobalt::task<std::string> fetch(int i) { co_return std::to_string(i); }

cobalt::generator<int> numbers()
{
  co_yield 1;
  co_yield 2;
  co_return 3;
}

cobalt::promise<void> non_io()
{
  cobalt::executor exec = co_await cobalt::this_coro::executor;      // "current executor" query
  asio::steady_timer tim{exec, 10ms};
  co_await tim.async_wait(cobalt::use_op);                           // sleep idiom (<= 1.88)
  co_await asio::steady_timer{exec, 5ms}.async_wait(cobalt::use_op); // same, temporary timer
  co_await cobalt::io::sleep(10ms);                                  // sleep idiom (master / post-1.88)
  co_await asio::post(exec, cobalt::use_op);                         // executor hop / yield
}

cobalt::promise<int> concurrency(cobalt::channel<int> & ch)
{
  // join: all or first exception; void elements become variant2::monostate.
  std::tuple<int, int, boost::variant2::monostate> t = co_await cobalt::join(eager_value(), lazy_value(), eager_void());
  static_assert(std::is_same_v<decltype(cobalt::join(eager_void(), eager_void()))::result_type, void>);

  // gather: every outcome as system::result<T, std::exception_ptr>.
  std::tuple<boost::system::result<int, std::exception_ptr>, boost::system::result<void, std::exception_ptr>> g =
      co_await cobalt::gather(eager_value(), eager_void());

  // race / left_race: index for all-void, variant otherwise.
  std::size_t r1 = co_await cobalt::race(eager_void(), eager_void());
  boost::variant2::variant<int, int> r2 = co_await cobalt::left_race(eager_value(), lazy_value());

  // ranged forms (batch).
  std::vector<cobalt::task<std::string>> tasks;
  for (int i = 0; i < 3; ++i)
    tasks.push_back(fetch(i));
  std::pmr::vector<std::string> all = co_await cobalt::join(tasks);
  std::vector<cobalt::promise<void>> ps;
  ps.push_back(eager_void());
  co_await cobalt::join(ps);
  std::pair<std::size_t, int> first = co_await cobalt::race(std::vector<cobalt::promise<int>>{});

  // wait_group
  cobalt::wait_group wg;
  wg.push_back(eager_void());
  co_await wg.wait_one();
  co_await wg.wait();
  co_await wg;

  // channel
  co_await ch.write(42);
  int v = co_await ch.read();

  // generator (async, eager)
  auto gen = numbers();
  int n1 = co_await gen;

  // spawn a task on an executor and await it
  int s = co_await cobalt::spawn(co_await cobalt::this_coro::executor, lazy_value(), cobalt::use_op);

  (void)t; (void)g; (void)r1; (void)r2; (void)all; (void)first; (void)v; (void)n1; (void)s;
  co_return std::get<0>(t) + std::get<1>(t);
}

cobalt::thread worker()
{
  co_await cobalt::io::sleep(1ms);
}

cobalt::detached fire_and_forget()
{
  co_await eager_void();
}

cobalt::promise<void> blocking()
{
  int v = cobalt::run(lazy_value());   // BLOCKS: runs its own io_context
  auto thr = worker();
  thr.join();                          // BLOCKS: like std::thread::join
  co_await thr;                        // the non-blocking twin
  (void)v;
}

int main()
{
  fire_and_forget();
  return cobalt::run(lazy_value()) == 2 ? 0 : 1;
}
