// Runtime proof of async-per-iteration-io's batching fix for a loop body
// that does more than append: 20 fake 10 ms queries whose results are
// filtered and summed per element take ~200 ms one per element; after the
// fix they run together before the loop, which reads each result in order,
// in about one query's time, with the same sum and the same order. The
// element that fails still fails the loop where it did: the elements
// before it have been counted. In-process only.
//
// RUN: cp %s %t.cpp
// RUN: %clangxx -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE -pthread %t.cpp -o %t.before
// RUN: %t.before > %t.before.out
// RUN: %python %S/expect_ms.py 190 1000 < %t.before.out
// RUN: %clang_tidy_plugin -checks='-*,async-per-iteration-io' --fix-notes %t.cpp \
// RUN:   -config="{CheckOptions: {async-per-iteration-io.DatabaseFunctions: 'fake_query', async-per-iteration-io.MaxConcurrency: 0}}" \
// RUN:   -- -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE
// RUN: %filecheck %s --input-file=%t.cpp --check-prefix=FIXED
// FIXED: int value = std::move(fake_query_results[fake_query_index++]);
// FIXED: int value = std::move(fake_query_results[fake_query_index++]);
// RUN: %clangxx -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE -pthread %t.cpp -o %t.after
// RUN: %t.after > %t.after.out
// RUN: %python %S/expect_ms.py 8 120 < %t.after.out
// RUN: grep -v elapsed_ms %t.before.out > %t.before.results
// RUN: grep -v elapsed_ms %t.after.out > %t.after.results
// RUN: diff %t.before.results %t.after.results

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
#include <stdexcept>
#include <string>
#include <vector>

namespace asio = boost::asio;
using namespace std::chrono_literals;

// A database query stand-in: 10 ms of waiting, no thread held; id 13 fails.
asio::awaitable<int> fake_query(int id) {
  asio::steady_timer timer(co_await asio::this_coro::executor, 10ms);
  co_await timer.async_wait(asio::use_awaitable);
  if (id == 13)
    throw std::runtime_error("row 13 is locked");
  co_return id * 10;
}

asio::awaitable<std::string> even_rows(std::vector<int> ids) {
  std::string seen;
  for (int id : ids) {
    int value = co_await fake_query(id);
    if (value % 20 == 0)
      seen += std::to_string(value) + " ";
  }
  co_return seen;
}

asio::awaitable<int> counted_until_failure(std::vector<int> ids, int &counted) {
  int sum = 0;
  for (int id : ids) {
    ++counted;
    int value = co_await fake_query(id);
    sum += value;
  }
  co_return sum;
}

int main() {
  asio::io_context io;
  std::vector<int> ids, failing;
  for (int i = 0; i < 20; ++i)
    ids.push_back(i == 13 ? 100 : i);
  for (int i = 10; i < 16; ++i)
    failing.push_back(i);
  std::string seen, failure;
  int counted = 0;
  auto start = std::chrono::steady_clock::now();
  asio::co_spawn(io, [&]() -> asio::awaitable<void> { seen = co_await even_rows(ids); },
                 asio::detached);
  io.run();
  auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - start);
  io.restart();
  asio::co_spawn(
      io,
      [&]() -> asio::awaitable<void> {
        try {
          co_await counted_until_failure(failing, counted);
        } catch (const std::exception &e) {
          failure = e.what();
        }
      },
      asio::detached);
  io.run();
  std::printf("even: %s\nfailure: %s after %d elements\nelapsed_ms=%lld\n", seen.c_str(),
              failure.c_str(), counted, static_cast<long long>(elapsed.count()));
  return 0;
}
