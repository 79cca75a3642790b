// (b) The same request twice in one coroutine, with nothing in between
// that changes its answer (Drogon, cpr and ollama-hpp shape headers); and
// the pairs that are not that: something in between writes what it reads
// or changes an argument or the client, the first runs only sometimes, the
// second runs in a loop, the request changes something (a POST).
// RUN: %check_async_tidy --fix-notes %s async-redundant-request %t -- -- -isystem %shapes -std=c++20

#include <cpr/cpr.h>
#include <drogon/orm/DbClient.h>
#include <drogon/utils/coroutine.h>
#include <ollama.hpp>
#include <string>
#include <utility>
#include <vector>

using drogon::orm::DbClientPtr;

drogon::Task<size_t> userTwice(DbClientPtr db, int id) {
  auto user = co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
  size_t n = user.size();
  co_await db->execSqlCoro("UPDATE sessions SET seen = now() WHERE user_id = $1", id);
  auto again = co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: database query 'drogon::orm::DbClient::execSqlCoro' asks again what an earlier request asked, and nothing in between changes the answer; reuse the first result [async-redundant-request]
  // CHECK-NOTES: :[[@LINE-5]]:24: note: the first request
  // CHECK-NOTES: :[[@LINE-3]]:25: note: reuse the first result (an answer that changed in between is no longer seen)
  co_return n + again.size();
}
// CHECK-FIXES: auto again = user;

// The second may run only sometimes; the first always ran before it.
drogon::Task<void> secondInBranch(DbClientPtr db, int id, bool verbose) {
  auto user = co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
  if (verbose) {
    auto detail = co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
    // CHECK-NOTES: :[[@LINE-1]]:28: warning: database query 'drogon::orm::DbClient::execSqlCoro' asks again what an earlier request asked
    // CHECK-NOTES: :[[@LINE-4]]:24: note: the first request
    // CHECK-NOTES: :[[@LINE-3]]:28: note: reuse the first result
    (void)detail;
  }
  (void)user;
}
// CHECK-FIXES: auto detail = user;

// A synchronous GET twice; the first result discarded, so nothing to reuse.
drogon::Task<void> getTwice(std::string url) {
  cpr::Get(cpr::Url{url});
  auto second = cpr::Get(cpr::Url{url});
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: HTTP request 'cpr::Get' asks again what an earlier request asked
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the first request
  // CHECK-NOTES: :[[@LINE-3]]:17: note: no automatic fix: the first result is not kept in a variable
  (void)second;
  co_return;
}

// The same prompt twice.
drogon::Task<std::string> askTwice(std::string question) {
  auto first = ollama::generate("llama3", question);
  auto second = ollama::generate("llama3", question);
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: LLM request 'ollama::generate' asks again what an earlier request asked
  // CHECK-NOTES: :[[@LINE-3]]:16: note: the first request
  // CHECK-NOTES: :[[@LINE-3]]:17: note: reuse the first result
  co_return first.as_simple_string() + second.as_simple_string();
}
// CHECK-FIXES: auto second = first;

// The first result moved away in between: reported, but not reused.
drogon::Task<void> firstMoved(DbClientPtr db, std::vector<drogon::orm::Result> &out) {
  auto tags = co_await db->execSqlCoro("SELECT name FROM tags");
  out.push_back(std::move(tags));
  auto again = co_await db->execSqlCoro("SELECT name FROM tags");
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: database query 'drogon::orm::DbClient::execSqlCoro' asks again what an earlier request asked
  // CHECK-NOTES: :[[@LINE-4]]:24: note: the first request
  // CHECK-NOTES: :[[@LINE-3]]:25: note: no automatic fix: the code in between changes 'tags'
  out.push_back(again);
}

// Negatives.

// A write to the table it reads, an argument or client changed in between.
drogon::Task<void> changedInBetween(DbClientPtr db, DbClientPtr other, int id) {
  co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
  co_await db->execSqlCoro("UPDATE users SET name = 'x' WHERE id = $1", id);
  co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);

  co_await db->execSqlCoro("SELECT name FROM teams WHERE id = $1", id);
  ++id;
  co_await db->execSqlCoro("SELECT name FROM teams WHERE id = $1", id);

  co_await db->execSqlCoro("SELECT name FROM roles");
  db = other;
  co_await db->execSqlCoro("SELECT name FROM roles");
}

// A helper of the project in between may write.
drogon::Task<void> audit(DbClientPtr db, int id) {
  co_await db->execSqlCoro("DELETE FROM users WHERE id = $1", id);
}
drogon::Task<void> helperInBetween(DbClientPtr db, int id) {
  co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
  co_await audit(db, id);
  co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
}

// A retry: the second runs when the first's answer says so. A second look
// after a pause asks whether the answer changed.
drogon::Task<void> retryAndPause(DbClientPtr db, trantor::EventLoop *loop) {
  auto jobs = co_await db->execSqlCoro("SELECT id FROM jobs WHERE done");
  if (jobs.empty())
    jobs = co_await db->execSqlCoro("SELECT id FROM jobs WHERE done");
  co_await drogon::sleepCoro(loop, 1.0);
  auto later = co_await db->execSqlCoro("SELECT id FROM jobs WHERE done");
  (void)later;
}

// The first runs only sometimes; the second runs in a loop.
drogon::Task<void> notOnePath(DbClientPtr db, int id, bool fresh, int times) {
  if (fresh)
    co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
  co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
  for (int i = 0; i < times; ++i)
    co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
}

// Different arguments, different clients, or requests that change
// something: not the same question.
drogon::Task<void> notTheSame(DbClientPtr db, DbClientPtr replica, int id, std::string url) {
  co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
  co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id + 1);
  co_await replica->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
  cpr::Post(cpr::Url{url});
  cpr::Post(cpr::Url{url});
  co_await db->execSqlCoro("SELECT random()");
  co_await db->execSqlCoro("SELECT random()");
}

// Two statements in one: `a && b` runs the second only sometimes.
drogon::Task<bool> bothInOneExpression(DbClientPtr db) {
  co_return (co_await db->execSqlCoro("SELECT 1 FROM flags")).empty() &&
      (co_await db->execSqlCoro("SELECT 1 FROM flags")).empty();
}

// Repeats in a plain function are not this check's business.
void notACoroutine(std::string url) {
  cpr::Get(cpr::Url{url});
  cpr::Get(cpr::Url{url});
}
