// folly::coro with the real libpq, SQLite and cpr's API shape: per-iteration
// queries and requests, directly and through helpers, every loop form, the
// batched-SQL note, the bounded collectAllWindowed fix, and what is left
// alone.
// RUN: %check_async_tidy --fix-notes %s async-per-iteration-io %t -- -- -isystem %shapes -I/usr/include/postgresql

#include <cpr/cpr.h>
#include <folly/experimental/coro/Sleep.h>
#include <folly/experimental/coro/Task.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <algorithm>
#include <array>
#include <chrono>
#include <string>
#include <vector>

struct Message { std::string text; };

folly::coro::Task<Message> load_message(PGconn *conn, std::string id) {
  const char *params[] = {id.c_str()};
  PGresult *res = PQexecParams(conn, "SELECT text FROM messages WHERE id = $1", 1, nullptr,
                               params, nullptr, nullptr, 0);
  Message m{PQgetvalue(res, 0, 0)};
  PQclear(res);
  co_return m;
}

// The canonical shape, through a helper coroutine: the fix awaits them all,
// at most MaxConcurrency (8) at a time, results in order.
folly::coro::Task<std::vector<Message>> history(PGconn *conn, std::vector<std::string> ids) {
  std::vector<Message> messages;
  for (const std::string &id : ids)
    messages.push_back(co_await load_message(conn, id));
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: call to 'load_message' makes a database query 'PQexecParams' once per iteration over 'ids' (N+1); fetch all rows in one query [async-per-iteration-io]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop that repeats it
  // CHECK-MESSAGES: :22:19: note: 'load_message' makes database query 'PQexecParams' here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: run the calls concurrently with 'folly::coro::collectAllWindowed'; this starts up to 8 at once, so their side effects may interleave, and a failure fails the whole batch
  // CHECK-FIXES: {{^}}  std::vector<folly::coro::Task<Message>> messages_tasks;{{$}}
  // CHECK-FIXES-NEXT: {{^}}  for (const std::string &id : ids){{$}}
  // CHECK-FIXES-NEXT: {{^}}    messages_tasks.push_back(load_message(conn, id));{{$}}
  // CHECK-FIXES-NEXT: {{^}}  for (auto &&messages_value : co_await folly::coro::collectAllWindowed(std::move(messages_tasks), 8)){{$}}
  // CHECK-FIXES-NEXT: {{^}}    messages.push_back(std::move(messages_value));{{$}}
  co_return messages;
}

// A body that does more than append keeps its statements and reads each
// element's result in order.
folly::coro::Task<std::size_t> total_length(PGconn *conn, std::vector<std::string> ids) {
  std::size_t total = 0;
  for (const std::string &id : ids) {
    Message m = co_await load_message(conn, id);
    total += m.text.size();
  }
  // CHECK-MESSAGES: :[[@LINE-3]]:26: warning: call to 'load_message' makes a database query 'PQexecParams' once per iteration over 'ids' (N+1); fetch all rows in one query [async-per-iteration-io]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: the loop that repeats it
  // CHECK-MESSAGES: :22:19: note: 'load_message' makes database query 'PQexecParams' here
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: run the calls concurrently with 'folly::coro::collectAllWindowed' before the loop, whose body then reads each element's result in order; this starts up to 8 at once, so their side effects may interleave, and a failure fails the whole batch before the body runs
  // CHECK-FIXES: {{^}}  std::vector<folly::coro::Task<Message>> load_message_tasks;{{$}}
  // CHECK-FIXES-NEXT: {{^}}  for (const std::string &id : ids){{$}}
  // CHECK-FIXES-NEXT: {{^}}    load_message_tasks.push_back(load_message(conn, id));{{$}}
  // CHECK-FIXES-NEXT: {{^}}  auto load_message_results = co_await folly::coro::collectAllWindowed(std::move(load_message_tasks), 8);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  std::size_t load_message_index = 0;{{$}}
  // CHECK-FIXES-NEXT: {{^}}  for (const std::string &id : ids) {{{$}}
  // CHECK-FIXES-NEXT: {{^}}    Message m = std::move(load_message_results[load_message_index++]);{{$}}
  co_return total;
}

// Direct queries: the note shows the batched SQL when a placeholder is
// bound to the element.
folly::coro::Task<int> count_unread(PGconn *conn, sqlite3 *cache, std::vector<std::string> ids) {
  int total = 0;
  for (const std::string &id : ids) {
    const char *params[] = {id.c_str()};
    PGresult *res = PQexecParams(conn, "SELECT count(*) FROM unread WHERE conversation_id = $1", 1,
                                 nullptr, params, nullptr, nullptr, 0);
    // CHECK-MESSAGES: :[[@LINE-2]]:21: warning: database query 'PQexecParams' runs once per iteration over 'ids' (N+1); fetch all rows in one query
    // CHECK-MESSAGES: :[[@LINE-5]]:3: note: the loop that repeats it
    // CHECK-MESSAGES: :[[@LINE-4]]:40: note: one query for all of them: "SELECT count(*) FROM unread WHERE conversation_id = ANY($1)" with the values as one array parameter
    total += atoi(PQgetvalue(res, 0, 0));
    PQclear(res);
  }
  for (std::size_t i = 0; i < ids.size(); ++i) {
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(cache, "SELECT n FROM seen WHERE id = ?", -1, &stmt, nullptr);
    sqlite3_exec(cache, "UPDATE stats SET reads = reads + 1", nullptr, nullptr, nullptr);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: database query 'sqlite3_exec' runs once per iteration over 'i' (N+1)
    // CHECK-MESSAGES: :[[@LINE-5]]:3: note: the loop that repeats it
    sqlite3_finalize(stmt);
  }
  co_return total;
}

