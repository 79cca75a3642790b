// Queries that return every row they select while the program uses only
// the first N (Drogon's shape headers, libpq's real ones), and the forms
// that are not that: bounded queries, counters that do not count every
// row, loops that search. The schema (Inputs/migrations) says which WHERE
// clauses fix a unique key.
// RUN: %check_async_tidy --fix-notes %s async-unbounded-query %t -- \
// RUN:   -config="{CheckOptions: {async-unbounded-query.SchemaFiles: '%S/Inputs/migrations'}}" \
// RUN:   -- -I/usr/include/postgresql -isystem %shapes -std=c++20

#include <drogon/orm/DbClient.h>
#include <libpq-fe.h>
#include <algorithm>
#include <string>
#include <vector>

using drogon::orm::DbClientPtr;
using Titles = std::vector<std::string>;

drogon::Task<Titles> latest(DbClientPtr db) {
  auto rows = co_await db->execSqlCoro("SELECT title FROM posts ORDER BY created_at DESC");
  // CHECK-NOTES: :[[@LINE-1]]:40: warning: query returns every row it selects from table 'posts', and the program reads at most 10 of them; the database still reads and sends them all [async-unbounded-query]
  // CHECK-NOTES: :[[@LINE+4]]:3: note: the program stops reading rows here
  // CHECK-NOTES: :[[@LINE-3]]:40: note: let the database send only the rows the program reads: 'SELECT title FROM posts ORDER BY created_at DESC LIMIT 10'
  Titles out;
  int n = 0;
  for (const auto &row : rows) {
    out.push_back(row["title"].as<std::string>());
    if (++n >= 10)
      break;
  }
  co_return out;
}
// CHECK-FIXES: co_await db->execSqlCoro("SELECT title FROM posts ORDER BY created_at DESC LIMIT 10");

void events(PGconn *conn) {
  PGresult *res = PQexec(conn, "SELECT id FROM posts;");
  // CHECK-NOTES: :[[@LINE-1]]:32: warning: query returns every row it selects from table 'posts', and the program reads at most 20 of them
  // CHECK-NOTES: :[[@LINE+2]]:3: note: the program stops reading rows here
  // CHECK-NOTES: :[[@LINE-3]]:32: note: let the database send only the rows the program reads (with no ORDER BY, which rows come first is the database's choice): 'SELECT id FROM posts LIMIT 20;'
  for (int i = 0; i < PQntuples(res) && i < 20; ++i)
    PQgetvalue(res, i, 0);
  PQclear(res);
}
// CHECK-FIXES: PQexec(conn, "SELECT id FROM posts LIMIT 20;");

// The test reads the counter before it is stepped: the loop reaches a
// sixth row and breaks there; LIMIT 6 changes nothing the loop does.
drogon::Task<Titles> counterSteppedAfter(DbClientPtr db) {
  auto rows = co_await db->execSqlCoro("SELECT title FROM posts ORDER BY id");
  // CHECK-NOTES: :[[@LINE-1]]:40: warning: query returns every row it selects from table 'posts', and the program reads at most 6 of them
  // CHECK-NOTES: :[[@LINE+4]]:3: note: the program stops reading rows here
  // CHECK-NOTES: :[[@LINE-3]]:40: note: let the database send only the rows the program reads: 'SELECT title FROM posts ORDER BY id LIMIT 6'
  Titles out;
  int taken = 0;
  for (const auto &row : rows) {
    if (taken++ >= 5)
      break;
    out.push_back(row["title"].as<std::string>());
  }
  co_return out;
}
// CHECK-FIXES: co_await db->execSqlCoro("SELECT title FROM posts ORDER BY id LIMIT 6");

drogon::Task<Titles> stepStatementFirst(DbClientPtr db) {
  auto rows = co_await db->execSqlCoro("SELECT title FROM posts ORDER BY id");
  // CHECK-NOTES: :[[@LINE-1]]:40: warning: query returns every row it selects from table 'posts', and the program reads at most 3 of them
  // CHECK-NOTES: :[[@LINE+4]]:3: note: the program stops reading rows here
  // CHECK-NOTES: :[[@LINE-3]]:40: note: let the database send only the rows the program reads: 'SELECT title FROM posts ORDER BY id LIMIT 3'
  Titles out;
  unsigned seen = 0;
  for (const auto &row : rows) {
    ++seen;
    if (seen > 2)
      break;
    out.push_back(row["title"].as<std::string>());
  }
  co_return out;
}
// CHECK-FIXES: co_await db->execSqlCoro("SELECT title FROM posts ORDER BY id LIMIT 3");

