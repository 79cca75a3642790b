// libpq and libpqxx 6.4 (the real headers): an index loop that breaks on
// its index, a view that takes the first rows, and the same shapes that
// are not truncations. No schema: a WHERE that fixes a column by value may
// fix a key, and is not reported.
// RUN: %check_async_tidy --fix-notes %s async-unbounded-query %t -- \
// RUN:   -- -I/usr/include/postgresql -std=c++20

#include <libpq-fe.h>
#include <pqxx/pqxx>
#include <ranges>
#include <string>
#include <vector>

std::vector<std::string> recentLogins(PGconn *conn) {
  std::vector<std::string> out;
  PGresult *res = PQexec(conn, "SELECT user_name FROM logins ORDER BY at DESC");
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: query returns every row it selects from table 'logins', and the program reads at most 26 of them
  for (int i = 0; i < PQntuples(res); ++i) {
    if (i >= 25)
      break;
    out.push_back(PQgetvalue(res, i, 0));
  }
  PQclear(res);
  return out;
}
// The test reads the index before the loop steps it: the loop reaches a
// 26th row and breaks there, so LIMIT 26 changes nothing the loop does.
// CHECK-FIXES: PQexec(conn, "SELECT user_name FROM logins ORDER BY at DESC LIMIT 26");

std::vector<std::string> topScores(pqxx::work &txn) {
  std::vector<std::string> out;
  pqxx::result scores = txn.exec("SELECT player FROM scores WHERE points > 100 ORDER BY points DESC");
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: query returns every row it selects from table 'scores', and the program reads at most 3 of them
  for (const auto &row : scores | std::views::take(3))
    out.push_back(row[0].c_str());
  pqxx::result names = txn.exec("SELECT name FROM players");
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: query returns every row it selects from table 'players', and the program reads at most 2 of them
  for (const auto &row : std::views::take(names, 2))
    out.push_back(row[0].c_str());
  return out;
}
// CHECK-FIXES: txn.exec("SELECT player FROM scores WHERE points > 100 ORDER BY points DESC LIMIT 3");
// CHECK-FIXES: txn.exec("SELECT name FROM players LIMIT 2");

//===--- Not reported ------------------------------------------------------===//

std::vector<std::string> notReported(PGconn *conn, pqxx::work &txn, const char *const *user) {
  std::vector<std::string> out;
  // Without a schema, `user_id = $1` may fix a unique key.
  PGresult *one = PQexecParams(conn, "SELECT name FROM profiles WHERE user_id = $1", 1, nullptr,
                               user, nullptr, nullptr, 0);
  for (int i = 0; i < PQntuples(one) && i < 1; ++i)
    out.push_back(PQgetvalue(one, i, 0));
  PQclear(one);
  // Every row is used; the index loop's own bound is not a number of rows
  // kept.
  PGresult *all = PQexec(conn, "SELECT user_name FROM logins");
  for (int i = 0; i < PQntuples(all); ++i)
    out.push_back(PQgetvalue(all, i, 0));
  PQclear(all);
  // The loop steps its index in the body too.
  PGresult *stepped = PQexec(conn, "SELECT user_name FROM logins");
  for (int i = 0; i < PQntuples(stepped); ++i) {
    if (i >= 25)
      break;
    i += 1;
  }
  PQclear(stepped);
  // Breaks on what it reads, not on a count.
  PGresult *searched = PQexec(conn, "SELECT user_name FROM logins");
  for (int i = 0; i < PQntuples(searched); ++i) {
    if (std::string(PQgetvalue(searched, i, 0)) == "root")
      break;
  }
  PQclear(searched);
  // A view that drops the first rows rather than keeping them.
  pqxx::result names = txn.exec("SELECT name FROM players");
  for (const auto &row : names | std::views::drop(2))
    out.push_back(row[0].c_str());
  // A write, and a count.
  pqxx::result deleted = txn.exec("DELETE FROM players WHERE banned RETURNING name");
  for (const auto &row : deleted | std::views::take(3))
    out.push_back(row[0].c_str());
  pqxx::result counted = txn.exec("SELECT count(*) FROM players");
  for (const auto &row : counted | std::views::take(1))
    out.push_back(row[0].c_str());
  return out;
}
