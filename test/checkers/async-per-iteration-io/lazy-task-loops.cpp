// Tasks collected in a vector and then awaited one per iteration. Building
// the vector is the batched form only when the tasks run together: a lazy
// task (Drogon's, folly's) starts when it is awaited, so awaiting them in
// order runs the requests one after another. Seen on the tuning half: a
// Drogon service whose comment says its Redis lookups were "started in
// parallel" before a loop that awaits each. Eager tasks (already running),
// tasks of unknown start, tasks without a request, containers the
// coroutine did not fill and awaits of all at once are left alone.
// RUN: %check_async_tidy %s async-per-iteration-io %t -- -- -isystem %shapes

#include <drogon/nosql/RedisClient.h>
#include <drogon/orm/DbClient.h>
#include <drogon/utils/coroutine.h>
#include <cpr/cpr.h>
#include <folly/experimental/coro/Collect.h>
#include <folly/experimental/coro/Task.h>

#include <chrono>
#include <string>
#include <vector>

using drogon::Task;
using drogon::orm::DbClientPtr;

Task<long> countOrders(DbClientPtr db, long user) {
  auto rows = co_await db->execSqlCoro("SELECT id FROM orders WHERE user_id = $1", user);
  co_return static_cast<long>(rows.size());
}

// The service's form: the tasks are made in one loop, awaited in another.
Task<std::vector<long>> orderCounts(DbClientPtr db, std::vector<long> users) {
  std::vector<Task<long>> tasks;
  for (long user : users)
    tasks.push_back(countOrders(db, user));
  std::vector<long> counts;
  for (auto &task : tasks) {
    try {
      counts.push_back(co_await std::move(task));
      // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: each iteration awaits one lazy 'drogon::Task' of 'tasks': a lazy task starts only when it is awaited, so each task's database query waits for the one before; await them together with a when_all of the tasks [async-per-iteration-io]
    } catch (...) {
      counts.push_back(-1);
    }
  }
  co_return counts;
}

// The service's Redis form (Drogon's Redis client, v1.9.13): one TTL
// lookup per key, "started in parallel", then awaited one by one.
using drogon::nosql::RedisClientPtr;
Task<long long> ttlOf(RedisClientPtr redis, std::string key) {
  auto reply = co_await redis->execCommandCoro("ttl %s", key.c_str());
  co_return reply.asInteger();
}
Task<std::vector<long long>> ttls(RedisClientPtr redis, std::vector<std::string> keys) {
  std::vector<Task<long long>> tasks;
  for (const auto &key : keys)
    tasks.push_back(ttlOf(redis, "ttl:" + key));
  std::vector<long long> result;
  for (auto &task : tasks)
    result.push_back(co_await std::move(task));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: each iteration awaits one lazy 'drogon::Task' of 'tasks': {{.*}} database query waits for the one before
  co_return result;
}

// A Redis command per element, awaited in the loop: the usual N+1.
Task<void> touchAll(RedisClientPtr redis, std::vector<std::string> keys) {
  for (const auto &key : keys)
    co_await redis->execCommandCoro("expire %s 60", key.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: database query 'drogon::nosql::RedisClient::execCommandCoro' runs once per iteration over 'keys' (N+1); send one command for all keys (MGET, MSET, a variadic DEL, HSET or SADD) [async-per-iteration-io]
}

// Made one by one, without a loop; awaited without std::move.
Task<long> twoCounts(DbClientPtr db) {
  std::vector<Task<long>> tasks;
  tasks.emplace_back(countOrders(db, 1));
  tasks.emplace_back(countOrders(db, 2));
  long total = 0;
  for (auto &task : tasks)
    total += co_await task;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: each iteration awaits one lazy 'drogon::Task' of 'tasks'
  co_return total;
}

// folly's Task is lazy too; the advice names its idiom.
folly::coro::Task<long> countOrdersFolly(DbClientPtr, long user) {
  co_return static_cast<long>(
      cpr::Get(cpr::Url{"http://orders/count/" + std::to_string(user)}).text.size());
}
folly::coro::Task<long> totalFolly(DbClientPtr db, std::vector<long> users) {
  std::vector<folly::coro::Task<long>> pending;
  for (long user : users)
    pending.push_back(countOrdersFolly(db, user));
  long total = 0;
  for (auto &task : pending)
    total += co_await std::move(task);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: each iteration awaits one lazy 'folly::coro::Task' of 'pending': a lazy task starts only when it is awaited, so each task's HTTP request waits for the one before; await them together with 'folly::coro::collectAllRange(std::move(pending))' [async-per-iteration-io]
  co_return total;
}

// --- Left alone ---

// Awaited all at once: the batched form.
folly::coro::Task<long> totalTogether(DbClientPtr db, std::vector<long> users) {
  std::vector<folly::coro::Task<long>> pending;
  for (long user : users)
    pending.push_back(countOrdersFolly(db, user));
  auto all = co_await folly::coro::collectAllRange(std::move(pending));
  co_return static_cast<long>(all.size());
}

// An eager task (its promise does not suspend at the start) is running
// from the moment it is made: awaiting them in order only collects.
struct EagerCount {
  struct promise_type {
    EagerCount get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(long) {}
    void unhandled_exception() {}
  };
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  long await_resume() { return 0; }
};
EagerCount startCount(DbClientPtr db, long user) {
  auto rows = co_await db->execSqlCoro("SELECT id FROM orders WHERE user_id = $1", user);
  co_return static_cast<long>(rows.size());
}
Task<long> awaitEager(DbClientPtr db, std::vector<long> users) {
  std::vector<EagerCount> started;
  for (long user : users)
    started.push_back(startCount(db, user));
  long sum = 0;
  for (auto &count : started)
    sum += co_await count;
  co_return sum;
}

// Tasks that make no request: nothing to overlap.
Task<long> square(long x) { co_return x * x; }
Task<long> sumOfSquares(std::vector<long> xs) {
  std::vector<Task<long>> tasks;
  for (long x : xs)
    tasks.push_back(square(x));
  long sum = 0;
  for (auto &task : tasks)
    sum += co_await std::move(task);
  co_return sum;
}

// A container the coroutine did not fill: who made the tasks is unknown.
Task<long> awaitGiven(std::vector<Task<long>> tasks) {
  long sum = 0;
  for (auto &task : tasks)
    sum += co_await std::move(task);
  co_return sum;
}

// An awaitable of unknown start: no finding.
struct Pending {
  bool await_ready() const noexcept;
  void await_suspend(std::coroutine_handle<>) noexcept;
  long await_resume();
};
Pending sendCount(DbClientPtr db, long user);
Task<long> awaitPending(DbClientPtr db, std::vector<long> users) {
  std::vector<Pending> pending;
  for (long user : users)
    pending.push_back(sendCount(db, user));
  long sum = 0;
  for (auto &p : pending)
    sum += co_await p;
  co_return sum;
}

// A loop that awaits something else than its element.
Task<long> awaitOther(DbClientPtr db, std::vector<long> users) {
  std::vector<Task<long>> tasks;
  for (long user : users)
    tasks.push_back(countOrders(db, user));
  long sum = 0;
  for (auto &task : tasks) {
    (void)task;
    sum += co_await square(2);
  }
  co_return sum;
}


// Awaited in a lambda: another body, which runs when it is called.
Task<void> inLambda(DbClientPtr db, std::vector<long> users) {
  std::vector<Task<long>> tasks;
  for (long user : users)
    tasks.push_back(countOrders(db, user));
  auto drain = [&tasks]() -> Task<void> {
    for (auto &task : tasks)
      co_await std::move(task);
  };
  co_await drain();
}