// A page size that is no constant: one more parameter, numbered after the
// query's own, passed as the call's last argument (Drogon's parameters
// follow the SQL).
drogon::Task<Titles> since(DbClientPtr db, std::string when, int pageSize) {
  auto rows =
      co_await db->execSqlCoro("SELECT title FROM posts WHERE created_at > $1 ORDER BY id", when);
  // CHECK-NOTES: :[[@LINE-1]]:32: warning: query returns every row it selects from table 'posts', and the program reads at most 'pageSize' of them
  // CHECK-NOTES: :[[@LINE+3]]:3: note: the program stops reading rows here
  // CHECK-NOTES: :[[@LINE-3]]:32: note: let the database send only the rows the program reads: 'SELECT title FROM posts WHERE created_at > $1 ORDER BY id LIMIT $2' with $2 bound to 'pageSize'
  Titles out;
  for (size_t i = 0; i < std::min<size_t>(rows.size(), pageSize); ++i)
    out.push_back(rows[i]["title"].as<std::string>());
  co_return out;
}
// PostgreSQL types the placeholder bigint, and Drogon sends an int's 4
// bytes: the argument is widened.
// CHECK-FIXES: co_await db->execSqlCoro("SELECT title FROM posts WHERE created_at > $1 ORDER BY id LIMIT $2", when, static_cast<long long>(pageSize));

// The same with a counter read before it is stepped (one row more), and
// with no parameter of its own.
drogon::Task<Titles> firstPage(DbClientPtr db, const long pageSize) {
  auto rows = co_await db->execSqlCoro("SELECT title FROM posts ORDER BY id");
  // CHECK-NOTES: :[[@LINE-1]]:40: warning: query returns every row it selects from table 'posts', and the program reads at most 'pageSize' + 1 of them
  // CHECK-NOTES: :[[@LINE+4]]:3: note: the program stops reading rows here
  // CHECK-NOTES: :[[@LINE-3]]:40: note: let the database send only the rows the program reads: 'SELECT title FROM posts ORDER BY id LIMIT $1' with $1 bound to 'pageSize' + 1
  Titles out;
  long n = 0;
  for (const auto &row : rows) {
    if (n++ >= pageSize)
      break;
    out.push_back(row["title"].as<std::string>());
  }
  co_return out;
}
// CHECK-FIXES: co_await db->execSqlCoro("SELECT title FROM posts ORDER BY id LIMIT $1", pageSize + 1);

// A page size the function changes, and one from a member: which value it
// has at the query is not the loop's; libpq takes parameters in arrays.
struct Feed {
  long limit = 10;
  drogon::Task<Titles> clamped(DbClientPtr db, int pageSize) {
    auto rows = co_await db->execSqlCoro("SELECT title FROM posts ORDER BY id");
    // CHECK-NOTES: :[[@LINE-1]]:42: warning: query returns every row it selects from table 'posts', and the program reads at most 'pageSize' of them
    // CHECK-NOTES: :[[@LINE+5]]:5: note: the program stops reading rows here
    // CHECK-NOTES: :[[@LINE-3]]:42: note: no automatic fix: the number of rows read is not built from variables that keep their values from the query on; the query would be 'SELECT title FROM posts ORDER BY id LIMIT $1' with $1 bound to 'pageSize'
    Titles out;
    if (pageSize > 100)
      pageSize = 100;
    for (size_t i = 0; i < rows.size() && i < pageSize; ++i)
      out.push_back(rows[i]["title"].as<std::string>());
    auto more = co_await db->execSqlCoro("SELECT title FROM posts ORDER BY id");
    // CHECK-NOTES: :[[@LINE-1]]:42: warning: query returns every row it selects from table 'posts', and the program reads at most 'limit' of them
    // CHECK-NOTES: :[[@LINE+2]]:5: note: the program stops reading rows here
    // CHECK-NOTES: :[[@LINE-3]]:42: note: no automatic fix: the number of rows read is not built from variables that keep their values from the query on; the query would be 'SELECT title FROM posts ORDER BY id LIMIT $1' with $1 bound to 'limit'
    for (size_t i = 0; i < more.size() && i < limit; ++i)
      out.push_back(more[i]["title"].as<std::string>());
    co_return out;
  }
};

void pagedEvents(PGconn *conn, int pageSize) {
  PGresult *res = PQexec(conn, "SELECT id FROM posts ORDER BY id");
  // CHECK-NOTES: :[[@LINE-1]]:32: warning: query returns every row it selects from table 'posts', and the program reads at most 'pageSize' of them
  // CHECK-NOTES: :[[@LINE+2]]:3: note: the program stops reading rows here
  // CHECK-NOTES: :[[@LINE-3]]:32: note: no automatic fix: the call does not take its parameters as the arguments after the SQL; the query would be 'SELECT id FROM posts ORDER BY id LIMIT $1' with $1 bound to 'pageSize'
  for (int i = 0; i < PQntuples(res) && i < pageSize; ++i)
    PQgetvalue(res, i, 0);
  PQclear(res);
}

