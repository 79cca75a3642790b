// A loop whose statement is its element runs a script: the statements of
// a migration file, one after another in one transaction, or the steps of
// a list, each its own statement. Nothing is one query per element, so
// nothing batches into one query, and statements on one transaction run
// in order. Before this rule each was a false N+1 (seen on the tuning
// half: a Drogon chat server's migrations). A statement built from the
// element (`"SELECT .. WHERE id = " + id`) or a fixed statement with the
// element as a parameter is still one query per element.
// RUN: %check_async_tidy %s async-per-iteration-io %t -- -- -isystem %shapes

#include <drogon/orm/DbClient.h>
#include <drogon/utils/coroutine.h>

#include <memory>
#include <string>
#include <vector>

using drogon::Task;
using drogon::orm::DbClientPtr;
using drogon::orm::Transaction;

struct Step {
  int version;
  std::string sql;
};

Task<void> runMigration(std::shared_ptr<Transaction> tx, std::vector<std::string> commands) {
  for (const auto &command : commands)
    co_await tx->execSqlCoro(command);
}

Task<void> runSteps(DbClientPtr db, const std::vector<Step> &steps) {
  for (const auto &step : steps)
    co_await db->execSqlCoro(step.sql);
}

Task<void> runCStrings(DbClientPtr db, const std::vector<std::string> &commands) {
  for (size_t i = 0; i < commands.size(); ++i)
    co_await db->execSqlCoro(commands[i].c_str());
}

//===--- Still one query per element ----------------------------------------===//

Task<void> lookups(DbClientPtr db, const std::vector<std::string> &ids) {
  for (const auto &id : ids) {
    // CHECK-MESSAGES: :[[@LINE+1]]:14: warning: database query 'drogon::orm::DbClient::execSqlCoro' runs once per iteration over 'ids' (N+1)
    co_await db->execSqlCoro("SELECT name FROM users WHERE id = " + id);
  }
  for (const auto &step : std::vector<Step>{{1, "a"}, {2, "b"}, {3, "c"}, {4, "d"}}) {
    // CHECK-MESSAGES: :[[@LINE+1]]:14: warning: database query 'drogon::orm::DbClient::execSqlCoro' runs once per iteration
    co_await db->execSqlCoro("INSERT INTO versions (v) VALUES ($1)", step.version);
  }
}
