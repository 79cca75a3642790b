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

drogon::Task<int> write_then_read_a_constant(drogon::orm::DbClientPtr db) {
  // The write is in a constant: the read of its table stays after it.
  static constexpr auto insert = "insert into users(name) values($1)";
  co_await db->execSqlCoro(insert, "x");
  auto n = co_await db->execSqlCoro("select count(*) from users");
  co_return static_cast<int>(n.size());
}

drogon::Task<int> write_in_a_constant_array(drogon::orm::DbClientPtr db) {
  // `const char[]` is constant too, and so is a `const std::string`.
  static const char insert[] = "insert into users(name) values($1)";
  const std::string count = "select count(*) from users";
  co_await db->execSqlCoro(insert, "x");
  auto n = co_await db->execSqlCoro(count);
  co_return static_cast<int>(n.size());
}

drogon::Task<int> read_two_constants(drogon::orm::DbClientPtr db) {
  const std::string usersQuery = "select count(*) from users";
  static constexpr auto ordersQuery = "select count(*) from orders";
  auto a = co_await db->execSqlCoro(usersQuery);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 2 independent awaits in 'read_two_constants' run one after another ('execSqlCoro', 'execSqlCoro'); {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: no automatic fix: Drogon has no idiom for running awaits concurrently
  auto b = co_await db->execSqlCoro(ordersQuery);
  co_return static_cast<int>(a.size() + b.size());
}

drogon::Task<int> statement_through_a_variable_that_changes(drogon::orm::DbClientPtr db, bool admin) {
  // A variable that may change is not known text, and the next statement
  // writes: they may touch the same rows, so they keep their order.
  const char *lookup = "select id from users where name = $1";
  if (admin)
    lookup = "select id from admins where name = $1";
  co_await db->execSqlCoro(lookup, "x");
  co_await db->execSqlCoro("delete from sessions where name = $1", "x");
  co_return 0;
}
