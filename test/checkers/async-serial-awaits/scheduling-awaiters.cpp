// Awaiters a project writes itself for what its framework lacks: one that
// hands the coroutine to an event loop (an executor switch) and one that
// resumes it from the loop's timer (a sleep). They do no operation of
// their own and order what follows, as the catalog's switches and timers
// do: an await before them and one after are not a group (the catalog's
// resume_schedulers; analysis/SchedulingAwaiters). An awaiter that makes a
// request in its await_suspend is an operation like any other.
// RUN: %check_async_tidy %s async-serial-awaits %t -- -- -isystem %shapes

#include <drogon/orm/DbClient.h>
#include <drogon/utils/coroutine.h>

#include <coroutine>
#include <string>

using drogon::Task;
using drogon::orm::DbClientPtr;

struct SwitchTo {
  trantor::EventLoop *loop;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) { loop->queueInLoop([h] { h.resume(); }); }
  void await_resume() const noexcept {}
};
SwitchTo switchTo(trantor::EventLoop *loop) { return SwitchTo{loop}; }

struct Sleep {
  trantor::EventLoop *loop;
  double seconds;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) { loop->runAfter(seconds, [h] { h.resume(); }); }
  void await_resume() const noexcept {}
};
Sleep sleepFor(trantor::EventLoop *loop, double seconds) { return Sleep{loop, seconds}; }

// Queues a query and resumes from its callback: a request.
struct CountAwaiter {
  DbClientPtr db;
  long count = 0;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) {
    db->execSqlAsync(
        "SELECT count(*) FROM users", [h](const drogon::orm::Result &) { h.resume(); },
        [h](const drogon::orm::DrogonDbException &) { h.resume(); });
  }
  long await_resume() const noexcept { return count; }
};
CountAwaiter countUsers(DbClientPtr db) { return CountAwaiter{db}; }

Task<long> afterSwitch(DbClientPtr db, trantor::EventLoop *loop) {
  auto users = co_await db->execSqlCoro("SELECT id FROM users");
  co_await switchTo(loop);
  auto orders = co_await db->execSqlCoro("SELECT id FROM orders");
  co_return static_cast<long>(users.size() + orders.size());
}

Task<long> afterSleep(DbClientPtr db, trantor::EventLoop *loop) {
  auto users = co_await db->execSqlCoro("SELECT id FROM users");
  co_await sleepFor(loop, 0.5);
  auto orders = co_await db->execSqlCoro("SELECT id FROM orders");
  co_return static_cast<long>(users.size() + orders.size());
}

Task<long> afterSleepObject(DbClientPtr db, trantor::EventLoop *loop) {
  auto users = co_await db->execSqlCoro("SELECT id FROM users");
  co_await Sleep{loop, 0.5};
  auto orders = co_await db->execSqlCoro("SELECT id FROM orders");
  co_return static_cast<long>(users.size() + orders.size());
}

// The request in an awaiter is an operation: it joins the group.
Task<long> withCountAwaiter(DbClientPtr db) {
  auto orders = co_await db->execSqlCoro("SELECT id FROM orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 2 independent awaits in 'withCountAwaiter' run one after another ('execSqlCoro', 'countUsers'){{.*}} [async-serial-awaits]
  long users = co_await countUsers(db);
  co_return static_cast<long>(orders.size()) + users;
}
