// Queries whose WHERE or JOIN needs an index the schema (Inputs/migrations,
// read in natural order) does not have; and those an index serves, or that
// are not told.
// RUN: %check_async_tidy %s async-missing-index %t -- \
// RUN:   -config="{CheckOptions: {async-missing-index.SchemaFiles: '%S/Inputs/migrations'}}" \
// RUN:   -- -I/usr/include/postgresql -isystem %shapes -std=c++20

#include <drogon/orm/DbClient.h>
#include <libpq-fe.h>
#include <cstdio>
#include <string>

void positives(PGconn *conn, const char *const *params) {
  PQexecParams(conn, "SELECT id, status FROM orders WHERE customer_id = $1", 1, nullptr, params,
               nullptr, nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-2]]:59: warning: query filters table 'orders' by column 'customer_id', which no index of the schema leads; every run reads the whole table [async-missing-index]
  // CHECK-MESSAGES: :[[@LINE-3]]:59: note: index it with a migration: CREATE INDEX ON "orders" ("customer_id");

  // Only a partial index leads with status.
  PQexecParams(conn, "UPDATE orders SET note = $2 WHERE status = $1", 2, nullptr, params,
               nullptr, nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-2]]:57: warning: query filters table 'orders' by column 'status'
  // CHECK-MESSAGES: :[[@LINE-3]]:57: note: index it with a migration: CREATE INDEX ON "orders" ("status");

  // v10 dropped v2's index on events.kind.
  PQexec(conn, "DELETE FROM events WHERE kind = 'tick'");
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: query filters table 'events' by column 'kind'
  // CHECK-MESSAGES: :[[@LINE-2]]:42: note: index it with a migration: CREATE INDEX ON "events" ("kind");

  PQexec(conn, "SELECT o.id FROM orders o JOIN shipments s ON s.order_note = o.note");
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: query joins 'shipments.order_note' to 'orders.note', and no index of the schema leads either column
  // CHECK-MESSAGES: :[[@LINE-2]]:63: note: index it with a migration: CREATE INDEX ON "shipments" ("order_note");

  // A boolean filter with another column: the other one is reported.
  PQexec(conn, "SELECT id FROM flags WHERE enabled = true AND owner = 'x'");
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: query filters table 'flags' by column 'owner'
  // CHECK-MESSAGES: :[[@LINE-2]]:63: note: index it with a migration: CREATE INDEX ON "flags" ("owner");
}

// Drogon takes the SQL as a std::string made from the literal.
drogon::Task<void> inCoroutine(drogon::orm::DbClientPtr db, long customer) {
  co_await db->execSqlCoro("SELECT id FROM orders WHERE customer_id = $1", customer);
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: query filters table 'orders' by column 'customer_id'
  // CHECK-MESSAGES: :[[@LINE-2]]:57: note: index it with a migration: CREATE INDEX ON "orders" ("customer_id");
  co_await db->execSqlCoro("SELECT status FROM orders WHERE id = $1", customer);
}

template <class Id> void inTemplate(PGconn *conn, Id) {
  PQexec(conn, "SELECT id FROM orders WHERE note = 'x'");
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: query filters table 'orders' by column 'note'
  // CHECK-MESSAGES: :[[@LINE-2]]:45: note: index it with a migration: CREATE INDEX ON "orders" ("note");
}
void instantiate(PGconn *conn) {
  inTemplate(conn, 1);
  inTemplate(conn, 2L);
}

