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
#include <functional>
#include <string>
#include <string_view>
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

// The same prompt twice, the first answer not read after the second: the
// second asks for nothing new.
drogon::Task<std::string> askTwice(std::string question) {
  auto first = ollama::generate("llama3", question);
  std::string shown = first.as_simple_string();
  auto second = ollama::generate("llama3", question);
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: LLM request 'ollama::generate' asks again what an earlier request asked
  // CHECK-NOTES: :[[@LINE-4]]:16: note: the first request
  // CHECK-NOTES: :[[@LINE-3]]:17: note: reuse the first result
  co_return shown + second.as_simple_string();
}
// CHECK-FIXES: auto second = first;

// The first result moved away in between: reported, but not reused.
drogon::Task<void> firstMoved(DbClientPtr db, std::vector<drogon::orm::Result> &out) {
  auto tags = co_await db->execSqlCoro("SELECT name FROM tags");
  out.push_back(std::move(tags));
  auto again = co_await db->execSqlCoro("SELECT name FROM tags");
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: database query 'drogon::orm::DbClient::execSqlCoro' asks again what an earlier request asked
  // CHECK-NOTES: :[[@LINE-4]]:24: note: the first request
  // CHECK-NOTES: :[[@LINE-3]]:25: note: no automatic fix: the code in between may change 'tags'
  out.push_back(again);
}

// MySQL's and SQLite's `?` parameters (Drogon on those databases).
drogon::Task<size_t> questionMarks(DbClientPtr db, std::string code) {
  auto role = co_await db->execSqlCoro("SELECT id FROM sys_role WHERE code = ?", code);
  size_t n = role.size();
  auto again = co_await db->execSqlCoro("SELECT id FROM sys_role WHERE code = ?", code);
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: database query 'drogon::orm::DbClient::execSqlCoro' asks again what an earlier request asked
  // CHECK-NOTES: :[[@LINE-4]]:24: note: the first request
  // CHECK-NOTES: :[[@LINE-3]]:25: note: reuse the first result
  co_return n + again.size();
}
// CHECK-FIXES: auto again = role;

