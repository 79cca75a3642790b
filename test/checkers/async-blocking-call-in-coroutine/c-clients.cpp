// The C clients, real headers: libpq, libcurl, SQLite, hiredis. None has an
// asynchronous twin a fix could call, so each is reported with advice and
// no fix.
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -isystem %shapes -I/usr/include/postgresql

#include <curl/curl.h>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <folly/experimental/coro/Task.h>

folly::coro::Task<int> fetch_embedding(PGconn *pg, CURL *curl, sqlite3 *db, redisContext *redis,
                                       const char *const *params) {
  PGresult *r = PQexecParams(pg, "select v from emb where id = $1", 1, nullptr, params,
                             nullptr, nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-2]]:17: warning: blocking call 'PQexecParams' inside coroutine 'fetch_embedding' stalls its executor thread; use libpq's asynchronous API (PQsendQueryParams, then wait for the socket on the executor) or an asynchronous driver, or offload the query to a thread pool [async-blocking-call-in-coroutine]
  PQclear(r);
  PGconn *other = PQconnectdb("dbname=app");
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call 'PQconnectdb'
  PQfinish(other);
  // libpq's non-blocking pattern: send, then collect the results.
  PQsendQuery(pg, "select 1");
  while (PGresult *part = PQgetResult(pg))
    PQclear(part);

  CURLcode rc = curl_easy_perform(curl);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking call 'curl_easy_perform' inside coroutine 'fetch_embedding' stalls its executor thread; libcurl's easy interface is synchronous; drive the transfer with the multi interface on the executor, use an asynchronous HTTP client, or offload it to a thread pool
  curl_easy_setopt(curl, CURLOPT_URL, "http://localhost/");

  sqlite3_exec(db, "vacuum", nullptr, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'sqlite3_exec'
  sqlite3_stmt *stmt = nullptr;
  sqlite3_prepare_v2(db, "select 1", -1, &stmt, nullptr);
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call 'sqlite3_step'
  }
  sqlite3_finalize(stmt);

  auto *reply = static_cast<redisReply *>(redisCommand(redis, "GET %s", "k"));
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: blocking call 'redisCommand' {{.*}}use hiredis' asynchronous API
  freeReplyObject(reply);
  co_return static_cast<int>(rc);
}

// Outside coroutines these clients are used as designed.
int sync_worker(PGconn *pg, CURL *curl) {
  PQclear(PQexec(pg, "select 1"));
  return curl_easy_perform(curl);
}
