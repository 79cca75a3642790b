// Runtime proof of async-blocking-call-in-coroutine's offload fix with real
// Boost.Asio: a coroutine makes a 50 ms blocking call while another
// coroutine on the same single-threaded io_context ticks every 5 ms. Before
// the fix the ticker is starved for the whole call; after it the call runs
// on the pool, the ticker keeps ticking, and the coroutine resumes on its
// own thread with the call's value, and with its exception on the failing
// path. In-process only.
//
// RUN: cp %s %t.cpp
// RUN: %clangxx -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE -pthread %t.cpp -o %t.before
// RUN: %t.before > %t.before.out
// RUN: %python %S/expect_value.py ticks_during_call 0 1 < %t.before.out
// RUN: %clang_tidy_plugin -checks='-*,async-blocking-call-in-coroutine' --fix-notes \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.OffloadExecutor: 'app::blocking_pool()'}}" \
// RUN:   %t.cpp -- -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE
// RUN: %filecheck %s --input-file=%t.cpp --check-prefix=FIXED
// FIXED: int value = co_await boost::asio::co_spawn(app::blocking_pool(), [&]() -> boost::asio::awaitable<int> { co_return slow_lookup(); }, boost::asio::use_awaitable);
// FIXED: co_await boost::asio::co_spawn(app::blocking_pool(), [&]() -> boost::asio::awaitable<int> { co_return failing_lookup(); }, boost::asio::use_awaitable);
// RUN: %clangxx -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE -pthread %t.cpp -o %t.after
// RUN: %t.after > %t.after.out
// RUN: %python %S/expect_value.py ticks_during_call 6 12 < %t.after.out
// The program's results are the same before and after.
// RUN: grep -v ticks_during_call %t.before.out > %t.before.results
// RUN: grep -v ticks_during_call %t.after.out > %t.after.results
// RUN: diff %t.before.results %t.after.results

#include <utility>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <thread>

namespace asio = boost::asio;
using namespace std::chrono_literals;

namespace app {
asio::thread_pool &blocking_pool() {
  static asio::thread_pool pool(1);
  return pool;
}
} // namespace app

// A synchronous client call: 50 ms of holding the calling thread.
int slow_lookup() {
  std::this_thread::sleep_for(50ms);
  return 42;
}
int failing_lookup() {
  std::this_thread::sleep_for(10ms);
  throw std::runtime_error("lookup failed");
}

int ticks = 0;
bool done = false;

asio::awaitable<void> ticker() {
  asio::steady_timer timer(co_await asio::this_coro::executor);
  while (!done) {
    timer.expires_after(5ms);
    co_await timer.async_wait(asio::use_awaitable);
    ++ticks;
  }
}

asio::awaitable<void> handler() {
  asio::steady_timer settle(co_await asio::this_coro::executor, 12ms);
  co_await settle.async_wait(asio::use_awaitable);
  std::thread::id home = std::this_thread::get_id();
  int before = ticks;
  int value = slow_lookup();
  std::printf("ticks_during_call=%d\n", ticks - before);
  std::printf("value=%d same_thread=%d\n", value, std::this_thread::get_id() == home);
  try {
    failing_lookup();
    std::printf("no exception\n");
  } catch (const std::exception &e) {
    std::printf("caught=%s same_thread=%d\n", e.what(), std::this_thread::get_id() == home);
  }
  done = true;
}

int main() {
  asio::io_context io; // One thread: the ticker and the handler share it.
  asio::co_spawn(io, ticker(), asio::detached);
  asio::co_spawn(io, handler(), asio::detached);
  io.run();
  app::blocking_pool().join();
  return 0;
}
