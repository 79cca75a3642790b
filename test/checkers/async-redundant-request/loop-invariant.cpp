// (a) A request in a loop over elements that asks the same on every
// iteration (Drogon's shape headers), and the loops where asking again is
// not repeated work: the request reads the element or something the loop
// changes, the loop writes what it reads, polls, paces itself, or does
// nothing with its element.
// RUN: %check_async_tidy --fix-notes %s async-redundant-request %t -- -- -isystem %shapes -std=c++20

#include <drogon/orm/DbClient.h>
#include <drogon/utils/coroutine.h>
#include <string>
#include <vector>

using drogon::orm::DbClientPtr;

struct Item {
  int id;
  std::string name;
};

drogon::Task<int> sameQueryPerItem(DbClientPtr db, std::vector<Item> items) {
  int total = 0;
  for (const auto &item : items) {
    auto limits = co_await db->execSqlCoro("SELECT value FROM settings WHERE key = 'limit'");
    // CHECK-NOTES: :[[@LINE-1]]:28: warning: database query 'drogon::orm::DbClient::execSqlCoro' asks the same on every iteration over 'items': nothing it reads changes in the loop; make it once before the loop [async-redundant-request]
    // CHECK-NOTES: :[[@LINE-3]]:3: note: the loop that repeats it
    // CHECK-NOTES: :[[@LINE-3]]:28: note: make the request once, before the loop (every iteration then sees the first answer, and the request runs even when the loop runs no iteration)
    total += item.id + static_cast<int>(limits.size());
  }
  co_return total;
}
// CHECK-FIXES: int total = 0;
// CHECK-FIXES-NEXT: auto limits = co_await db->execSqlCoro("SELECT value FROM settings WHERE key = 'limit'");
// CHECK-FIXES-NEXT: for (const auto &item : items) {
// CHECK-FIXES: total += item.id + static_cast<int>(limits.size());

// Parameters that stay put, and a write to another table, keep it the same.
drogon::Task<void> indexLoop(DbClientPtr db, std::vector<int> ids, std::string region) {
  for (size_t i = 0; i < ids.size(); ++i) {
    auto zone = co_await db->execSqlCoro("SELECT tz FROM regions WHERE name = $1", region);
    // CHECK-NOTES: :[[@LINE-1]]:26: warning: database query 'drogon::orm::DbClient::execSqlCoro' asks the same on every iteration over 'i': nothing it reads changes in the loop; make it once before the loop [async-redundant-request]
    // CHECK-NOTES: :[[@LINE-3]]:3: note: the loop that repeats it
    // CHECK-NOTES: :[[@LINE-3]]:26: note: make the request once, before the loop
    co_await db->execSqlCoro("UPDATE events SET seen = true WHERE id = $1", ids[i]);
  }
}
// CHECK-FIXES: auto zone = co_await db->execSqlCoro("SELECT tz FROM regions WHERE name = $1", region);
// CHECK-FIXES-NEXT: for (size_t i = 0; i < ids.size(); ++i) {

// The result is changed in the loop: reported, but moving it would carry
// the change into the next iteration.
drogon::Task<void> resultChanged(DbClientPtr db, std::vector<Item> items) {
  for (const auto &item : items) {
    auto names = co_await db->execSqlCoro("SELECT name FROM tags");
    // CHECK-NOTES: :[[@LINE-1]]:27: warning: database query 'drogon::orm::DbClient::execSqlCoro' asks the same
    // CHECK-NOTES: :[[@LINE-3]]:3: note: the loop that repeats it
    // CHECK-NOTES: :[[@LINE-3]]:27: note: no automatic fix: the loop changes 'names'
    names = drogon::orm::Result(nullptr);
    (void)item;
  }
}

// A loop that is not a statement of a block gets no fix.
drogon::Task<void> loopUnderIf(DbClientPtr db, std::vector<Item> items, bool on) {
  if (on)
    for (const auto &item : items) {
      auto names = co_await db->execSqlCoro("SELECT name FROM tags");
      // CHECK-NOTES: :[[@LINE-1]]:29: warning: database query 'drogon::orm::DbClient::execSqlCoro' asks the same
      // CHECK-NOTES: :[[@LINE-3]]:5: note: the loop that repeats it
      // CHECK-NOTES: :[[@LINE-3]]:29: note: no automatic fix: the loop is not directly a statement of a block (it has a label, or is the body of another statement)
      (void)item;
      (void)names;
    }
}

