// libpq with the real header: connections that fail their status check,
// results dropped on error paths, results never kept at all.
// RUN: %check_async_tidy %s async-unclosed-client %t -- -- -isystem %shapes -I/usr/include/postgresql

#include <cstdio>
#include <libpq-fe.h>
#include <folly/experimental/coro/Task.h>
#include <string>
#include <vector>

// PQconnectdb returns a connection object even when connecting failed; it
// must be finished either way. A status check is not a null check.
PGconn *connect_or_null(const char *dsn) {
  PGconn *conn = PQconnectdb(dsn);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'conn' from 'PQconnectdb' is not released with 'PQfinish' on every path out of 'connect_or_null' [async-unclosed-client]
  if (PQstatus(conn) != CONNECTION_OK)
    return nullptr;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  return conn;
}

// The classic error path: the result of a failed query is not cleared.
folly::coro::Task<std::vector<std::string>> load_history(PGconn *conn, const char *user) {
  const char *params[] = {user};
  PGresult *res = PQexecParams(conn, "select text from messages where user_id = $1", 1,
                               nullptr, params, nullptr, nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-2]]:19: warning: 'res' from 'PQexecParams' is not released with 'PQclear' on every path out of 'load_history'
  // CHECK-FIXES: {{^}}  std::unique_ptr<PGresult, decltype(&PQclear)> res(PQexecParams(conn, "select text from messages where user_id = $1", 1,{{$}}
  // CHECK-FIXES: {{^}}                               nullptr, params, nullptr, nullptr, 0), &PQclear);{{$}}
  if (PQresultStatus(res) != PGRES_TUPLES_OK)
    co_return {};
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'co_return' is taken
  // CHECK-FIXES: {{^}}  if (PQresultStatus(res.get()) != PGRES_TUPLES_OK){{$}}
  std::vector<std::string> rows;
  for (int i = 0; i < PQntuples(res); ++i)
    rows.emplace_back(PQgetvalue(res, i, 0));
  // CHECK-FIXES: {{^}}  for (int i = 0; i < PQntuples(res.get()); ++i){{$}}
  // CHECK-FIXES: {{^}}    rows.emplace_back(PQgetvalue(res.get(), i, 0));{{$}}
  PQclear(res);
  // CHECK-FIXES: {{^}}  res.reset();{{$}}
  co_return rows;
}

// Results nobody keeps are lost at once: the safe fix releases them on the
// spot.
void begin(PGconn *conn) {
  PQexec(conn, "BEGIN");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'PGresult' from 'PQexec' is discarded without being released with 'PQclear'
  // CHECK-FIXES: {{^}}  PQclear(PQexec(conn, "BEGIN"));{{$}}
  (void)PQexec(conn, "SET search_path TO app");
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'PGresult' from 'PQexec' is discarded
  // CHECK-FIXES: {{^}}  (void)PQclear(PQexec(conn, "SET search_path TO app"));{{$}}
  PQclear(PQexec(conn, "COMMIT"));
  // Read through as a temporary: not reported today, and never wrapped.
  std::printf("%s\n", PQgetvalue(PQexec(conn, "SELECT 1"), 0, 0));
  // CHECK-FIXES: {{^}}  std::printf("%s\n", PQgetvalue(PQexec(conn, "SELECT 1"), 0, 0));{{$}}
}

// Released on every path, and the null checks that end tracking.
int count_rows(const char *dsn) {
  PGconn *conn = PQconnectdb(dsn);
  if (!conn)
    return -1;
  if (PQstatus(conn) != CONNECTION_OK) {
    PQfinish(conn);
    return -1;
  }
  PGresult *res = PQexec(conn, "select count(*) from t");
  if (res == nullptr) {
    PQfinish(conn);
    return -1;
  }
  int n = PQresultStatus(res) == PGRES_TUPLES_OK ? atoi(PQgetvalue(res, 0, 0)) : -1;
  PQclear(res);
  PQfinish(conn);
  return n;
}

// The non-blocking protocol: every result of PQgetResult is cleared.
void drain(PGconn *conn) {
  PQsendQuery(conn, "select 1");
  while (PGresult *part = PQgetResult(conn))
    PQclear(part);
}

// A connection per iteration, leaked when the query fails.
void per_user(const std::vector<std::string> &users, const char *dsn) {
  for (const std::string &user : users) {
    PGconn *conn = PQconnectdb(dsn);
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'conn' from 'PQconnectdb' is not released with 'PQfinish' on every path out of 'per_user'
    // CHECK-FIXES: {{^}}    std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(dsn), &PQfinish);{{$}}
    const char *params[] = {user.c_str()};
    PGresult *res = PQexecParams(conn, "delete from sessions where user_id = $1", 1, nullptr,
                                 params, nullptr, nullptr, 0);
    // CHECK-FIXES: {{^}}    PGresult *res = PQexecParams(conn.get(), "delete from sessions where user_id = $1", 1, nullptr,{{$}}
    bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
    PQclear(res);
    if (!ok)
      continue;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: leaks when this 'continue' is taken
    PQfinish(conn);
    // CHECK-FIXES: {{^}}    conn.reset();{{$}}
  }
}
