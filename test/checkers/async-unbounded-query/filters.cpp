// Rows filtered in the program: Python's `[r for r in rows if r["status"]
// == "published"]`, ported as a loop whose first statement skips the rows
// it does not want. The database reads and sends every row; a WHERE on
// the column would send only the rows kept. No fix: C++ and the database
// compare by different rules (NULL, collation), so the note says what to
// add and leaves the edit to the user. Drogon's shape headers and libpqxx
// 6.4 (the real headers); the schema (Inputs/migrations) says which WHERE
// clauses fix a unique key.
// RUN: %check_async_tidy --fix-notes %s async-unbounded-query %t -- \
// RUN:   -config="{CheckOptions: {async-unbounded-query.SchemaFiles: '%S/Inputs/migrations'}}" \
// RUN:   -- -I/usr/include/postgresql -isystem %shapes -std=c++20

#include <drogon/orm/DbClient.h>
#include <pqxx/pqxx>
#include <string>
#include <vector>

using drogon::orm::DbClientPtr;
using Titles = std::vector<std::string>;

drogon::Task<Titles> published(DbClientPtr db) {
  auto rows = co_await db->execSqlCoro("SELECT title, status FROM posts ORDER BY id");
  // CHECK-NOTES: :[[@LINE-1]]:40: warning: query returns every row it selects from table 'posts', and the program keeps only the rows whose 'status' is 'published'; the database still reads and sends them all [async-unbounded-query]
  // CHECK-NOTES: :[[@LINE+4]]:5: note: the program skips rows here
  // CHECK-NOTES: :[[@LINE-3]]:40: note: no automatic fix: the database compares by its own rules (NULL, collation), so the edit is left to you: add 'WHERE status = 'published'' to the query
  Titles out;
  for (const auto &row : rows) {
    if (row["status"].as<std::string>() != "published")
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  co_return out;
}

// Skipping the rows that equal a value keeps those that differ, NULL
// included (Drogon reads NULL as an empty string): IS DISTINCT FROM. The
// query has a WHERE already: AND.
drogon::Task<Titles> notHidden(DbClientPtr db, long long author) {
  auto rows = co_await db->execSqlCoro("SELECT title, status FROM posts WHERE author_id = $1", author);
  // CHECK-NOTES: :[[@LINE-1]]:40: warning: query returns every row it selects from table 'posts', and the program keeps only the rows whose 'status' is not 'hidden'
  // CHECK-NOTES: :[[@LINE+4]]:5: note: the program skips rows here
  // CHECK-NOTES: :[[@LINE-3]]:40: note: no automatic fix: the database compares by its own rules (NULL, collation), so the edit is left to you: add 'AND status IS DISTINCT FROM 'hidden'' to the query's WHERE clause
  Titles out;
  for (const auto &row : rows) {
    if ("hidden" == row["status"].as<std::string>())
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  co_return out;
}

// libpqxx, an integer column, and a value from a parameter: the next
// placeholder.
std::vector<std::string> popular(pqxx::work &txn, int wanted) {
  std::vector<std::string> out;
  pqxx::result rows = txn.exec("SELECT title, views FROM posts");
  // CHECK-NOTES: :[[@LINE-1]]:32: warning: query returns every row it selects from table 'posts', and the program keeps only the rows whose 'views' is the value of 'wanted'
  // CHECK-NOTES: :[[@LINE+3]]:5: note: the program skips rows here
  // CHECK-NOTES: :[[@LINE-3]]:32: note: no automatic fix: the database compares by its own rules (NULL, collation), so the edit is left to you: add 'WHERE views = $1' to the query with $1 bound to 'wanted'
  for (const auto &row : rows) {
    if (row["views"].as<int>() != wanted)
      continue;
    out.push_back(row["title"].c_str());
  }
  pqxx::result quoted = txn.exec("SELECT title, status FROM posts");
  // CHECK-NOTES: :[[@LINE-1]]:34: warning: query returns every row it selects from table 'posts', and the program keeps only the rows whose 'status' is 'it''s'
  // CHECK-NOTES: :[[@LINE+3]]:5: note: the program skips rows here
  // CHECK-NOTES: :[[@LINE-3]]:34: note: no automatic fix: the database compares by its own rules (NULL, collation), so the edit is left to you: add 'WHERE status = 'it''s'' to the query
  for (const auto &row : quoted) {
    if (row["status"].as<std::string>() != "it's")
      continue;
    out.push_back(row["title"].c_str());
  }
  return out;
}

// A std::string parameter the function reads only; a column whose name
// PostgreSQL must read quoted; a WHERE that is an OR.
drogon::Task<Titles> byAuthorName(DbClientPtr db, std::string wanted, long long a, long long b) {
  auto rows = co_await db->execSqlCoro("SELECT title, status FROM posts ORDER BY id");
  // CHECK-NOTES: :[[@LINE-1]]:40: warning: query returns every row it selects from table 'posts', and the program keeps only the rows whose 'status' is the value of 'wanted'
  // CHECK-NOTES: :[[@LINE+4]]:5: note: the program skips rows here
  // CHECK-NOTES: :[[@LINE-3]]:40: note: no automatic fix: {{.*}}: add 'WHERE status = $1' to the query with $1 bound to 'wanted'
  Titles out;
  for (const auto &row : rows) {
    if (row["status"].as<std::string>() != wanted)
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  auto quoted = co_await db->execSqlCoro("SELECT title, \"createdBy\" FROM posts");
  // CHECK-NOTES: :[[@LINE-1]]:42: warning: query returns every row it selects from table 'posts', and the program keeps only the rows whose 'createdBy' is 'bob'
  // CHECK-NOTES: :[[@LINE+3]]:5: note: the program skips rows here
  // CHECK-NOTES: :[[@LINE-3]]:42: note: no automatic fix: {{.*}}: add 'WHERE "createdBy" = 'bob'' to the query
  for (const auto &row : quoted) {
    if (row["createdBy"].as<std::string>() != "bob")
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  auto either = co_await db->execSqlCoro(
      "SELECT title, status FROM posts WHERE author_id = $1 OR author_id = $2", a, b);
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: query returns every row it selects from table 'posts', and the program keeps only the rows whose 'status' is 'published'
  // CHECK-NOTES: :[[@LINE+3]]:5: note: the program skips rows here
  // CHECK-NOTES: :[[@LINE-3]]:7: note: no automatic fix: {{.*}}: put the query's WHERE condition in parentheses and add 'AND status = 'published''
  for (const auto &row : either) {
    if (row["status"].as<std::string>() != "published")
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  co_return out;
}

//===--- Not reported ------------------------------------------------------===//

drogon::Task<Titles> notFilters(DbClientPtr db, std::string slug) {
  Titles out;
  // The WHERE tests the column already.
  auto tested = co_await db->execSqlCoro("SELECT title, status FROM posts WHERE status <> 'draft'");
  for (const auto &row : tested) {
    if (row["status"].as<std::string>() != "published")
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  // One row: the WHERE fixes a unique key.
  auto one = co_await db->execSqlCoro("SELECT title, status FROM posts WHERE slug = $1", slug);
  for (const auto &row : one) {
    if (row["status"].as<std::string>() != "published")
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  // Work before the test runs for every row.
  auto counted = co_await db->execSqlCoro("SELECT title, status FROM posts");
  int seen = 0;
  for (const auto &row : counted) {
    ++seen;
    if (row["status"].as<std::string>() != "published")
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  // A second skip, a break, a test of a computed value, two columns, `||`.
  auto twice = co_await db->execSqlCoro("SELECT title, status FROM posts");
  for (const auto &row : twice) {
    if (row["status"].as<std::string>() != "published")
      continue;
    if (row["title"].as<std::string>().empty())
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  auto stops = co_await db->execSqlCoro("SELECT title, status FROM posts");
  for (const auto &row : stops) {
    if (row["status"].as<std::string>() != "published")
      continue;
    if (out.size() > 10)
      break;
    out.push_back(row["title"].as<std::string>());
  }
  auto computed = co_await db->execSqlCoro("SELECT title FROM posts");
  for (const auto &row : computed) {
    if (row["title"].as<std::string>().size() != 5)
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  auto columns = co_await db->execSqlCoro("SELECT title, status FROM posts");
  for (const auto &row : columns) {
    if (row["status"].as<std::string>() != row["title"].as<std::string>())
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  auto either = co_await db->execSqlCoro("SELECT title, status FROM posts");
  for (const auto &row : either) {
    if (row["status"].as<std::string>() != "a" || row["title"].as<std::string>() != "b")
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  // The value changes in the loop; an empty string stands for NULL too.
  auto moving = co_await db->execSqlCoro("SELECT title, status FROM posts");
  std::string wanted = "a";
  for (const auto &row : moving) {
    if (row["status"].as<std::string>() != wanted)
      continue;
    wanted += "a";
  }
  auto empty = co_await db->execSqlCoro("SELECT title, status FROM posts");
  for (const auto &row : empty) {
    if (row["status"].as<std::string>() != "")
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  // An alias, an expression, a window function, an OFFSET, a DISTINCT ON:
  // a WHERE on the name would test something else, or change other rows.
  auto aliased = co_await db->execSqlCoro("SELECT title, slug AS status FROM posts");
  for (const auto &row : aliased) {
    if (row["status"].as<std::string>() != "published")
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  auto coalesced =
      co_await db->execSqlCoro("SELECT title, coalesce(status, 'draft') AS status FROM posts");
  for (const auto &row : coalesced) {
    if (row["status"].as<std::string>() != "draft")
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  auto ranked = co_await db->execSqlCoro(
      "SELECT title, status, row_number() OVER (ORDER BY id) AS rank FROM posts");
  for (const auto &row : ranked) {
    if (row["status"].as<std::string>() != "published")
      continue;
    out.push_back(row["rank"].as<std::string>());
  }
  auto offset = co_await db->execSqlCoro("SELECT title, status FROM posts ORDER BY id OFFSET 10");
  for (const auto &row : offset) {
    if (row["status"].as<std::string>() != "published")
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  auto latest = co_await db->execSqlCoro(
      "SELECT DISTINCT ON (author_id) title, status FROM posts ORDER BY author_id, id DESC");
  for (const auto &row : latest) {
    if (row["status"].as<std::string>() != "published")
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  // 0 stands for NULL too (Drogon reads NULL as 0); a text with a control
  // character (a NUL would end the C++ text); an unsigned reader compared
  // with -1 compares with its maximum.
  auto zero = co_await db->execSqlCoro("SELECT title, views FROM posts");
  for (const auto &row : zero) {
    if (row["views"].as<long long>() != 0)
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  auto nul = co_await db->execSqlCoro("SELECT title, status FROM posts");
  for (const auto &row : nul) {
    if (row["status"].as<std::string>() != "a\nb")
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  auto unsignedViews = co_await db->execSqlCoro("SELECT title, views FROM posts");
  for (const auto &row : unsignedViews) {
    if (row["views"].as<unsigned>() != -1)
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  // The rows are used after the loop as well.
  auto reused = co_await db->execSqlCoro("SELECT title, status FROM posts");
  for (const auto &row : reused) {
    if (row["status"].as<std::string>() != "published")
      continue;
    out.push_back(row["title"].as<std::string>());
  }
  out.push_back(std::to_string(reused.size()));
  co_return out;
}

// pqxx's as() with a default for NULL, and c_str(), which compares
// pointers: not read as a column's value.
std::vector<std::string> notReadAsValues(pqxx::work &txn) {
  std::vector<std::string> out;
  pqxx::result defaulted = txn.exec("SELECT title, status FROM posts");
  for (const auto &row : defaulted) {
    if (row["status"].as<std::string>("draft") != "published")
      continue;
    out.push_back(row["title"].c_str());
  }
  return out;
}