// A template: reported once, at the pattern.
template <class Row>
drogon::Task<void> templated(DbClientPtr db, std::vector<Row> rows) {
  for (const auto &row : rows) {
    co_await db->execSqlCoro("SELECT name FROM tags");
    // CHECK-NOTES: :[[@LINE-1]]:14: warning: database query 'drogon::orm::DbClient::execSqlCoro' asks the same
    // CHECK-NOTES: :[[@LINE-3]]:3: note: the loop that repeats it
    // CHECK-NOTES: :[[@LINE-3]]:14: note: no automatic fix: the request does not declare a variable of its own in the loop
    (void)row;
  }
}
template drogon::Task<void> templated(DbClientPtr, std::vector<Item>);

// Negatives.

// The request reads the element: one query per element (N+1, the job of
// async-per-iteration-io), not the same one.
drogon::Task<void> readsElement(DbClientPtr db, std::vector<Item> items) {
  for (const auto &item : items)
    co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", item.id);
}

// It reads a variable declared in the loop, or one the loop changes.
drogon::Task<void> readsLoopState(DbClientPtr db, std::vector<Item> items) {
  int page = 0;
  for (const auto &item : items) {
    int shard = item.id % 4;
    co_await db->execSqlCoro("SELECT name FROM shards WHERE n = $1", shard);
    co_await db->execSqlCoro("SELECT name FROM pages WHERE n = $1", page);
    ++page;
  }
}

// The loop writes the table the query reads: the answer may change.
drogon::Task<void> writesWhatItReads(DbClientPtr db, std::vector<Item> items) {
  for (const auto &item : items) {
    auto count = co_await db->execSqlCoro("SELECT n FROM counters WHERE name = 'items'");
    co_await db->execSqlCoro("UPDATE counters SET n = n + 1 WHERE name = $1", item.name);
    (void)count;
  }
}

// A helper of the project that queries (on a client of its own) may write:
// the answer may change.
DbClientPtr auditDb();
drogon::Task<void> record(int id) {
  co_await auditDb()->execSqlCoro("INSERT INTO tags (name) VALUES ($1)", id);
}
drogon::Task<void> throughHelper(DbClientPtr db, std::vector<Item> items) {
  for (const auto &item : items) {
    co_await db->execSqlCoro("SELECT name FROM tags");
    co_await record(item.id);
  }
}

// Queries that do not ask the same twice: a function (the clock, a
// sequence), a lock, a write.
drogon::Task<void> notRepeatable(DbClientPtr db, std::vector<Item> items) {
  for (const auto &item : items) {
    co_await db->execSqlCoro("SELECT now()");
    co_await db->execSqlCoro("SELECT nextval('ids')");
    co_await db->execSqlCoro("SELECT id FROM jobs FOR UPDATE SKIP LOCKED");
    co_await db->execSqlCoro("INSERT INTO log (msg) VALUES ('tick')");
    (void)item;
  }
}

// SQL the parser cannot read, or not written out: unknown, never reported.
drogon::Task<void> unknownSql(DbClientPtr db, std::vector<Item> items, std::string sql) {
  for (const auto &item : items) {
    co_await db->execSqlCoro(sql);
    co_await db->execSqlCoro("SELEC name FROM tags");
    (void)item;
  }
}

// A loop that does nothing with its element or counter repeats on purpose
// (samples, a warm-up).
drogon::Task<void> warmUp(DbClientPtr db) {
  for (int i = 0; i < 5; ++i)
    co_await db->execSqlCoro("SELECT name FROM tags");
}

// A loop that leaves on what it got polls; one that sleeps paces itself.
drogon::Task<void> polls(DbClientPtr db, std::vector<Item> items, trantor::EventLoop *loop) {
  for (const auto &item : items) {
    auto ready = co_await db->execSqlCoro("SELECT id FROM jobs WHERE done");
    if (!ready.empty())
      break;
    (void)item;
  }
  for (const auto &item : items) {
    co_await db->execSqlCoro("SELECT id FROM jobs WHERE done");
    co_await drogon::sleepCoro(loop, 1.0);
    (void)item;
  }
}

// Run only for some elements: moving it would run it when none needs it.
drogon::Task<void> conditional(DbClientPtr db, std::vector<Item> items) {
  for (const auto &item : items)
    if (item.id > 10)
      co_await db->execSqlCoro("SELECT name FROM tags");
}

// A different client per element, or a client replaced in the loop.
drogon::Task<void> otherClients(std::vector<DbClientPtr> dbs, DbClientPtr db, DbClientPtr spare,
                                std::vector<Item> items) {
  for (const auto &client : dbs)
    co_await client->execSqlCoro("SELECT name FROM tags");
  for (const auto &item : items) {
    co_await db->execSqlCoro("SELECT name FROM tags");
    if (item.id == 0)
      db = spare;
  }
}