// By author: not a unique key of the schema.
drogon::Task<Titles> byAuthor(DbClientPtr db, long author) {
  auto rows = co_await db->execSqlCoro("SELECT title FROM posts WHERE author_id = $1", author);
  // CHECK-NOTES: :[[@LINE-1]]:40: warning: query returns every row it selects from table 'posts', and the program reads at most 3 of them
  // CHECK-NOTES: :[[@LINE+2]]:3: note: the program stops reading rows here
  // CHECK-NOTES: :[[@LINE-3]]:40: note: let the database send only the rows the program reads (with no ORDER BY, which rows come first is the database's choice): 'SELECT title FROM posts WHERE author_id = $1 LIMIT 3'
  for (size_t i = 0; i < 3 && i < rows.size(); ++i)
    co_await db->execSqlCoro("UPDATE posts SET title = $1 WHERE id = $2", "x", rows[i]["id"].as<long>());
  co_return Titles{};
}
// CHECK-FIXES: co_await db->execSqlCoro("SELECT title FROM posts WHERE author_id = $1 LIMIT 3", author);

// A query that ends in a comment, and one in a constant that other calls
// may use: reported, with the query as it would be, but not edited.
constexpr const char *RecentPosts = "SELECT title FROM posts ORDER BY id DESC";
drogon::Task<Titles> unedited(DbClientPtr db) {
  auto rows = co_await db->execSqlCoro("SELECT title FROM posts -- all of them\n");
  // CHECK-NOTES: :[[@LINE-1]]:40: warning: query returns every row it selects from table 'posts'
  // CHECK-NOTES: :[[@LINE+4]]:3: note: the program stops reading rows here
  // CHECK-NOTES: :[[@LINE-3]]:40: note: no automatic fix: a LIMIT cannot be added at the end of the query's text (it ends in a comment, or is not read as the same query)
  Titles out;
  int n = 0;
  for (const auto &row : rows) {
    if (++n > 4)
      break;
    out.push_back(row["title"].as<std::string>());
  }
  auto recent = co_await db->execSqlCoro(RecentPosts);
  // CHECK-NOTES: :[[@LINE-1]]:42: warning: query returns every row it selects from table 'posts'
  // CHECK-NOTES: :[[@LINE+2]]:3: note: the program stops reading rows here
  // CHECK-NOTES: :[[@LINE-3]]:42: note: no automatic fix: the query's text is not one literal written at the call; the query would be 'SELECT title FROM posts ORDER BY id DESC LIMIT 2'
  for (size_t i = 0; i < recent.size() && i < 2; ++i)
    out.push_back(recent[i]["title"].as<std::string>());
  co_return out;
}

// In a lambda.
auto firstTitle = [](DbClientPtr db) -> drogon::Task<std::string> {
  auto rows = co_await db->execSqlCoro("SELECT title FROM posts ORDER BY created_at");
  // CHECK-NOTES: :[[@LINE-1]]:40: warning: query returns every row it selects from table 'posts', and the program reads at most 1 of them
  // CHECK-NOTES: :[[@LINE+4]]:3: note: the program stops reading rows here
  // CHECK-NOTES: :[[@LINE-3]]:40: note: let the database send only the rows the program reads: 'SELECT title FROM posts ORDER BY created_at LIMIT 1'
  std::string title;
  int n = 0;
  for (const auto &row : rows) {
    title = row["title"].as<std::string>();
    if (++n == 1)
      break;
  }
  co_return title;
};
// CHECK-FIXES: co_await db->execSqlCoro("SELECT title FROM posts ORDER BY created_at LIMIT 1");

//===--- Not reported ------------------------------------------------------===//

drogon::Task<Titles> boundedQueries(DbClientPtr db, long id, std::string slug) {
  Titles out;
  int a = 0, b = 0, c = 0, d = 0, e = 0, f = 0;
  // Already limited.
  auto limited = co_await db->execSqlCoro("SELECT title FROM posts ORDER BY id LIMIT 10");
  for (const auto &row : limited) {
    if (++a >= 10)
      break;
  }
  // An aggregate, and grouped rows.
  auto counted = co_await db->execSqlCoro("SELECT count(*) FROM posts");
  for (const auto &row : counted) {
    if (++b >= 1)
      break;
  }
  auto grouped = co_await db->execSqlCoro("SELECT author_id FROM posts GROUP BY author_id");
  for (const auto &row : grouped) {
    if (++c >= 5)
      break;
  }
  // A unique key of the schema: one row at most.
  auto byId = co_await db->execSqlCoro("SELECT title FROM posts WHERE id = $1", id);
  for (const auto &row : byId) {
    if (++d >= 1)
      break;
  }
  auto bySlug = co_await db->execSqlCoro("SELECT title FROM posts WHERE slug = $1", slug);
  for (size_t i = 0; i < bySlug.size() && i < 1; ++i)
    out.push_back(bySlug[i]["title"].as<std::string>());
  // A table the schema does not define, fixed by a column: maybe a key.
  auto session = co_await db->execSqlCoro("SELECT token FROM sessions WHERE user_id = $1", id);
  for (const auto &row : session) {
    if (++e >= 1)
      break;
  }
  // Not a SELECT; a set operation.
  auto inserted =
      co_await db->execSqlCoro("INSERT INTO posts (title) VALUES ($1) RETURNING id", slug);
  for (const auto &row : inserted) {
    if (++f >= 1)
      break;
  }
  auto both = co_await db->execSqlCoro("SELECT title FROM posts UNION SELECT token FROM sessions");
  for (size_t i = 0; i < both.size() && i < 3; ++i)
    out.push_back(both[i]["title"].as<std::string>());
  co_return out;
}

