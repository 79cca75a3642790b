// Pages sliced in the program: `rows[offset:offset + limit]` ported as an
// index loop that starts at the page and stops at its end, or as views
// that drop the rows before the page and take the page. The program reads
// offset + limit rows, so a LIMIT of that many changes nothing it does
// (the loop still starts at the page). Drogon's shape headers and libpqxx
// 6.4 (the real headers); the schema (Inputs/migrations) says which WHERE
// clauses fix a unique key.
// RUN: %check_async_tidy --fix-notes %s async-unbounded-query %t -- \
// RUN:   -config="{CheckOptions: {async-unbounded-query.SchemaFiles: '%S/Inputs/migrations'}}" \
// RUN:   -- -I/usr/include/postgresql -isystem %shapes -std=c++20

#include <drogon/orm/DbClient.h>
#include <pqxx/pqxx>
#include <algorithm>
#include <ranges>
#include <string>
#include <vector>

using drogon::orm::DbClientPtr;
using Titles = std::vector<std::string>;

// The page's end bounds the index: LIMIT offset + limit, bound as the
// query's next parameter (size_t is 64 bits: sent as it is).
drogon::Task<Titles> page(DbClientPtr db, size_t offset, size_t limit) {
  auto rows = co_await db->execSqlCoro("SELECT title FROM posts ORDER BY created_at DESC");
  // CHECK-NOTES: :[[@LINE-1]]:40: warning: query returns every row it selects from table 'posts', and the program reads at most 'offset + limit' of them; the database still reads and sends them all [async-unbounded-query]
  // CHECK-NOTES: :[[@LINE+3]]:3: note: the program stops reading rows here
  // CHECK-NOTES: :[[@LINE-3]]:40: note: let the database send only the rows the program reads: 'SELECT title FROM posts ORDER BY created_at DESC LIMIT $1' with $1 bound to 'offset + limit'
  Titles out;
  for (size_t i = offset; i < rows.size() && i < offset + limit; ++i)
    out.push_back(rows[i]["title"].as<std::string>());
  co_return out;
}
// CHECK-FIXES: co_await db->execSqlCoro("SELECT title FROM posts ORDER BY created_at DESC LIMIT $1", offset + limit);

// The same with std::min and int parameters, after the query's own
// parameter: the bound is widened to the placeholder's bigint.
drogon::Task<Titles> authorPage(DbClientPtr db, long long author, int pageNo, int perPage) {
  const int first = pageNo * perPage;
  auto rows = co_await db->execSqlCoro(
      "SELECT title FROM posts WHERE author_id = $1 ORDER BY id", author);
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: query returns every row it selects from table 'posts', and the program reads at most 'first + perPage' of them
  // CHECK-NOTES: :[[@LINE+3]]:3: note: the program stops reading rows here
  // CHECK-NOTES: :[[@LINE-3]]:7: note: let the database send only the rows the program reads: 'SELECT title FROM posts WHERE author_id = $1 ORDER BY id LIMIT $2' with $2 bound to 'first + perPage'
  Titles out;
  for (int i = first; i < std::min<int>(rows.size(), first + perPage); ++i)
    out.push_back(rows[i]["title"].as<std::string>());
  co_return out;
}
// CHECK-FIXES: "SELECT title FROM posts WHERE author_id = $1 ORDER BY id LIMIT $2", author, static_cast<long long>(first + perPage));

// Views: drop the rows before the page, take the page.
std::vector<std::string> leaderboardPage(pqxx::work &txn) {
  std::vector<std::string> out;
  pqxx::result names = txn.exec("SELECT title FROM posts ORDER BY id");
  // CHECK-NOTES: :[[@LINE-1]]:33: warning: query returns every row it selects from table 'posts', and the program reads at most 30 of them
  // CHECK-NOTES: :[[@LINE+2]]:26: note: the program stops reading rows here
  // CHECK-NOTES: :[[@LINE-3]]:33: note: let the database send only the rows the program reads: 'SELECT title FROM posts ORDER BY id LIMIT 30'
  for (const auto &row : names | std::views::drop(20) | std::views::take(10))
    out.push_back(row[0].c_str());
  pqxx::result more = txn.exec("SELECT slug FROM posts ORDER BY id");
  // CHECK-NOTES: :[[@LINE-1]]:32: warning: query returns every row it selects from table 'posts', and the program reads at most 10 of them
  // CHECK-NOTES: :[[@LINE+2]]:26: note: the program stops reading rows here
  // CHECK-NOTES: :[[@LINE-3]]:32: note: let the database send only the rows the program reads: 'SELECT slug FROM posts ORDER BY id LIMIT 10'
  for (const auto &row : std::views::take(std::views::drop(more, 5), 5))
    out.push_back(row[0].c_str());
  return out;
}
// CHECK-FIXES: txn.exec("SELECT title FROM posts ORDER BY id LIMIT 30");
// CHECK-FIXES: txn.exec("SELECT slug FROM posts ORDER BY id LIMIT 10");

