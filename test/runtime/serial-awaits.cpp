// Runtime proof of async-serial-awaits' fix with real Boost.Asio: two
// independent awaits of 50 ms timer-backed operations take ~100 ms one after
// another and ~50 ms after the fix runs them concurrently. In-process only.
//
// RUN: cp %s %t.cpp
// RUN: %clangxx -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE -pthread %t.cpp -o %t.before
// RUN: %t.before | %python %S/expect_ms.py 95 400
// RUN: %clang_tidy_plugin -checks='-*,async-serial-awaits' --fix-notes %t.cpp -- -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE
// RUN: %filecheck %s --input-file=%t.cpp --check-prefix=FIXED
// FIXED: auto [profile, history] = co_await (fake_query(1) && fake_query(2));
// RUN: %clangxx -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE -pthread %t.cpp -o %t.after
// RUN: %t.after | %python %S/expect_ms.py 45 90

#include <utility>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>
#include <cstdio>

namespace asio = boost::asio;
using namespace std::chrono_literals;

// A database query or LLM call stand-in: 50 ms of waiting, no thread held.
asio::awaitable<int> fake_query(int value) {
  asio::steady_timer timer(co_await asio::this_coro::executor, 50ms);
  co_await timer.async_wait(asio::use_awaitable);
  co_return value;
}

asio::awaitable<int> handler() {
  auto profile = co_await fake_query(1);
  auto history = co_await fake_query(2);
  co_return profile + history;
}

int main() {
  asio::io_context io;
  int result = 0;
  auto start = std::chrono::steady_clock::now();
  asio::co_spawn(io, [&]() -> asio::awaitable<void> { result = co_await handler(); },
                 asio::detached);
  io.run();
  auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - start);
  std::printf("result=%d elapsed_ms=%lld\n", result, static_cast<long long>(elapsed.count()));
  return result == 3 ? 0 : 1;
}
