// A std::shared_ptr (or unique_ptr) argument hands the callee the object it
// points to, as a raw pointer does: two helper coroutines given the same
// transaction run their statements on one connection, one at a time.
// Before this rule a smart pointer taken by value or by const reference
// counted as a value, and each such pair was a false group. A pointer to
// a concurrency-safe object (Drogon's DbClient, a pool) or to a const
// object changes nothing the other await sees.
// RUN: %check_async_tidy --fix-notes %s async-serial-awaits %t -- \
// RUN:   -config="{CheckOptions: {async-serial-awaits.ExplainDependencies: true}}" -- -isystem %shapes
// RUN: %clang_tidy_plugin -checks='-*,async-serial-awaits' \
// RUN:   -config="{CheckOptions: {async-serial-awaits.ExplainDependencies: true}}" %s -- \
// RUN:   -std=c++20 -isystem %shapes 2>&1 | %filecheck %s --check-prefix=EXPLAIN

#include <drogon/orm/DbClient.h>
#include <drogon/utils/coroutine.h>

#include <memory>
#include <string>

using drogon::Task;
using drogon::orm::DbClientPtr;
using drogon::orm::Transaction;
using TransactionPtr = std::shared_ptr<Transaction>;

Task<void> insert_user(TransactionPtr txn, int id);
Task<void> insert_roles(const TransactionPtr &txn, int id);
Task<void> insert_audit(Transaction *txn, int id);
Task<int> count_users(DbClientPtr db);
Task<int> count_orders(DbClientPtr db);

struct Settings {
  std::string region;
};
Task<int> price_in(std::shared_ptr<const Settings> settings, int item);
Task<int> stock_in(std::shared_ptr<const Settings> settings, int item);
Task<void> rename_region(std::shared_ptr<Settings> settings);
Task<int> tax_in(std::shared_ptr<Settings> settings, int item);

// One transaction, by value and by const reference: in order.
Task<void> create_user(DbClientPtr db, int id) {
  TransactionPtr txn = co_await db->newTransactionCoro();
  co_await insert_user(txn, id);
  co_await insert_roles(txn, id);
  co_await insert_audit(txn.get(), id);
}
// EXPLAIN: :[[@LINE-3]]:3: remark: await of 'insert_roles' depends on the await of 'insert_user' before it (same-receiver: both use 'txn', which runs one operation at a time; if 'drogon::orm::Transaction' takes concurrent requests, add it to ConcurrencySafeTypes)
// EXPLAIN: :[[@LINE-3]]:3: remark: await of 'insert_audit' depends on the await of 'insert_roles' before it (same-receiver: both use 'txn'

// The pool takes concurrent queries: reported.
Task<int> dashboard(DbClientPtr db) {
  // CHECK-MESSAGES: :[[@LINE+1]]:15: warning: 2 independent awaits in 'dashboard' run one after another ('count_users', 'count_orders'); {{.*}} [async-serial-awaits]
  int users = co_await count_users(db);
  int orders = co_await count_orders(db);
  co_return users + orders;
}

// Read-only settings shared by two lookups: reported.
Task<int> quote(std::shared_ptr<const Settings> settings, int item) {
  // CHECK-MESSAGES: :[[@LINE+1]]:15: warning: 2 independent awaits in 'quote' run one after another ('price_in', 'stock_in'); {{.*}} [async-serial-awaits]
  int price = co_await price_in(settings, item);
  int stock = co_await stock_in(settings, item);
  co_return price * stock;
}

// The first may change the settings the second reads: in order.
Task<int> rename_then_tax(std::shared_ptr<Settings> settings, int item) {
  co_await rename_region(settings);
  int tax = co_await tax_in(settings, item);
  co_return tax;
}
// EXPLAIN: :[[@LINE-3]]:13: remark: await of 'tax_in' depends on the await of 'rename_region' before it (same-receiver: both use 'settings'