// Inputs changed through another name made before the loop: a lambda that
// captures by reference, a pointer, a reference.
drogon::Task<void> aliasedInputs(DbClientPtr db, std::vector<Item> items) {
  int page = 0, offset = 0, skip = 0;
  auto next = [&] { page += 10; };
  int *p = &offset;
  int &r = skip;
  for (const auto &item : items) {
    co_await db->execSqlCoro("SELECT name FROM tags OFFSET $1", page);
    co_await db->execSqlCoro("SELECT name FROM tags OFFSET $1", offset);
    co_await db->execSqlCoro("SELECT name FROM tags OFFSET $1", skip);
    next();
    *p += 10;
    r += item.id;
  }
}

// A loop that may stop on an answer (a search, a retry), and one that
// pauses through a helper of the project.
drogon::Task<void> throttle(trantor::EventLoop *loop) { co_await drogon::sleepCoro(loop, 1.0); }
drogon::Task<void> stopsOrPauses(DbClientPtr db, std::vector<Item> items, trantor::EventLoop *loop) {
  for (const auto &item : items) {
    auto open = co_await db->execSqlCoro("SELECT id FROM slots WHERE free");
    if (open.size() > static_cast<size_t>(item.id))
      break;
  }
  for (const auto &item : items) {
    co_await db->execSqlCoro("SELECT id FROM slots WHERE free");
    co_await throttle(loop);
    (void)item;
  }
}

// Fixes that would not compile or would change which name means what: the
// declaration names a type declared in the loop, or the loop's element in a
// decltype; the name is taken later by a structured binding or is a member
// the function reads.
struct Pair {
  int a, b;
};
Pair dims();
drogon::Task<size_t> namesInTheLoop(DbClientPtr db, std::vector<Item> items, int limit) {
  size_t n = 0;
  for (const auto &item : items) {
    using Rows = drogon::orm::Result;
    Rows tags = co_await db->execSqlCoro("SELECT name FROM tags");
    // CHECK-NOTES: :[[@LINE-1]]:26: warning: database query 'drogon::orm::DbClient::execSqlCoro' asks the same
    // CHECK-NOTES: :[[@LINE-4]]:3: note: the loop that repeats it
    // CHECK-NOTES: :[[@LINE-3]]:26: note: no automatic fix: the request's statement names something declared in the loop
    auto page = co_await db->execSqlCoro("SELECT name FROM tags LIMIT $1", static_cast<decltype(item.id)>(limit));
    // CHECK-NOTES: :[[@LINE-1]]:26: warning: database query 'drogon::orm::DbClient::execSqlCoro' asks the same
    // CHECK-NOTES: :[[@LINE-8]]:3: note: the loop that repeats it
    // CHECK-NOTES: :[[@LINE-3]]:26: note: no automatic fix: the request's statement names something declared in the loop
    auto cols = co_await db->execSqlCoro("SELECT name FROM columns");
    // CHECK-NOTES: :[[@LINE-1]]:26: warning: database query 'drogon::orm::DbClient::execSqlCoro' asks the same
    // CHECK-NOTES: :[[@LINE-12]]:3: note: the loop that repeats it
    // CHECK-NOTES: :[[@LINE-3]]:26: note: no automatic fix: another declaration the function uses is named 'cols'
    n += tags.size() + page.size() + cols.size() + item.id;
  }
  auto [rows, cols] = dims();
  co_return n + rows + cols;
}
struct Service {
  drogon::orm::Result *tags = nullptr;
  drogon::Task<size_t> count(DbClientPtr db, std::vector<Item> items);
};
drogon::Task<size_t> Service::count(DbClientPtr db, std::vector<Item> items) {
  size_t n = 0;
  for (const auto &item : items) {
    auto tags = co_await db->execSqlCoro("SELECT name FROM tags");
    // CHECK-NOTES: :[[@LINE-1]]:26: warning: database query 'drogon::orm::DbClient::execSqlCoro' asks the same
    // CHECK-NOTES: :[[@LINE-3]]:3: note: the loop that repeats it
    // CHECK-NOTES: :[[@LINE-3]]:26: note: no automatic fix: another declaration the function uses is named 'tags'
    n += tags.size() + item.id;
  }
  co_return n + (this->tags ? 1 : 0);
}

// A lambda handed elsewhere is other code; a plain function is no coroutine.
void notACoroutine(DbClientPtr db, std::vector<Item> items) {
  for (const auto &item : items) {
    db->execSqlAsync(
        "SELECT name FROM tags", [](const drogon::orm::Result &) {}, [](const auto &) {});
    (void)item;
  }
}
