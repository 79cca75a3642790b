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

Task<void> runPairs(DbClientPtr db, const std::vector<std::pair<int, std::string>> &migrations) {
  for (const auto &[version, sql] : migrations)
    co_await db->execSqlCoro(sql);
}

//===--- Still one query per element ----------------------------------------===//

// Statements this function builds, one per id.
Task<void> builtHere(DbClientPtr db, const std::vector<long long> &ids) {
  std::vector<std::string> queries;
  for (long long id : ids)
    queries.push_back("SELECT name FROM users WHERE id = " + std::to_string(id));
  for (const auto &q : queries) {
    // CHECK-MESSAGES: :[[@LINE+1]]:14: warning: database query 'drogon::orm::DbClient::execSqlCoro' runs once per iteration over 'queries' (N+1)
    co_await db->execSqlCoro(q);
  }
}

// A statement of the element with the element's own parameter; an element
// that picks one of a few statements.
struct Job {
  std::string sql;
  long long id;
};
Task<void> templates(DbClientPtr db, const std::vector<Job> &jobs, const std::vector<int> &kinds,
                     const std::vector<std::string> &byKind) {
  for (const auto &job : jobs) {
    // CHECK-MESSAGES: :[[@LINE+1]]:14: warning: database query 'drogon::orm::DbClient::execSqlCoro' runs once per iteration over 'jobs' (N+1)
    co_await db->execSqlCoro(job.sql, job.id);
  }
  for (int kind : kinds) {
    // CHECK-MESSAGES: :[[@LINE+1]]:14: warning: database query 'drogon::orm::DbClient::execSqlCoro' runs once per iteration over 'kinds' (N+1)
    co_await db->execSqlCoro(byKind[kind]);
  }
}

Task<void> lookups(DbClientPtr db, const std::vector<std::string> &ids) {
  for (const auto &id : ids) {
    // CHECK-MESSAGES: :[[@LINE+1]]:14: warning: database query 'drogon::orm::DbClient::execSqlCoro' runs once per iteration over 'ids' (N+1); make one query for all of them [async-per-iteration-io]
    co_await db->execSqlCoro("SELECT name FROM users WHERE id = " + id);
  }
}

// The advice fits the statement: fetching all rows is no advice for a
// write.
Task<void> writes(DbClientPtr db, const std::vector<Step> &steps) {
  for (const auto &step : steps) {
    // CHECK-MESSAGES: :[[@LINE+1]]:14: warning: database query 'drogon::orm::DbClient::execSqlCoro' runs once per iteration over 'steps' (N+1); insert all rows in one statement [async-per-iteration-io]
    co_await db->execSqlCoro("INSERT INTO versions (v) VALUES ($1)", step.version);
  }
  for (const auto &step : steps) {
    // CHECK-MESSAGES: :[[@LINE+1]]:14: warning: database query 'drogon::orm::DbClient::execSqlCoro' runs once per iteration over 'steps' (N+1); update all rows in one statement [async-per-iteration-io]
    co_await db->execSqlCoro("UPDATE versions SET applied = true WHERE v = $1", step.version);
  }
  for (const auto &step : steps) {
    // CHECK-MESSAGES: :[[@LINE+1]]:14: warning: database query 'drogon::orm::DbClient::execSqlCoro' runs once per iteration over 'steps' (N+1); delete all rows in one statement [async-per-iteration-io]
    co_await db->execSqlCoro("DELETE FROM versions WHERE v = $1", step.version);
  }
}
