// Results that are handles (libpq's PGresult *, real headers) are
// reported like any other, but get no fix: the code releases a handle
// where it made it, and a moved or reused handle could be read after its
// release. A request written through a macro that is the whole call gets
// the fix; one whose SQL is chosen by a macro argument too.
// RUN: %check_async_tidy --fix-notes %s async-redundant-request %t -- -- \
// RUN:   -I/usr/include/postgresql -isystem %shapes -std=c++20

#include <drogon/orm/DbClient.h>
#include <libpq-fe.h>
#include <string>
#include <vector>

drogon::Task<int> labels(PGconn *conn, std::vector<std::string> pets) {
  int n = 0;
  for (const auto &pet : pets) {
    PGresult *label = PQexec(conn, "SELECT value FROM settings WHERE key = 'label'");
    // CHECK-NOTES: :[[@LINE-1]]:23: warning: database query 'PQexec' asks the same on every iteration over 'pets'
    // CHECK-NOTES: :[[@LINE-3]]:3: note: the loop that repeats it
    // CHECK-NOTES: :[[@LINE-3]]:23: note: no automatic fix: 'label' is a handle: where the code releases it would have to change too
    n += PQntuples(label) + static_cast<int>(pet.size());
    PQclear(label);
  }
  co_return n;
}

drogon::Task<int> twice(PGconn *conn) {
  PGresult *first = PQexec(conn, "SELECT value FROM settings");
  int n = PQntuples(first);
  PQclear(first);
  PGresult *second = PQexec(conn, "SELECT value FROM settings");
  // CHECK-NOTES: :[[@LINE-1]]:22: warning: database query 'PQexec' asks again what an earlier request asked
  // CHECK-NOTES: :[[@LINE-5]]:21: note: the first request
  // CHECK-NOTES: :[[@LINE-3]]:22: note: no automatic fix: 'first' is a handle
  n += PQntuples(second);
  PQclear(second);
  co_return n;
}

#define TAGS(db) db->execSqlCoro("SELECT name FROM tags")
drogon::Task<size_t> wholeMacro(drogon::orm::DbClientPtr db, std::vector<int> ids) {
  size_t n = 0;
  for (int id : ids) {
    auto tags = co_await TAGS(db);
    // The call begins with `db`, spelled in the macro's argument.
    // CHECK-NOTES: :[[@LINE-2]]:31: warning: database query 'drogon::orm::DbClient::execSqlCoro' asks the same on every iteration over 'ids'
    // CHECK-NOTES: :40:18: note: expanded from macro 'TAGS'
    // CHECK-NOTES: :[[@LINE-5]]:3: note: the loop that repeats it
    // CHECK-NOTES: :[[@LINE-5]]:31: note: make the request once, before the loop
    // CHECK-NOTES: :40:18: note: expanded from macro 'TAGS'
    n += tags.size() + id;
  }
  co_return n;
}
// CHECK-FIXES: size_t n = 0;
// CHECK-FIXES-NEXT: auto tags = co_await TAGS(db);
// CHECK-FIXES-NEXT: for (int id : ids) {

// The loop itself comes from a macro: no edit goes inside it.
#define EACH(ids) for (int id : ids)
drogon::Task<size_t> loopMacro(drogon::orm::DbClientPtr db, std::vector<int> ids) {
  size_t n = 0;
  EACH(ids) {
    auto tags = co_await db->execSqlCoro("SELECT name FROM tags");
    // CHECK-NOTES: :[[@LINE-1]]:26: warning: database query 'drogon::orm::DbClient::execSqlCoro' asks the same on every iteration over 'ids'
    // CHECK-NOTES: :[[@LINE-3]]:3: note: the loop that repeats it
    // CHECK-NOTES: :60:19: note: expanded from macro 'EACH'
    // CHECK-NOTES: :[[@LINE-4]]:26: note: no automatic fix: the request or its loop is written in a macro
    n += tags.size() + id;
  }
  co_return n;
}