// HTTP per iteration, in while and do loops and a std::for_each lambda.
folly::coro::Task<void> warm(std::vector<std::string> urls) {
  std::size_t next = 0;
  while (next < urls.size())
    cpr::Get(cpr::Url{urls[next++]});
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: HTTP request 'cpr::Get' runs once per iteration; batch the requests, or run them concurrently with a bound
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop that repeats it
  do {
    cpr::Get(cpr::Url{urls.back()});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: HTTP request 'cpr::Get' runs once per iteration
    // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop that repeats it
    urls.pop_back();
  } while (!urls.empty());
  std::for_each(urls.begin(), urls.end(), [](const std::string &url) { cpr::Get(cpr::Url{url}); });
  // CHECK-MESSAGES: :[[@LINE-1]]:72: warning: HTTP request 'cpr::Get' runs once per iteration over 'urls'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the loop that repeats it
  co_return;
}

// A connection per iteration, and only the innermost loop is named.
folly::coro::Task<void> per_tenant(std::vector<std::string> dsns, std::vector<std::string> users) {
  for (const std::string &dsn : dsns) {
    PGconn *conn = PQconnectdb(dsn.c_str());
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: connection per iteration: 'PQconnectdb' opens a new connection on every iteration over 'dsns'; open it once before the loop, or use a pool
    // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop that repeats it
    for (const std::string &user : users) {
      const char *params[] = {user.c_str()};
      PQclear(PQexecParams(conn, "DELETE FROM sessions WHERE user_id = $1", 1, nullptr, params,
                           nullptr, nullptr, 0));
      // CHECK-MESSAGES: :[[@LINE-2]]:15: warning: database query 'PQexecParams' runs once per iteration over 'users' (N+1)
      // CHECK-MESSAGES: :[[@LINE-5]]:5: note: the loop that repeats it
      // CHECK-MESSAGES: :[[@LINE-4]]:34: note: one query for all of them: "DELETE FROM sessions WHERE user_id = ANY($1)"
    }
    PQfinish(conn);
  }
  co_return;
}

// Left alone: small constant trip counts (MinIterations 3), retry loops
// that wait on a timer and leave on success, queries before or after the
// loop, and loops outside coroutines.
folly::coro::Task<void> exempt(PGconn *conn, std::vector<std::string> ids) {
  for (int i = 0; i < 3; ++i)
    PQclear(PQexec(conn, "SELECT 1"));
  for (const char *table : {"a", "b"})
    PQclear(PQexec(conn, table));
  std::array<int, 3> shards{1, 2, 3};
  for (int shard : shards)
    PQclear(PQexec(conn, "SELECT shard"));
  for (int attempt = 0; attempt < 100; ++attempt) {
    PGresult *res = PQexec(conn, "SELECT pg_try_advisory_lock(1)");
    bool locked = PQresultStatus(res) == PGRES_TUPLES_OK;
    PQclear(res);
    if (locked)
      break;
    co_await folly::coro::sleep(std::chrono::milliseconds(50));
  }
  PQclear(PQexec(conn, "SELECT 2"));
  co_return;
}
// A pull loop: each request fetches the next message until one says it was
// the last; the request is the loop's input (yalantinglibs' file client).
folly::coro::Task<std::string> thread_text(PGconn *conn, std::string first) {
  std::string out, cursor = first;
  while (true) {
    Message m = co_await load_message(conn, cursor);
    out += m.text;
    if (m.text.empty())
      break;
    cursor = m.text;
  }
  co_return out;
}
void batch_job(PGconn *conn, std::vector<std::string> ids) {
  for (const std::string &id : ids)
    PQclear(PQexec(conn, id.c_str()));
}

// A filtering body: each element's result is read in order, then
// filtered as before.
folly::coro::Task<std::vector<Message>> filtered(PGconn *conn, std::vector<std::string> ids) {
  std::vector<Message> out;
  for (const std::string &id : ids) {
    Message m = co_await load_message(conn, id);
    // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: call to 'load_message' makes a database query 'PQexecParams' once per iteration over 'ids'
    // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop that repeats it
    // CHECK-MESSAGES: :22:19: note: 'load_message' makes database query 'PQexecParams' here
    // CHECK-MESSAGES: :[[@LINE-5]]:3: note: run the calls concurrently with 'folly::coro::collectAllWindowed' before the loop, {{.*}}
    // CHECK-FIXES: {{^}}    Message m = std::move(load_message_results[load_message_index++]);{{$}}
    if (!m.text.empty())
      out.push_back(m);
  }
  co_return out;
}
