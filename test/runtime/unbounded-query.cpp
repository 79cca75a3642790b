// Runtime proof of async-unbounded-query's fix against a real PostgreSQL
// server (Debian's postgresql, started by this test on a loopback port,
// test/runtime/pg_server.sh): the latest 10 of 200,000 posts, read as a
// port of `(await db.fetch("SELECT ... ORDER BY created_at DESC"))[:10]`
// would: every row comes to the program, which stops after 10. After the
// fix (LIMIT 10 in the query) the server sends 10 rows, and the program
// prints the same titles. The program prints the rows it received and how
// long the query took.
//
// RUN: bash %S/pg_server.sh stop %t.pg
// RUN: bash %S/pg_server.sh start %t.pg > %t.port
// RUN: bash %S/pg_server.sh run %t.pg %t.seed.trips x -- psql -q -v ON_ERROR_STOP=1 -f %S/../checkers/async-unbounded-query/Inputs/migrations/001_posts.sql -c "INSERT INTO posts (author_id, slug, title, created_at) SELECT i %% 500, 'post-' || i, 'title ' || i, timestamp '2026-01-01' + i * interval '1 minute' FROM generate_series(1, 200000) i; ANALYZE posts;"
// RUN: cp %s %t.cpp
// RUN: %clangxx -std=c++20 -I/usr/include/postgresql %t.cpp -o %t.before -lpq
// RUN: bash %S/pg_server.sh run %t.pg %t.before.trips x -- %t.before > %t.before.out
// RUN: %python %S/expect_value.py rows_received 200000 200000 < %t.before.out
// RUN: %clang_tidy_plugin -checks='-*,async-unbounded-query' --fix-notes %t.cpp -- -std=c++20 -I/usr/include/postgresql
// RUN: %filecheck %s --input-file=%t.cpp --check-prefix=FIXED
// FIXED: PQexec(db, "SELECT title FROM posts ORDER BY created_at DESC LIMIT 10");
// RUN: %clangxx -std=c++20 -I/usr/include/postgresql %t.cpp -o %t.after -lpq
// RUN: bash %S/pg_server.sh run %t.pg %t.after.trips x -- %t.after > %t.after.out
// RUN: %python %S/expect_value.py rows_received 10 10 < %t.after.out
// RUN: grep title %t.before.out > %t.before.titles
// RUN: grep title %t.after.out > %t.after.titles
// RUN: diff %t.before.titles %t.after.titles
// RUN: grep -h elapsed_ms %t.before.out %t.after.out
// RUN: bash %S/pg_server.sh stop %t.pg

#include <chrono>
#include <cstdio>
#include <libpq-fe.h>
#include <string>
#include <vector>

std::vector<std::string> latestTitles(PGconn *db, int &received) {
  PGresult *res = PQexec(db, "SELECT title FROM posts ORDER BY created_at DESC");
  received = PQntuples(res);
  std::vector<std::string> titles;
  int n = 0;
  for (int i = 0; i < PQntuples(res); ++i) {
    titles.push_back(PQgetvalue(res, i, 0));
    if (++n >= 10)
      break;
  }
  PQclear(res);
  return titles;
}

int main(int argc, char **argv) {
  PGconn *db = PQconnectdb(argc > 1 ? argv[1] : "");
  if (PQstatus(db) != CONNECTION_OK) {
    std::fprintf(stderr, "%s", PQerrorMessage(db));
    return 1;
  }
  int received = 0;
  auto start = std::chrono::steady_clock::now();
  std::vector<std::string> titles = latestTitles(db, received);
  auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
      std::chrono::steady_clock::now() - start);
  for (const std::string &title : titles)
    std::printf("%s\n", title.c_str());
  std::printf("rows_received=%d\nelapsed_ms=%.2f\n", received, elapsed.count() / 1000.0);
  PQfinish(db);
  return 0;
}