// A page of views whose bounds are parameters: both go into the bound, as
// the next parameter of a call whose parameters follow its SQL.
std::vector<std::string> viewPage(pqxx::work &txn, long long offset, long long limit) {
  std::vector<std::string> out;
  pqxx::result rows = txn.exec_params("SELECT title FROM posts ORDER BY id");
  // CHECK-NOTES: :[[@LINE-1]]:39: warning: query returns every row it selects from table 'posts', and the program reads at most 'offset + limit' of them
  // CHECK-NOTES: :[[@LINE+2]]:26: note: the program stops reading rows here
  // CHECK-NOTES: :[[@LINE-3]]:39: note: let the database send only the rows the program reads: 'SELECT title FROM posts ORDER BY id LIMIT $1' with $1 bound to 'offset + limit'
  for (const auto &row : rows | std::views::drop(offset) | std::views::take(limit))
    out.push_back(row[0].c_str());
  return out;
}
// CHECK-FIXES: txn.exec_params("SELECT title FROM posts ORDER BY id LIMIT $1", offset + limit);

// A page size in a macro: the bound names it, and the fix passes it on.
#define PAGE 25
std::vector<std::string> macroPage(pqxx::work &txn, long long page) {
  std::vector<std::string> out;
  pqxx::result rows = txn.exec_params("SELECT title FROM posts ORDER BY id");
  // CHECK-NOTES: :[[@LINE-1]]:39: warning: query returns every row it selects from table 'posts', and the program reads at most 'page * PAGE + PAGE' of them
  // CHECK-NOTES: :[[@LINE+2]]:26: note: the program stops reading rows here
  // CHECK-NOTES: :[[@LINE-3]]:39: note: let the database send only the rows the program reads: 'SELECT title FROM posts ORDER BY id LIMIT $1' with $1 bound to 'page * PAGE + PAGE'
  for (const auto &row : rows | std::views::drop(page * PAGE) | std::views::take(PAGE))
    out.push_back(row[0].c_str());
  return out;
}
// CHECK-FIXES: txn.exec_params("SELECT title FROM posts ORDER BY id LIMIT $1", page * PAGE + PAGE);

// A page start the function moves after the query: still a page of at
// most that many rows, but the bound at the query is not the loop's.
drogon::Task<Titles> shiftedPage(DbClientPtr db, size_t offset, size_t limit) {
  auto rows = co_await db->execSqlCoro("SELECT title FROM posts ORDER BY id");
  // CHECK-NOTES: :[[@LINE-1]]:40: warning: query returns every row it selects from table 'posts', and the program reads at most 'offset + limit' of them
  // CHECK-NOTES: :[[@LINE+4]]:3: note: the program stops reading rows here
  // CHECK-NOTES: :[[@LINE-3]]:40: note: no automatic fix: the number of rows read is not built from variables that keep their values from the query on; the query would be 'SELECT title FROM posts ORDER BY id LIMIT $1' with $1 bound to 'offset + limit'
  Titles out;
  offset += 1;
  for (size_t i = offset; i < rows.size() && i < offset + limit; ++i)
    out.push_back(rows[i]["title"].as<std::string>());
  co_return out;
}
// CHECK-FIXES: co_await db->execSqlCoro("SELECT title FROM posts ORDER BY id");

//===--- Not reported ------------------------------------------------------===//

drogon::Task<Titles> notPages(DbClientPtr db, size_t offset, size_t limit) {
  Titles out;
  // The last rows: the start is read from the rows.
  auto last = co_await db->execSqlCoro("SELECT title FROM posts ORDER BY id");
  for (size_t i = last.size() - 5; i < last.size() && i < 1000; ++i)
    out.push_back(last[i]["title"].as<std::string>());
  // A counter that starts at the page: how many rows are read is the
  // counter's business, not the index's.
  auto counted = co_await db->execSqlCoro("SELECT title FROM posts ORDER BY id");
  size_t n = 0;
  for (size_t i = offset; i < counted.size(); ++i) {
    out.push_back(counted[i]["title"].as<std::string>());
    if (++n >= limit)
      break;
  }
  // A page whose rows are counted as well.
  auto paged = co_await db->execSqlCoro("SELECT title FROM posts ORDER BY id");
  for (size_t i = offset; i < paged.size() && i < offset + limit; ++i)
    out.push_back(paged[i]["title"].as<std::string>());
  out.push_back(std::to_string(paged.size()));
  co_return out;
}

std::vector<std::string> notViewPages(pqxx::work &txn, const std::string &slug, long long offset,
                                      long long limit) {
  std::vector<std::string> out;
  // A view that drops rows chosen by the rows themselves (the last 3).
  pqxx::result tail = txn.exec("SELECT title FROM posts ORDER BY id");
  for (const auto &row : tail | std::views::drop(tail.size() - 3) | std::views::take(3))
    out.push_back(row[0].c_str());
  // A page over a unique key: one row.
  pqxx::result one = txn.exec_params("SELECT title FROM posts WHERE slug = $1", slug);
  for (const auto &row : one | std::views::drop(offset) | std::views::take(limit))
    out.push_back(row[0].c_str());
  // A page that starts before the first row.
  pqxx::result before = txn.exec("SELECT title FROM posts ORDER BY id");
  for (const auto &row : std::views::take(std::views::drop(before, -1), 3))
    out.push_back(row[0].c_str());
  return out;
}
