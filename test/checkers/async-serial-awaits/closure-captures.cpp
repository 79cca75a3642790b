// Awaiting a lambda made before (`co_await seed(1); co_await seed(2);`)
// runs its body on what it captured. A closure that captured a transaction
// by reference (or a pointer or smart pointer to one) runs every call on
// that one connection, in order, though its call operator is `const`.
// Before this rule the calls counted as const calls on one object, and
// each such run was a false group (seen on the tuning half: a Drogon admin
// service's migration seeding departments through one captured
// transaction). A closure that captured values, a const object or a
// concurrency-safe client (Drogon's DbClient, a pool) still makes a run.
// RUN: %check_async_tidy --fix-notes %s async-serial-awaits %t -- \
// RUN:   -config="{CheckOptions: {async-serial-awaits.ExplainDependencies: true}}" -- -isystem %shapes
// RUN: %clang_tidy_plugin -checks='-*,async-serial-awaits' \
// RUN:   -config="{CheckOptions: {async-serial-awaits.ExplainDependencies: true}}" %s -- \
// RUN:   -std=c++20 -isystem %shapes 2>&1 | %filecheck %s --check-prefix=EXPLAIN

#include <drogon/orm/DbClient.h>
#include <drogon/utils/coroutine.h>

#include <memory>
#include <string>
#include <vector>

using drogon::Task;
using drogon::orm::DbClientPtr;
using drogon::orm::Transaction;
using TransactionPtr = std::shared_ptr<Transaction>;

// The project's own wrapper of a transaction (not catalogued as one).
class TransactionGuard {
public:
  explicit TransactionGuard(TransactionPtr tx) : tx_(std::move(tx)) {}
  Task<void> exec(std::string sql, int id);

private:
  TransactionPtr tx_;
};

Task<void> seedByReference(TransactionGuard &tx) {
  const auto seed = [&tx](int id) -> Task<void> {
    co_await tx.exec("INSERT INTO departments (id) VALUES ($1)", id);
  };
  co_await seed(1);
  co_await seed(2);
}
// EXPLAIN: :[[@LINE-2]]:3: remark: await of 'operator()' depends on the await of 'operator()' before it (reads-earlier-result: it reads 'tx', which the earlier statement sets)

Task<void> seedBySharedPointer(std::shared_ptr<TransactionGuard> tx) {
  auto seed = [tx](int id) -> Task<void> { co_await tx->exec("INSERT INTO departments (id) VALUES ($1)", id); };
  co_await seed(1);
  co_await seed(2);
}
// EXPLAIN: :[[@LINE-2]]:3: remark: await of 'operator()' depends on the await of 'operator()' before it (reads-earlier-result: it reads 'tx', which the earlier statement sets)

// Both calls append to one vector: they keep their order.
Task<void> collect(DbClientPtr db, std::vector<int> &ids) {
  auto add = [&ids, db](int id) -> Task<void> {
    co_await db->execSqlCoro("SELECT 1");
    ids.push_back(id);
  };
  co_await add(1);
  co_await add(2);
}
// EXPLAIN: :[[@LINE-2]]:3: remark: await of 'operator()' depends on the await of 'operator()' before it (reads-earlier-result: it reads 'ids', which the earlier statement sets)

//===--- Still a run --------------------------------------------------------===//

// A pool captured by value or by reference, and values: independent reads.
Task<int> countTwo(DbClientPtr db, int limit) {
  auto count = [db, limit](std::string table) -> Task<int> {
    auto rows = co_await db->execSqlCoro("SELECT count(*) FROM " + table);
    co_return static_cast<int>(rows.size()) + limit;
  };
  // CHECK-MESSAGES: :[[@LINE+1]]:11: warning: 2 independent awaits in 'countTwo' run one after another ('operator()', 'operator()'); {{.*}} [async-serial-awaits]
  int a = co_await count("users");
  int b = co_await count("orders");
  co_return a + b;
}

Task<int> countTwoByReference(DbClientPtr db) {
  auto count = [&db](std::string table) -> Task<int> {
    auto rows = co_await db->execSqlCoro("SELECT count(*) FROM " + table);
    co_return static_cast<int>(rows.size());
  };
  // CHECK-MESSAGES: :[[@LINE+1]]:11: warning: 2 independent awaits in 'countTwoByReference' run one after another ('operator()', 'operator()'); {{.*}} [async-serial-awaits]
  int a = co_await count("users");
  int b = co_await count("orders");
  co_return a + b;
}

// A const object captured by reference changes nothing.
Task<int> countConst(DbClientPtr db, const std::string &schema) {
  auto count = [&schema, db](std::string table) -> Task<int> {
    auto rows = co_await db->execSqlCoro("SELECT count(*) FROM " + schema + "." + table);
    co_return static_cast<int>(rows.size());
  };
  // CHECK-MESSAGES: :[[@LINE+1]]:11: warning: 2 independent awaits in 'countConst' run one after another ('operator()', 'operator()'); {{.*}} [async-serial-awaits]
  int a = co_await count("users");
  int b = co_await count("orders");
  co_return a + b;
}

// A variable captured by reference that the body only reads.
Task<int> countRead(DbClientPtr db, std::string schema) {
  auto count = [&](std::string table) -> Task<int> {
    auto rows = co_await db->execSqlCoro("SELECT count(*) FROM " + schema + "." + table);
    co_return static_cast<int>(rows.size());
  };
  // CHECK-MESSAGES: :[[@LINE+1]]:11: warning: 2 independent awaits in 'countRead' run one after another ('operator()', 'operator()'); {{.*}} [async-serial-awaits]
  int a = co_await count("users");
  int b = co_await count("orders");
  co_return a + b;
}

// `this` captured by a lambda that only reads a member pool, as a const
// member function would.
class Stats {
public:
  Task<int> both() {
    auto count = [this](std::string table) -> Task<int> {
      auto rows = co_await db_->execSqlCoro("SELECT count(*) FROM " + table);
      co_return static_cast<int>(rows.size());
    };
    // CHECK-MESSAGES: :[[@LINE+1]]:13: warning: 2 independent awaits in 'Stats::both' run one after another ('operator()', 'operator()'); {{.*}} [async-serial-awaits]
    int a = co_await count("users");
    int b = co_await count("orders");
    co_return a + b;
  }

private:
  DbClientPtr db_;
};