// Each loop below reads its own query's rows, so that only the form of
// the loop keeps it from being reported.
#define ALL_POSTS "SELECT id, title FROM posts"

drogon::Task<Titles> notTruncations(DbClientPtr db, long wanted, std::string sql) {
  Titles out;
  // Counts only some rows: the loop filters as well.
  auto filtered = co_await db->execSqlCoro(ALL_POSTS);
  int published = 0;
  for (const auto &row : filtered) {
    if (row["title"].as<std::string>().empty())
      continue;
    out.push_back(row["title"].as<std::string>());
    if (++published >= 10)
      break;
  }
  auto counted = co_await db->execSqlCoro(ALL_POSTS);
  int matching = 0;
  for (const auto &row : counted) {
    if (!row["title"].as<std::string>().empty())
      ++matching;
    if (matching >= 10)
      break;
  }
  // A search: breaks on what a row holds.
  auto searched = co_await db->execSqlCoro(ALL_POSTS);
  for (const auto &row : searched) {
    if (row["id"].as<long>() == wanted)
      break;
  }
  // Starts at 1; reset elsewhere; stepped by a lambda.
  auto fromOneRows = co_await db->execSqlCoro(ALL_POSTS);
  int fromOne = 1;
  for (const auto &row : fromOneRows) {
    if (++fromOne >= 10)
      break;
  }
  auto resetRows = co_await db->execSqlCoro(ALL_POSTS);
  int reset = 0;
  for (const auto &row : resetRows) {
    if (++reset >= 10)
      break;
  }
  reset = 0;
  auto sharedRows = co_await db->execSqlCoro(ALL_POSTS);
  int shared = 0;
  auto bump = [&shared] { ++shared; };
  for (const auto &row : sharedRows) {
    bump();
    if (shared >= 10)
      break;
  }
  // The index loop's body moves the index.
  auto moved = co_await db->execSqlCoro(ALL_POSTS);
  for (size_t i = 0; i < moved.size() && i < 10; ++i)
    i += static_cast<size_t>(moved[i]["id"].as<long>());
  // Bounded only by the row count.
  auto all = co_await db->execSqlCoro(ALL_POSTS);
  for (size_t i = 0; i < all.size(); ++i)
    out.push_back(all[i]["title"].as<std::string>());
  // SQL that is no literal.
  auto dynamic = co_await db->execSqlCoro(sql);
  int g = 0;
  for (const auto &row : dynamic) {
    if (++g >= 10)
      break;
  }
  // A vector of the program's own, not a query's rows.
  Titles names{"a", "b", "c"};
  int h = 0;
  for (const auto &name : names) {
    if (++h >= 2)
      break;
  }
  co_return out;
}

// Bounds that may change inside the loop: a field a method may raise, a
// call, a dereference.
struct Budget {
  size_t remaining() const;
  void spend();
  size_t limit = 10;
  drogon::Task<Titles> unstable(DbClientPtr db, const size_t *cap) {
    Titles out;
    auto raised = co_await db->execSqlCoro(ALL_POSTS);
    for (size_t i = 0; i < raised.size() && i < limit; ++i) {
      out.push_back(raised[i]["title"].as<std::string>());
      spend();
    }
    auto called = co_await db->execSqlCoro(ALL_POSTS);
    for (size_t i = 0; i < called.size() && i < remaining(); ++i)
      out.push_back(called[i]["title"].as<std::string>());
    auto pointed = co_await db->execSqlCoro(ALL_POSTS);
    for (size_t i = 0; i < pointed.size() && i < *cap; ++i)
      out.push_back(pointed[i]["title"].as<std::string>());
    co_return out;
  }
};

// A dependent client: which call it is, is not told.
template <class Client> drogon::Task<int> inTemplate(Client db) {
  auto rows = co_await db->execSqlCoro("SELECT title FROM posts");
  int n = 0;
  for (const auto &row : rows) {
    if (++n >= 10)
      break;
  }
  co_return n;
}
