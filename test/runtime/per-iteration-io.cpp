// Runtime proof of async-per-iteration-io's batching fix with real
// Boost.Asio: a loop that awaits 20 fake 10 ms queries one per element takes
// ~200 ms; after the fix (make_parallel_group over co_spawn'ed deferred
// operations) it takes about one query's time, and the results keep the
// elements' order. The fake query is named a database function through the
// DatabaseFunctions option; MaxConcurrency 0 asks for the unbounded form
// (Asio has no bounded one). In-process only.
//
// RUN: cp %s %t.cpp
// RUN: %clangxx -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE -pthread %t.cpp -o %t.before
// RUN: %t.before | %python %S/expect_ms.py 190 1000
// RUN: %clang_tidy_plugin -checks='-*,async-per-iteration-io' --fix-notes %t.cpp \
// RUN:   -config="{CheckOptions: {async-per-iteration-io.DatabaseFunctions: 'fake_query', async-per-iteration-io.MaxConcurrency: 0}}" \
// RUN:   -- -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE
// RUN: %filecheck %s --input-file=%t.cpp --check-prefix=FIXED
// FIXED: auto rows_executor = co_await boost::asio::this_coro::executor;
// FIXED: boost::asio::experimental::make_parallel_group(std::move(rows_tasks))
// RUN: %clangxx -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE -pthread %t.cpp -o %t.after
// RUN: %t.after | %python %S/expect_ms.py 8 120

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
#include <vector>

namespace asio = boost::asio;
using namespace std::chrono_literals;

// A database query stand-in: 10 ms of waiting, no thread held.
asio::awaitable<int> fake_query(int id) {
  asio::steady_timer timer(co_await asio::this_coro::executor, 10ms);
  co_await timer.async_wait(asio::use_awaitable);
  co_return id * 10;
}

asio::awaitable<std::vector<int>> load_all(std::vector<int> ids) {
  std::vector<int> rows;
  for (int id : ids)
    rows.push_back(co_await fake_query(id));
  co_return rows;
}

int main() {
  asio::io_context io;
  std::vector<int> ids;
  for (int i = 0; i < 20; ++i)
    ids.push_back(i);
  std::vector<int> rows;
  auto start = std::chrono::steady_clock::now();
  asio::co_spawn(io, [&]() -> asio::awaitable<void> { rows = co_await load_all(ids); },
                 asio::detached);
  io.run();
  auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - start);
  bool ordered = rows.size() == 20;
  for (int i = 0; ordered && i < 20; ++i)
    ordered = rows[i] == i * 10;
  std::printf("ordered=%d elapsed_ms=%lld\n", ordered, static_cast<long long>(elapsed.count()));
  return ordered ? 0 : 1;
}
