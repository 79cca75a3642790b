// N+1 queries through Drogon's DbClient (API shape of v1.9.1) become one
// query for all keys, as for libpqxx: `$1` placeholders mean PostgreSQL,
// whose parser (libpg_query) finds the predicate that binds the key. Drogon
// sends a std::string parameter as text with no type, so the server reads
// the array literal as an array of the key column's type. The awaited call
// stays awaited; the blocking execSqlSync stays blocking (the blocking
// check reports it on its own).
// RUN: %check_async_tidy --fix-notes %s async-per-iteration-io %t -- -- -isystem %shapes

#include <drogon/orm/DbClient.h>
#include <drogon/utils/coroutine.h>
#include <memory>
#include <string>
#include <vector>

using drogon::orm::DbClientPtr;

drogon::Task<std::vector<std::string>> names_of(DbClientPtr db, std::vector<long> ids) {
  std::vector<std::string> names;
  for (long id : ids) {
    const auto result = co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
    if (!result.empty())
      names.push_back(result[0]["name"].as<std::string>());
  }
  // CHECK-NOTES: :[[@LINE-4]]:34: warning: database query 'drogon::orm::DbClient::execSqlCoro' runs once per iteration over 'ids' (N+1); fetch all rows in one query [async-per-iteration-io]
  // CHECK-NOTES: :[[@LINE-6]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-7]]:3: note: run one query for all keys before the loop, and read each key's rows from its group by '"id"'; {{.*}}
  // CHECK-FIXES: std::string result_keys = "{";
  // CHECK-FIXES-NEXT: for (long id : ids) {
  // CHECK-FIXES-NEXT:   if (result_keys.size() > 1)
  // CHECK-FIXES-NEXT:     result_keys += ',';
  // CHECK-FIXES-NEXT:   result_keys += std::to_string(id);
  // CHECK-FIXES-NEXT: }
  // CHECK-FIXES-NEXT: result_keys += '}';
  // CHECK-FIXES-NEXT: auto result_all = co_await db->execSqlCoro("SELECT name, \"id\" AS async_tidy_key FROM users WHERE id = ANY($1)", result_keys);
  // CHECK-FIXES-NEXT: std::map<long, std::vector<drogon::orm::Row>> result_by_key;
  // CHECK-FIXES-NEXT: for (const drogon::orm::Row &result_row : result_all)
  // CHECK-FIXES-NEXT:   result_by_key[result_row["async_tidy_key"].as<long>()].push_back(result_row);
  // CHECK-FIXES-NEXT: for (long id : ids) {
  // CHECK-FIXES-NEXT:   const std::vector<drogon::orm::Row> &result = result_by_key[id];
  co_return names;
}

// The synchronous twin, text keys, rows read in a loop.
drogon::Task<std::size_t> roles_of(DbClientPtr db, const std::vector<std::string> &logins) {
  std::size_t count = 0;
  for (const std::string &login : logins) {
    auto roles = db->execSqlSync("SELECT r.role FROM roles r WHERE r.login = $1 ORDER BY r.role", login);
    for (const auto &row : roles)
      count += row["role"].as<std::string>().size();
  }
  // CHECK-NOTES: :[[@LINE-4]]:18: warning: database query 'drogon::orm::DbClient::execSqlSync' runs once per iteration over 'logins' (N+1); fetch all rows in one query [async-per-iteration-io]
  // CHECK-NOTES: :[[@LINE-6]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-7]]:3: note: run one query for all keys before the loop, and read each key's rows from its group by '"r"."login"'; {{.*}}
  // CHECK-FIXES: auto roles_all = db->execSqlSync("SELECT r.role, \"r\".\"login\" AS async_tidy_key FROM roles r WHERE r.login = ANY($1) ORDER BY r.role", roles_keys);
  // CHECK-FIXES: const std::vector<drogon::orm::Row> &roles = roles_by_key[login];
  co_return count;
}

//===--- Refused, with the reason ----------------------------------------===//

// What a vector of rows does not have: the rows a write changed.
drogon::Task<std::size_t> affected(DbClientPtr db, std::vector<long> ids) {
  std::size_t n = 0;
  for (long id : ids) {
    auto r = co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
    n += r.affectedRows();
  }
  // CHECK-NOTES: :[[@LINE-3]]:23: warning: database query 'drogon::orm::DbClient::execSqlCoro' runs once per iteration {{.*}}
  // CHECK-NOTES: :[[@LINE-5]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-6]]:3: note: no automatic fix: the loop body uses 'r' as more than a sequence of rows (line [[@LINE-4]])
  co_return n;
}

// The key is not the element itself.
drogon::Task<std::size_t> derived_key(DbClientPtr db, std::vector<long> ids) {
  std::size_t n = 0;
  for (long id : ids) {
    auto r = co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id + 1);
    n += r.size();
  }
  // CHECK-NOTES: :[[@LINE-3]]:23: warning: database query 'drogon::orm::DbClient::execSqlCoro' runs once per iteration {{.*}}
  // CHECK-NOTES: :[[@LINE-5]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-6]]:3: note: no automatic fix: the query's only parameter is not the loop's element 'id'
  co_return n;
}

// A write in the loop body: later keys would see it.
drogon::Task<void> touch(DbClientPtr db, std::vector<long> ids) {
  for (long id : ids) {
    auto r = co_await db->execSqlCoro("SELECT name FROM users WHERE id = $1", id);
    co_await db->execSqlCoro("UPDATE users SET seen = true WHERE id = $1", id);
  }
  // CHECK-NOTES: :[[@LINE-3]]:23: warning: database query 'drogon::orm::DbClient::execSqlCoro' runs once per iteration {{.*}}
  // CHECK-NOTES: :[[@LINE-5]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-6]]:3: note: no automatic fix: the loop body also uses 'db' (line [[@LINE-4]]), which may write what the queries of later keys would see
  // CHECK-NOTES: :[[@LINE-5]]:14: warning: database query 'drogon::orm::DbClient::execSqlCoro' runs once per iteration {{.*}}
  // CHECK-NOTES: :[[@LINE-8]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-9]]:3: note: {{.*}}
}
