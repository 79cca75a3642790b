// SQL the program builds from literals is read like one literal: pieces
// joined by `+` (through std::string, constant variables and `c_str()`),
// and fmt::format with a literal format string, whose replacement fields
// stand for values (placeholders). The warning points into the piece that
// names the column. Anything else in the text (a value computed at run
// time, a field where SQL wants a table name, a format string chosen at run
// time) leaves the text unknown, and unknown text is never reported.
// RUN: %check_async_tidy %s async-missing-index %t -- \
// RUN:   -config="{CheckOptions: {async-missing-index.SchemaFiles: '%S/Inputs/migrations'}}" \
// RUN:   -- -I/usr/include/postgresql -isystem %shapes -I%S/Inputs/include -std=c++20

#include <drogon/orm/DbClient.h>
#include <fmt/format.h>
#include <libpq-fe.h>
#include <string>

#include "order_queries.h"

static const std::string SelectOrders = "SELECT id, status FROM orders ";
static constexpr const char *ByNote = "WHERE note = $1";
// The column is in this constant, so the warning of the query built from it
// (in concatenated() below) is here.
// CHECK-MESSAGES: :[[@LINE-3]]:46: warning: query filters table 'orders' by column 'note'
// CHECK-MESSAGES: :[[@LINE-4]]:46: note: index it with a migration: CREATE INDEX ON "orders" ("note");
std::string mutableSelect = "SELECT id FROM orders ";

drogon::Task<void> concatenated(drogon::orm::DbClientPtr db, std::string note, long customer) {
  co_await db->execSqlCoro(SelectOrders + "WHERE customer_id = $1", customer);
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: query filters table 'orders' by column 'customer_id', which no index of the schema leads; every run reads the whole table [async-missing-index]
  // CHECK-MESSAGES: :[[@LINE-2]]:50: note: index it with a migration: CREATE INDEX ON "orders" ("customer_id");
  co_await db->execSqlCoro(SelectOrders + ByNote, note);
  co_await db->execSqlCoro(std::string("SELECT id FROM orders ") + "WHERE id = $1", customer);
  // The column is in a header (which the header filter may leave out):
  // the warning is at the query, with a note at the column.
  co_await db->execSqlCoro(SelectOrders + ByStatusNote, note);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: query filters table 'orders' by column 'note'
  // CHECK-MESSAGES: :[[@LINE-2]]:28: note: index it with a migration: CREATE INDEX ON "orders" ("note");
  // CHECK-MESSAGES: order_queries.h:4:48: note: column 'note' is named here
}

void formatted(PGconn *conn, long customer, const std::string &table) {
  PQexec(conn, fmt::format("SELECT id FROM orders WHERE customer_id = {}", customer).c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: query filters table 'orders' by column 'customer_id'
  // CHECK-MESSAGES: :[[@LINE-2]]:57: note: index it with a migration: CREATE INDEX ON "orders" ("customer_id");
  PQexec(conn, (std::string("DELETE FROM events ") + "WHERE kind = 'tick'").c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:61: warning: query filters table 'events' by column 'kind'
  // CHECK-MESSAGES: :[[@LINE-2]]:61: note: index it with a migration: CREATE INDEX ON "events" ("kind");

  // Served by the primary key, with a field as its value.
  PQexec(conn, fmt::format("SELECT status FROM orders WHERE id = {:d}", customer).c_str());
  // Fields where SQL takes values: in quotes, in an IN list, after LIMIT.
  PQexec(conn, fmt::format("SELECT id FROM orders WHERE note = '{}' AND status IN ({}, {}) "
                           "LIMIT {}", customer, 1, 2, 10).c_str());
  // (At the literal: it is written as two tokens.)
  // CHECK-MESSAGES: :[[@LINE-3]]:28: warning: query filters table 'orders' by column 'note'
  // CHECK-MESSAGES: :[[@LINE-4]]:28: note: index it with a migration: CREATE INDEX ON "orders" ("note");
  // A field where a name or a condition goes may change what the query
  // reads: unknown.
  PQexec(conn, fmt::format("SELECT id FROM {} WHERE note = 'x'", table).c_str());
  PQexec(conn, fmt::format("SELECT id FROM orders WHERE note = 'x' AND {}", table).c_str());
  PQexec(conn, fmt::format("SELECT id FROM orders WHERE note = 'x' ORDER BY {} LIMIT 10", table)
                   .c_str());
  // A value computed at run time, or a variable that may change: unknown.
  PQexec(conn, ("SELECT id FROM orders WHERE note = " + std::to_string(customer)).c_str());
  PQexec(conn, (mutableSelect + "WHERE note = 'x'").c_str());
  // A format string chosen at run time: unknown.
  std::string byNote = "SELECT id FROM orders WHERE note = '{}'";
  PQexec(conn, fmt::format(fmt::runtime(byNote), customer).c_str());
}
