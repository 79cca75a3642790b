// SchemaFiles set once for every check (a global option), and queries
// written through macros: reported, never edited inside the macro.
// RUN: %check_async_tidy --fix-notes %s async-unbounded-query %t -- \
// RUN:   -config="{CheckOptions: {SchemaFiles: '%S/Inputs/migrations'}}" \
// RUN:   -- -isystem %shapes -std=c++20
// RUN: %filecheck %s --check-prefix=NOTE --input-file=%t.msg

#include <drogon/orm/DbClient.h>
#include <string>
#include <vector>

#define POSTS_BY_AUTHOR "SELECT title FROM posts WHERE author_id = $1"
#define QUERY(db, sql, ...) db->execSqlCoro(sql, __VA_ARGS__)

drogon::Task<std::vector<std::string>> byAuthor(drogon::orm::DbClientPtr db, long author,
                                                std::string slug) {
  std::vector<std::string> out;
  auto rows = co_await db->execSqlCoro(POSTS_BY_AUTHOR, author);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: query returns every row it selects from table 'posts', and the program reads at most 5 of them
  for (size_t i = 0; i < rows.size() && i < 5; ++i)
    out.push_back(rows[i]["title"].as<std::string>());
  auto viaMacro = co_await QUERY(db, "SELECT title FROM posts WHERE author_id = $1", author);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: query returns every row it selects from table 'posts', and the program reads at most 5 of them
  // NOTE: :[[@LINE-2]]:38: note: no automatic fix: the query's text is written in a macro; the query would be 'SELECT title FROM posts WHERE author_id = $1 LIMIT 5'
  for (size_t i = 0; i < viaMacro.size() && i < 5; ++i)
    out.push_back(viaMacro[i]["title"].as<std::string>());
  // The schema's unique key: one row.
  auto bySlug = co_await db->execSqlCoro("SELECT title FROM posts WHERE slug = $1", slug);
  for (size_t i = 0; i < bySlug.size() && i < 5; ++i)
    out.push_back(bySlug[i]["title"].as<std::string>());
  co_return out;
}
// CHECK-FIXES: auto rows = co_await db->execSqlCoro(POSTS_BY_AUTHOR, author);
// CHECK-FIXES: auto viaMacro = co_await QUERY(db, "SELECT title FROM posts WHERE author_id = $1", author);
