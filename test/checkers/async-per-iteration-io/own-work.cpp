// A loop that awaits each element's own work (a migration step's apply, a
// claimed job's run) and then a database write: the write follows that work
// and records what it did (the version a step brought the schema to, a job
// marked done). Batching the records would mean recording work before it
// ran, or losing the records of finished work when a later element fails.
// Seen on the tuning half: an admin service's start-up migrations record
// each step only after it applied. The element's own work is a method of
// the element or of what it holds, or a callable it holds; a function given
// the element, a catalogued request on it, a request before the work, a
// read after it, and work in a lambda that is not run here leave the
// request one per element.
// RUN: %check_async_tidy %s async-per-iteration-io %t -- -- -isystem %shapes

#include <drogon/orm/DbClient.h>
#include <drogon/utils/coroutine.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

using drogon::Task;
using drogon::orm::DbClientPtr;

struct Step {
  int version;
  std::string name;
  std::function<Task<void>(DbClientPtr)> apply;
};

Task<void> recordMigration(DbClientPtr db, int version, const std::string &name) {
  co_await db->execSqlCoro("INSERT INTO schema_version (version, name) VALUES ($1, $2)", version,
                           name);
}

Task<void> migrate(DbClientPtr db, const std::vector<Step> &steps) {
  for (const auto &step : steps) {
    co_await step.apply(db);
    co_await recordMigration(db, step.version, step.name);
  }
}

// The statement is built by a helper, so its text is not read: it may be
// the record, and the request is not reported (the admin service's form).
std::string buildSql(const char *sql, std::vector<std::string> args);
Task<void> recordBuilt(DbClientPtr db, int version) {
  co_await db->execSqlCoro(buildSql("INSERT INTO schema_version (version) VALUES (?)",
                                    {std::to_string(version)}));
}

Task<void> migrateBuilt(DbClientPtr db, const std::vector<Step> &steps) {
  for (const auto &step : steps) {
    co_await step.apply(db);
    co_await recordBuilt(db, step.version);
  }
}

struct Job {
  long id;
  Task<bool> run();
};

Task<void> drain(DbClientPtr db, std::vector<std::shared_ptr<Job>> jobs) {
  for (auto &job : jobs) {
    bool ok = co_await job->run();
    co_await db->execSqlCoro("UPDATE jobs SET state = $2 WHERE id = $1", job->id,
                             ok ? "done" : "failed");
  }
}

// A structured binding names the element too.
Task<void> drainPairs(DbClientPtr db, std::vector<std::pair<long, std::shared_ptr<Job>>> jobs) {
  for (auto &[id, job] : jobs) {
    co_await job->run();
    co_await db->execSqlCoro("UPDATE jobs SET state = 'done' WHERE id = $1", id);
  }
}

// Still one request per element.
Task<bool> process(Job &job);

// A read after the work is no record of it.
Task<void> readsAfterTheWork(DbClientPtr db, std::vector<std::shared_ptr<Job>> jobs) {
  for (auto &job : jobs) {
    co_await job->run();
    co_await db->execSqlCoro("SELECT state FROM jobs WHERE id = $1", job->id);
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: database query 'drogon::orm::DbClient::execSqlCoro' runs once per iteration over 'jobs'{{.*}} [async-per-iteration-io]
  }
}

Task<void> givenTheElement(DbClientPtr db, std::vector<Job> jobs) {
  for (auto &job : jobs) {
    co_await process(job);
    co_await db->execSqlCoro("UPDATE jobs SET state = 'done' WHERE id = $1", job.id);
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: database query 'drogon::orm::DbClient::execSqlCoro' runs once per iteration over 'jobs'{{.*}} [async-per-iteration-io]
  }
}

Task<void> requestBeforeTheWork(DbClientPtr db, std::vector<std::shared_ptr<Job>> jobs) {
  for (auto &job : jobs) {
    co_await db->execSqlCoro("UPDATE jobs SET state = 'running' WHERE id = $1", job->id);
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: database query 'drogon::orm::DbClient::execSqlCoro' runs once per iteration over 'jobs'{{.*}} [async-per-iteration-io]
    co_await job->run();
  }
}

Task<void> workNotRunHere(DbClientPtr db, std::vector<std::shared_ptr<Job>> jobs,
                          std::vector<std::function<Task<bool>()>> &later) {
  for (auto &job : jobs) {
    later.push_back([job]() -> Task<bool> { co_return co_await job->run(); });
    co_await db->execSqlCoro("UPDATE jobs SET state = 'queued' WHERE id = $1", job->id);
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: database query 'drogon::orm::DbClient::execSqlCoro' runs once per iteration over 'jobs'{{.*}} [async-per-iteration-io]
  }
}

// The element's method is itself a catalogued request: each is one query
// per shard, which could run concurrently.
Task<void> catalogued(std::vector<DbClientPtr> shards) {
  for (auto &shard : shards) {
    co_await shard->execSqlCoro("SELECT count(*) FROM users");
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: database query 'drogon::orm::DbClient::execSqlCoro' runs once per iteration over 'shards'{{.*}} [async-per-iteration-io]
    co_await shard->execSqlCoro("SELECT count(*) FROM orders");
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: database query 'drogon::orm::DbClient::execSqlCoro' runs once per iteration over 'shards'{{.*}} [async-per-iteration-io]
  }
}
