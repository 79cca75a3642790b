// Runtime proof of async-unbounded-query's fix against a real PostgreSQL
// server (Debian's postgresql, started by this test on a loopback port,
// test/runtime/pg_server.sh): the latest 10 of 200,000 posts, read as a
// port of `(await db.fetch("SELECT ... ORDER BY created_at DESC"))[:10]`
// would: every row comes to the program, which stops after 10. After the
// fix (LIMIT 10 in the query) the server returns 10 rows (EXPLAIN ANALYZE
// of the query before and after, as the fixed file has it), and the
// program prints the same titles. The program prints how long the query
// and its loop took.
//
// RUN: bash %S/pg_server.sh stop %t.pg
// RUN: bash %S/pg_server.sh start %t.pg > %t.port
// RUN: bash %S/pg_server.sh run %t.pg %t.seed.trips x -- psql -q -v ON_ERROR_STOP=1 -f %S/../checkers/async-unbounded-query/Inputs/migrations/001_posts.sql -c "INSERT INTO posts (author_id, slug, title, created_at) SELECT i %% 500, 'post-' || i, 'title ' || i, timestamp '2026-01-01' + i * interval '1 minute' FROM generate_series(1, 200000) i; ANALYZE posts;"
// RUN: cp %s %t.cpp
// RUN: %clangxx -std=c++20 -I/usr/include/postgresql %t.cpp -o %t.before -lpq
// RUN: bash %S/pg_server.sh run %t.pg %t.before.trips x -- %t.before > %t.before.out
// RUN: sed -n 's/^  PGresult \*res = PQexec(db, "\(.*\)");$/\1/p' %t.cpp > %t.before.sql
// RUN: %clang_tidy_plugin -checks='-*,async-unbounded-query' --fix-notes %t.cpp -- -std=c++20 -I/usr/include/postgresql
// RUN: %filecheck %s --input-file=%t.cpp --check-prefix=FIXED
// FIXED: {{^}}  PGresult *res = PQexec(db, "SELECT title FROM posts ORDER BY created_at DESC LIMIT 10");
// RUN: sed -n 's/^  PGresult \*res = PQexec(db, "\(.*\)");$/\1/p' %t.cpp > %t.after.sql
// RUN: %clangxx -std=c++20 -I/usr/include/postgresql %t.cpp -o %t.after -lpq
// RUN: bash %S/pg_server.sh run %t.pg %t.after.trips x -- %t.after > %t.after.out
// RUN: grep -v elapsed_ms %t.before.out > %t.before.titles
// RUN: grep -v elapsed_ms %t.after.out > %t.after.titles
// RUN: diff %t.before.titles %t.after.titles
// RUN: %filecheck --input-file=%t.after.titles %s --check-prefix=TITLES
// TITLES: {{^}}title 200000{{$}}
// RUN: bash %S/pg_server.sh run %t.pg %t.trips x -- sh -c 'psql -At -c "EXPLAIN ANALYZE $(cat %t.before.sql)"' > %t.before.plan
// RUN: bash %S/pg_server.sh run %t.pg %t.trips x -- sh -c 'psql -At -c "EXPLAIN ANALYZE $(cat %t.after.sql)"' > %t.after.plan
// RUN: %filecheck --input-file=%t.before.plan %s --check-prefix=BEFORE
// BEFORE: {{^}}Sort {{.*}}(actual time={{.*}} rows=200000 loops=1)
// RUN: %filecheck --input-file=%t.after.plan %s --check-prefix=AFTER
// AFTER: {{^}}Limit {{.*}}(actual time={{.*}} rows=10 loops=1)
// RUN: grep -h elapsed_ms %t.before.out %t.after.out
// RUN: bash %S/pg_server.sh stop %t.pg

#include <chrono>
#include <cstdio>
#include <libpq-fe.h>
#include <string>
#include <vector>

std::vector<std::string> latestTitles(PGconn *db) {
  PGresult *res = PQexec(db, "SELECT title FROM posts ORDER BY created_at DESC");
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
  auto start = std::chrono::steady_clock::now();
  std::vector<std::string> titles = latestTitles(db);
  auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
      std::chrono::steady_clock::now() - start);
  for (const std::string &title : titles)
    std::printf("%s\n", title.c_str());
  std::printf("elapsed_ms=%.2f\n", elapsed.count() / 1000.0);
  PQfinish(db);
  return 0;
}
