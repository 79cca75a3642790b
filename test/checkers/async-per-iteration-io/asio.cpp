// Real Boost.Asio 1.81: the make_parallel_group fix (MaxConcurrency 0: Asio
// has no bounded form), event loops and retry loops left alone. The
// project's database client is named through DatabaseFunctions.
// RUN: %check_async_tidy --fix-notes %s async-per-iteration-io %t -- \
// RUN:   -config="{CheckOptions: {async-per-iteration-io.DatabaseFunctions: 'db::query', async-per-iteration-io.MaxConcurrency: 0}}" \
// RUN:   -- -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE

#include <utility>
#include <boost/asio.hpp>
#include <chrono>
#include <string>
#include <vector>

namespace asio = boost::asio;
using asio::ip::tcp;
using namespace std::chrono_literals;

namespace db {
// The service's asynchronous database client (declared: a library).
asio::awaitable<std::string> query(const char *sql, int id);
} // namespace db

asio::awaitable<std::vector<std::string>> titles(std::vector<int> ids) {
  std::vector<std::string> out;
  for (int id : ids)
    out.push_back(co_await db::query("SELECT title FROM docs WHERE id = $1", id));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: database query 'db::query' runs once per iteration over 'ids' (N+1); fetch all rows in one query [async-per-iteration-io]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop that repeats it
  // CHECK-MESSAGES: :[[@LINE-3]]:38: note: one query for all of them: "SELECT title FROM docs WHERE id = ANY($1)" with the values as one array parameter
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: run the calls concurrently with 'boost::asio::experimental::make_parallel_group'; this starts all of them at once, so their side effects may interleave, and the first failure, in the elements' order, is rethrown once all have finished
  // CHECK-FIXES: {{^}}  auto out_executor = co_await boost::asio::this_coro::executor;{{$}}
  // CHECK-FIXES-NEXT: {{^}}  std::vector<decltype(boost::asio::co_spawn(out_executor, std::declval<boost::asio::awaitable<std::string>>(), boost::asio::deferred))> out_tasks;{{$}}
  // CHECK-FIXES-NEXT: {{^}}  for (int id : ids){{$}}
  // CHECK-FIXES-NEXT: {{^}}    out_tasks.push_back(boost::asio::co_spawn(out_executor, db::query("SELECT title FROM docs WHERE id = $1", id), boost::asio::deferred));{{$}}
  // CHECK-FIXES-NEXT: {{^}}  auto [out_order, out_errors, out_results] = co_await boost::asio::experimental::make_parallel_group(std::move(out_tasks)).async_wait(boost::asio::experimental::wait_for_all(), boost::asio::use_awaitable);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  for (const std::exception_ptr &out_value : out_errors){{$}}
  // CHECK-FIXES-NEXT: {{^}}    if (out_value){{$}}
  // CHECK-FIXES-NEXT: {{^}}      std::rethrow_exception(out_value);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  for (auto &out_value : out_results){{$}}
  // CHECK-FIXES-NEXT: {{^}}    out.push_back(std::move(out_value));{{$}}
  co_return out;
}

// An event loop: each iteration awaits its own input (a connection, the
// next request on one socket); one query per input is the work itself.
asio::awaitable<void> serve(tcp::acceptor acceptor) {
  for (;;) {
    tcp::socket socket = co_await acceptor.async_accept(asio::use_awaitable);
    co_await db::query("INSERT INTO connections VALUES ($1)", 1);
  }
}
asio::awaitable<void> session(tcp::socket socket) {
  char request[64];
  while (socket.is_open()) {
    std::size_t n = co_await asio::async_read(socket, asio::buffer(request), asio::use_awaitable);
    co_await db::query("INSERT INTO requests VALUES ($1)", static_cast<int>(n));
  }
}

// A retry loop: it waits on a timer and leaves once the query succeeds.
asio::awaitable<std::string> with_retry(int id) {
  asio::steady_timer timer(co_await asio::this_coro::executor);
  std::string row;
  for (int attempt = 0; attempt < 10; ++attempt) {
    try {
      row = co_await db::query("SELECT body FROM docs WHERE id = $1", id);
      break;
    } catch (const std::exception &) {
    }
    timer.expires_after(100ms);
    co_await timer.async_wait(asio::use_awaitable);
  }
  co_return row;
}

// Not the canonical shape (the result is used before it is appended): the
// warning without a fix.
asio::awaitable<std::vector<std::string>> trimmed(std::vector<int> ids) {
  std::vector<std::string> out;
  for (int id : ids) {
    std::string title = co_await db::query("SELECT title FROM docs WHERE id = $1", id);
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: database query 'db::query' runs once per iteration over 'ids' (N+1)
    // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop that repeats it
    // CHECK-MESSAGES: :[[@LINE-3]]:44: note: one query for all of them
    out.push_back(title.substr(0, 10));
  }
  co_return out;
}