// The second bound to a reference, or passed on directly: a copy of the
// first would not be what the code took. The first unpacked by a
// structured binding: no variable to reuse.
void keep(cpr::Response &&) {}
drogon::Task<void> notACopy(std::string url) {
  auto first = cpr::Get(cpr::Url{url});
  (void)first;
  auto &&second = cpr::Get(cpr::Url{url});
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: HTTP request 'cpr::Get' asks again what an earlier request asked
  // CHECK-NOTES: :[[@LINE-4]]:16: note: the first request
  // CHECK-NOTES: :[[@LINE-3]]:19: note: no automatic fix: the repeated request does not initialise a variable of its own
  (void)second;
  auto page = cpr::Get(cpr::Url{url + "/page"});
  (void)page;
  keep(cpr::Get(cpr::Url{url + "/page"}));
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: HTTP request 'cpr::Get' asks again what an earlier request asked
  // CHECK-NOTES: :[[@LINE-4]]:15: note: the first request
  // CHECK-NOTES: :[[@LINE-3]]:8: note: no automatic fix: the repeated request does not initialise a variable of its own
  co_return;
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

// A helper of the project in between, on a client of its own, may write.
DbClientPtr auditDb();
drogon::Task<void> audit(int id) {
  co_await auditDb()->execSqlCoro("DELETE FROM users WHERE id = $1", id);
}
drogon::Task<void> helperInBetween(DbClientPtr db, int id) {
  co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
  co_await audit(id);
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

// The first under `&&`: it runs only sometimes.
drogon::Task<bool> firstUnderAnd(DbClientPtr db, bool cold) {
  bool empty = cold && (co_await db->execSqlCoro("SELECT 1 FROM flags")).empty();
  auto flags = co_await db->execSqlCoro("SELECT 1 FROM flags");
  co_return empty || flags.empty();
}

// A model asked twice for two candidates (both answers read), or again
// after a check of the first answer that may end the coroutine, or into the
// first answer's variable: sampling and retries.
drogon::Task<std::string> candidates(std::string product) {
  auto a = ollama::generate("llama3", "Write a tagline for: " + product);
  auto b = ollama::generate("llama3", "Write a tagline for: " + product);
  co_return a.as_simple_string() + " | " + b.as_simple_string();
}
bool validJson(const ollama::response &);
drogon::Task<std::string> retries(std::string prompt) {
  auto r = ollama::generate("llama3", prompt);
  if (validJson(r))
    co_return r.as_simple_string();
  auto again = ollama::generate("llama3", prompt);
  auto s = ollama::generate("llama3", prompt + "!");
  bool ok = validJson(s);
  if (!ok)
    s = ollama::generate("llama3", prompt + "!");
  co_return again.as_simple_string() + s.as_simple_string();
}

// Changes through another name made before (a reference), and a change
// made in the first's own statement after the request.
drogon::Task<void> aliases(DbClientPtr db, int id, int page) {
  int &cur = id;
  co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
  ++cur;
  co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
  page += static_cast<int>((co_await db->execSqlCoro("SELECT n FROM pages WHERE n > $1", page)).size());
  co_await db->execSqlCoro("SELECT n FROM pages WHERE n > $1", page);
}

// A second request that stores into the first's variable refreshes it.
drogon::Task<size_t> refresh(DbClientPtr db) {
  auto jobs = co_await db->execSqlCoro("SELECT id FROM jobs");
  size_t before = jobs.size();
  jobs = co_await db->execSqlCoro("SELECT id FROM jobs");
  co_return before + jobs.size();
}

// The first inside a block of its own, with a write after it; cases and
// labels: the second may run without the first.
drogon::Task<void> notTheFirstsOwnBlock(DbClientPtr db, int id, int mode, bool cached) {
  {
    auto before = co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
    co_await db->execSqlCoro("UPDATE users SET name = 'x' WHERE id = $1", id);
    (void)before;
  }
  auto after = co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
  switch (mode) {
  case 0:
    co_await db->execSqlCoro("SELECT name FROM roles");
    break;
  case 1:
    co_await db->execSqlCoro("SELECT name FROM roles");
    break;
  }
  if (cached)
    goto fetch;
  co_await db->execSqlCoro("SELECT name FROM teams");
fetch:
  co_await db->execSqlCoro("SELECT name FROM teams");
  (void)after;
}

// Code the analysis cannot name in between: a virtual call, a function
// object, a function of the project with no body here, other work on the
// client (a query the catalog does not list).
struct Repo {
  virtual drogon::Task<void> rename(int id) = 0;
};
drogon::Task<void> elsewhere(int id);
drogon::Task<void> unknownCode(DbClientPtr db, Repo &repo, std::function<void()> hook, int id) {
  co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
  co_await repo.rename(id);
  co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
  hook();
  co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
  co_await elsewhere(id);
  co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
  db->execSqlAsyncFuture("UPDATE users SET name = 'y'");
  co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
}

// Arguments read through a pointer, and a view over changing text.
struct Cursor {
  int offset;
};
drogon::Task<void> throughPointers(DbClientPtr db, Cursor *cur, std::string current) {
  co_await db->execSqlCoro("SELECT name FROM tags OFFSET $1", cur->offset);
  cur->offset += 10;
  co_await db->execSqlCoro("SELECT name FROM tags OFFSET $1", cur->offset);
  std::string_view key = current;
  co_await db->execSqlCoro("SELECT name FROM tags WHERE k = $1", std::string(key));
  current = "other";
  co_await db->execSqlCoro("SELECT name FROM tags WHERE k = $1", std::string(key));
}

// Repeats in a plain function are not this check's business.
void notACoroutine(std::string url) {
  cpr::Get(cpr::Url{url});
  cpr::Get(cpr::Url{url});
}
