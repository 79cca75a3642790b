// Drogon 1.9.1 has no "run these concurrently" (drogon::when_all came in
// 1.9.12), and an unknown task type has no idioms: reported, not fixed.
// RUN: %check_async_tidy --fix-notes %s async-serial-awaits %t -- -- -isystem %shapes

#include <drogon/orm/DbClient.h>
#include <drogon/utils/coroutine.h>

drogon::Task<int> count_users(drogon::orm::DbClientPtr db) {
  // DbClient is a connection pool: concurrent queries are fine.
  auto a = co_await db->execSqlCoro("select count(*) from users");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 2 independent awaits in 'count_users' run one after another ('execSqlCoro', 'execSqlCoro'); {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: no automatic fix: Drogon has no idiom for running awaits concurrently
  auto b = co_await db->execSqlCoro("select count(*) from orders");
  co_return static_cast<int>(a.size() + b.size());
}

drogon::Task<int> write_then_read(drogon::orm::DbClientPtr db) {
  // A write and a read of one table stay in order.
  co_await db->execSqlCoro("insert into users(name) values('x')");
  auto n = co_await db->execSqlCoro("select count(*) from users");
  co_return static_cast<int>(n.size());
}
