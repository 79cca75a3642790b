// SQLite and hiredis with the real headers: out-parameter handles, the
// handle sqlite3_open allocates even when it fails, replies cast from void*.
// RUN: %check_async_tidy %s async-unclosed-client %t -- -- -isystem %shapes

#include <hiredis/hiredis.h>
#include <sqlite3.h>
#include <folly/experimental/coro/Task.h>
#include <string>

// sqlite3_open needs sqlite3_close even when it fails. Out-parameter
// handles get no fix.
int open_db(const char *path) {
  sqlite3 *db = nullptr;
  if (sqlite3_open(path, &db) != SQLITE_OK)
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'db' from 'sqlite3_open' is not released with 'sqlite3_close' on every path out of 'open_db' [async-unclosed-client]
    return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  sqlite3_close(db);
  return 0;
}

// Correct: closed on the failure path too; a failed prepare leaves no
// statement to finalize; sqlite3_close_v2 releases as well.
int count(const char *path) {
  sqlite3 *db = nullptr;
  int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_close(db);
    return -1;
  }
  sqlite3_stmt *stmt = nullptr;
  if (sqlite3_prepare_v2(db, "select count(*) from t", -1, &stmt, nullptr) != SQLITE_OK) {
    sqlite3_close_v2(db);
    return -1;
  }
  int n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
  sqlite3_finalize(stmt);
  sqlite3_close_v2(db);
  return n;
}

// A statement leaked when stepping fails.
folly::coro::Task<int> newest_id(sqlite3 *db) {
  sqlite3_stmt *stmt;
  int rc = sqlite3_prepare_v2(db, "select max(id) from t", -1, &stmt, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'stmt' from 'sqlite3_prepare_v2' is not released with 'sqlite3_finalize' on every path out of 'newest_id'
  if (rc)
    co_return -1;
  if (sqlite3_step(stmt) != SQLITE_ROW)
    co_return -2;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'co_return' is taken
  int id = sqlite3_column_int(stmt, 0);
  sqlite3_finalize(stmt);
  co_return id;
}

// hiredis: the context must be freed when it reports an error; the reply,
// cast from void*, is kept in the fix as written.
std::string ping(const char *host) {
  redisContext *c = redisConnect(host, 6379);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'c' from 'redisConnect' is not released with 'redisFree' on every path out of 'ping'
  // CHECK-FIXES: {{^}}  std::unique_ptr<redisContext, decltype(&redisFree)> c(redisConnect(host, 6379), &redisFree);{{$}}
  if (c == nullptr || c->err)
    return "";
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  // CHECK-FIXES: {{^}}  if (c.get() == nullptr || c->err){{$}}
  redisReply *reply = (redisReply *)redisCommand(c, "PING");
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: 'reply' from 'redisCommand' is not released with 'freeReplyObject' on every path out of 'ping'
  // CHECK-FIXES: {{^}}  std::unique_ptr<redisReply, decltype(&freeReplyObject)> reply((redisReply *)redisCommand(c.get(), "PING"), &freeReplyObject);{{$}}
  if (reply == nullptr) {
    redisFree(c);
    return "";
  }
  if (reply->type == REDIS_REPLY_ERROR) {
    redisFree(c);
    // CHECK-FIXES: {{^}}    c.reset();{{$}}
    return "";
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  }
  std::string pong(reply->str, reply->len);
  freeReplyObject(reply);
  // CHECK-FIXES: {{^}}  reply.reset();{{$}}
  redisFree(c);
  return pong;
}

// Correct hiredis, as its examples write it.
int ping_checked(const char *host) {
  redisContext *c = redisConnectWithTimeout(host, 6379, {1, 0});
  if (c == nullptr || c->err) {
    if (c)
      redisFree(c);
    return 1;
  }
  redisReply *reply = static_cast<redisReply *>(redisCommand(c, "PING"));
  if (reply)
    freeReplyObject(reply);
  redisFree(c);
  return 0;
}