void negatives(PGconn *conn, const char *const *params, const std::string &table) {
  // Keys and indexes that serve the filter.
  PQexec(conn, "SELECT status FROM orders WHERE id = 7");
  PQexec(conn, "SELECT id FROM customers WHERE email = 'a@b.c'");
  PQexec(conn, "SELECT id FROM customers WHERE org = 3 AND name = 'x'");
  PQexec(conn, "SELECT id FROM customers WHERE org = 3");
  PQexec(conn, "SELECT id FROM orders WHERE customer_id = 1 AND id = 2");
  PQexec(conn, "SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id");
  // A table reached through an indexed join column, then filtered.
  PQexec(conn, "SELECT c.name FROM orders o JOIN customers c ON c.id = o.customer_id "
               "WHERE o.id = 1 AND c.name = 'x'");
  // A LIMIT with an ORDER BY an index leads: the index may serve it.
  PQexec(conn, "SELECT id FROM orders WHERE note = 'x' ORDER BY id DESC LIMIT 10");
  // Two columns of one table, and a name the table does not have (a
  // string in double quotes, as SQLite writes it).
  PQexec(conn, "SELECT id FROM orders WHERE id = 1 AND note = status");
  PQexec(conn, "SELECT id FROM orders WHERE note = \"closed\"");
  PQexec(conn, "SELECT id FROM orders WHERE id NOT IN (1, 2)");
  // No definite filter: OR, an expression (an expression index serves it).
  PQexec(conn, "SELECT id FROM orders WHERE customer_id = 1 OR note = 'x'");
  PQexec(conn, "SELECT id FROM customers WHERE lower(email) = 'a@b.c'");
  // Only boolean columns (from CREATE TABLE and from ALTER TABLE ADD
  // COLUMN): two values, so an index would not pick out rows.
  PQexec(conn, "SELECT id FROM flags WHERE enabled = true");
  PQexec(conn, "SELECT id FROM shipments WHERE delivered = false");
  // Not told: a table the schema does not define, a subquery, a column
  // without its table in a join, SQL that is not a literal, not SQL.
  PQexec(conn, "SELECT * FROM audit WHERE at > now()");
  PQexec(conn, "SELECT id FROM orders WHERE customer_id IN (SELECT id FROM customers)");
  PQexec(conn, "SELECT o.id FROM orders o JOIN shipments s ON s.id = o.id WHERE note = 'x'");
  std::string Sql = "SELECT id FROM " + table + " WHERE note = $1";
  PQexecParams(conn, Sql.c_str(), 1, nullptr, params, nullptr, nullptr, 0);
  PQexec(conn, "LISTEN orders_changed");
  // Not a database call.
  std::printf("SELECT id FROM orders WHERE note = 'x'\n");
}

// A partial index (v11's jobs_due, on run_at for the queued jobs that are
// not deleted) serves a query that restates its condition, as PostgreSQL's
// planner finds it: each of its conjuncts among the query's, in any order,
// qualified or not. Then the filter on run_at is served, and kind is not
// reported.
void partialIndexServes(PGconn *conn, const char *const *params) {
  PQexecParams(conn,
               "SELECT id FROM jobs WHERE state = 'queued' AND deleted_at IS NULL"
               " AND run_at <= now() AND kind = $1",
               1, nullptr, params, nullptr, nullptr, 0);
  PQexec(conn, "UPDATE jobs j SET state = 'running' WHERE j.deleted_at IS NULL"
               " AND j.run_at < now() AND j.state = 'queued'");
}

// A query that does not restate all of it is not served by it: a part
// left out, a parameter for its constant, another constant, the part under
// an OR.
void partialIndexDoesNotServe(PGconn *conn, const char *const *params) {
  PQexec(conn, "SELECT id FROM jobs WHERE state = 'queued' AND run_at <= now()");
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: query filters table 'jobs' by column 'state'
  // CHECK-MESSAGES: :[[@LINE-2]]:43: note: index it with a migration: CREATE INDEX ON "jobs" ("state");
  PQexecParams(conn,
               "SELECT id FROM jobs WHERE state = $1 AND deleted_at IS NULL AND run_at <= now()",
               1, nullptr, params, nullptr, nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-2]]:43: warning: query filters table 'jobs' by column 'state'
  // CHECK-MESSAGES: :[[@LINE-3]]:43: note: index it with a migration: CREATE INDEX ON "jobs" ("state");
  PQexec(conn, "DELETE FROM jobs WHERE state = 'done' AND deleted_at IS NULL AND run_at < now()");
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: query filters table 'jobs' by column 'state'
  // CHECK-MESSAGES: :[[@LINE-2]]:40: note: index it with a migration: CREATE INDEX ON "jobs" ("state");
  PQexec(conn, "SELECT id FROM jobs WHERE (state = 'queued' OR deleted_at IS NULL)"
               " AND run_at < now()");
  // CHECK-MESSAGES: :[[@LINE-2]]:16: warning: query filters table 'jobs' by column 'run_at'
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: index it with a migration: CREATE INDEX ON "jobs" ("run_at");
}
