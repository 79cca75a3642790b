// What the program does with the rest of the rows decides: a truncation
// is reported only when it is all the function does with the result. Each
// function below would change behaviour under a LIMIT, or is no
// truncation at all; the first two are the forms that stay reported.
// RUN: %check_async_tidy --fix-notes %s async-unbounded-query %t -- \
// RUN:   -config="{CheckOptions: {SchemaFiles: '%S/Inputs/migrations'}}" \
// RUN:   -- -I/usr/include/postgresql -isystem %shapes -std=c++20

#include <drogon/orm/DbClient.h>
#include <libpq-fe.h>
#include <pqxx/pqxx>
#include <ranges>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <string>
#include <vector>

void show(const char *);
void exportAll(PGresult *);

// Status checks, emptiness and the release are no uses of the rows.
void headlines(PGconn *c) {
  PGresult *r = PQexec(c, "SELECT title FROM posts ORDER BY id DESC");
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: query returns every row it selects from table 'posts', and the program reads at most 3 of them
  if (PQresultStatus(r) != PGRES_TUPLES_OK) {
    PQclear(r);
    return;
  }
  for (int i = 0; i < PQntuples(r) && i < 3; ++i)
    show(PQgetvalue(r, i, 0));
  PQclear(r);
}
// CHECK-FIXES: PQexec(c, "SELECT title FROM posts ORDER BY id DESC LIMIT 3");

// C style: the index is declared before the loop, which sets it to 0.
int loadPage(PGconn *c, const char **out) {
  int i;
  PGresult *r = PQexec(c, "SELECT title FROM posts ORDER BY created_at DESC");
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: query returns every row it selects from table 'posts', and the program reads at most 50 of them
  for (i = 0; i < 50 && i < PQntuples(r); i++)
    out[i] = PQgetvalue(r, i, 0);
  PQclear(r);
  return i;
}
// CHECK-FIXES: PQexec(c, "SELECT title FROM posts ORDER BY created_at DESC LIMIT 50");

// A counter started with braces; the index read by at().
drogon::Task<std::vector<std::string>> braced(drogon::orm::DbClientPtr db) {
  std::vector<std::string> out;
  auto rows = co_await db->execSqlCoro("SELECT title FROM posts ORDER BY id DESC");
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: query returns every row it selects from table 'posts', and the program reads at most 4 of them
  if (rows.empty())
    co_return out;
  for (std::size_t i{}; i < rows.size(); ++i) {
    out.push_back(rows.at(i)["title"].as<std::string>());
    if (i >= 3)
      break;
  }
  co_return out;
}
// CHECK-FIXES: co_await db->execSqlCoro("SELECT title FROM posts ORDER BY id DESC LIMIT 4");

//===--- Not reported ------------------------------------------------------===//

void printJson(const char *);

// Inside the loop, the rows are used as more than the rows it reads: the
// last row's place, the row count, the whole result, a full inner loop,
// a bound that depends on the count.
void insideTheLoop(PGconn *c) {
  PGresult *r = PQexec(c, "SELECT title FROM posts ORDER BY id DESC");
  for (int i = 0; i < PQntuples(r) && i < 10; ++i) {
    printJson(PQgetvalue(r, i, 0));
    if (i < PQntuples(r) - 1)
      printJson(",");
  }
  PQclear(r);
  PGresult *whole = PQexec(c, "SELECT title FROM posts ORDER BY id DESC");
  for (int i = 0; i < PQntuples(whole) && i < 10; ++i) {
    exportAll(whole);
    show(PQgetvalue(whole, PQntuples(whole) - 1, 0));
  }
  PQclear(whole);
  PGresult *more = PQexec(c, "SELECT title FROM posts ORDER BY id DESC");
  for (int i = 0; i < PQntuples(more) && i < 10 && PQntuples(more) > 15; ++i)
    show(PQgetvalue(more, i, 0));
  PQclear(more);
}

drogon::Task<int> insideRangeFor(drogon::orm::DbClientPtr db) {
  auto rows = co_await db->execSqlCoro("SELECT title FROM posts ORDER BY id DESC");
  int n = 0, pairs = 0;
  for (const auto &row : rows) {
    for (const auto &other : rows)
      ++pairs;
    if (++n >= 3)
      break;
  }
  co_return pairs;
}

// A bound the loop raises from what a row holds: a search.
void raisedBound(PGconn *c) {
  PGresult *r = PQexec(c, "SELECT title, state FROM posts ORDER BY id");
  int limit = 3;
  for (int i = 0; i < PQntuples(r) && i < limit; ++i) {
    show(PQgetvalue(r, i, 0));
    if (PQgetvalue(r, i, 1)[0] == 'f')
      limit = limit + 1;
  }
  PQclear(r);
}

// A view whose bound is the row count.
std::vector<std::string> takeCount(pqxx::work &txn) {
  std::vector<std::string> out;
  pqxx::result names = txn.exec("SELECT name FROM players");
  for (const auto &row : names | std::views::take(names.size() - 1))
    out.push_back(row[0].c_str());
  return out;
}

struct Page {
  std::vector<std::string> titles;
  bool hasMore = false;
};

// "Is there a next page?" reads the row count after the loop.
drogon::Task<Page> withMore(drogon::orm::DbClientPtr db) {
  auto rows = co_await db->execSqlCoro("SELECT title FROM posts ORDER BY id DESC");
  Page page;
  for (std::size_t i = 0; i < rows.size() && i < 10; ++i)
    page.titles.push_back(rows[i]["title"].as<std::string>());
  page.hasMore = rows.size() > 10;
  co_return page;
}

// The whole result goes elsewhere first; two loops; a reassigned result;
// a loop nested in one over every row.
void otherUses(PGconn *c) {
  PGresult *all = PQexec(c, "SELECT title FROM posts ORDER BY id DESC");
  exportAll(all);
  for (int i = 0; i < PQntuples(all) && i < 10; ++i)
    show(PQgetvalue(all, i, 0));
  PQclear(all);

  PGresult *twice = PQexec(c, "SELECT title FROM posts ORDER BY id DESC");
  for (int i = 0; i < PQntuples(twice) && i < 3; ++i)
    show(PQgetvalue(twice, i, 0));
  for (int i = 0; i < PQntuples(twice) && i < 10; ++i)
    show(PQgetvalue(twice, i, 0));
  PQclear(twice);

  PGresult *r = PQexec(c, "SELECT title FROM pinned ORDER BY id");
  for (int i = 0; i < PQntuples(r); ++i)
    show(PQgetvalue(r, i, 0));
  PQclear(r);
  r = PQexec(c, "SELECT title FROM posts ORDER BY id DESC");
  for (int i = 0; i < PQntuples(r) && i < 10; ++i)
    show(PQgetvalue(r, i, 0));
  PQclear(r);

  PGresult *nested = PQexec(c, "SELECT title FROM posts ORDER BY id DESC");
  for (int i = 0; i < PQntuples(nested); ++i) {
    int n = 0;
    for (int j = 0; j < PQntuples(nested); ++j) {
      show(PQgetvalue(nested, j, 0));
      if (++n >= 3)
        break;
    }
  }
  PQclear(nested);
}

// The loop reads the row after the last one it keeps.
void dailyChange(PGconn *c) {
  PGresult *r = PQexec(c, "SELECT price FROM posts ORDER BY created_at DESC");
  for (int i = 0; i < PQntuples(r) && i < 7; ++i) {
    double today = std::atof(PQgetvalue(r, i, 0));
    double before = i + 1 < PQntuples(r) ? std::atof(PQgetvalue(r, i + 1, 0)) : 0.0;
    show(std::to_string(today - before).c_str());
  }
  PQclear(r);
}

// Counters that do not count every row of one pass: skipped by a goto;
// declared in the loop; left over from an enclosing loop's pass; too
// narrow to reach N.
void counters(PGconn *c, const std::vector<int> &feeds) {
  PGresult *r = PQexec(c, "SELECT title, hidden FROM posts ORDER BY id");
  int n = 0;
  for (int i = 0; i < PQntuples(r); ++i) {
    if (PQgetvalue(r, i, 1)[0] == 't')
      goto next;
    show(PQgetvalue(r, i, 0));
    ++n;
    if (n >= 5)
      break;
  next:;
  }
  PQclear(r);

  PGresult *inner = PQexec(c, "SELECT title FROM posts ORDER BY id");
  for (int i = 0; i < PQntuples(inner); ++i) {
    int m = 0;
    show(PQgetvalue(inner, i, 0));
    if (++m >= 5)
      break;
  }
  PQclear(inner);

  int shown = 0;
  for (int feed : feeds) {
    PGresult *each = PQexec(c, "SELECT title FROM posts ORDER BY id");
    for (int i = 0; i < PQntuples(each); ++i) {
      show(PQgetvalue(each, i, 0));
      if (++shown == 10)
        break;
    }
    PQclear(each);
  }

  PGresult *narrow = PQexec(c, "SELECT title FROM posts ORDER BY id");
  std::uint8_t k = 0;
  for (int i = 0; i < PQntuples(narrow); ++i) {
    show(PQgetvalue(narrow, i, 0));
    if (++k == 300)
      break;
  }
  PQclear(narrow);
}

// Bounds that bound nothing: 0, the largest size, the row count itself.
void bounds(PGconn *c) {
  constexpr int Preview = 0;
  constexpr std::size_t NoLimit = std::numeric_limits<std::size_t>::max();
  PGresult *r = PQexec(c, "SELECT title FROM posts ORDER BY id");
  int n = 0;
  for (int i = 0; i < PQntuples(r); ++i) {
    show(PQgetvalue(r, i, 0));
    if (++n >= Preview)
      break;
  }
  PQclear(r);
  PGresult *huge = PQexec(c, "SELECT title FROM posts ORDER BY id");
  for (std::size_t i = 0; i < PQntuples(huge) && i < NoLimit; ++i)
    show(PQgetvalue(huge, i, 0));
  PQclear(huge);
}

drogon::Task<int> selfBound(drogon::orm::DbClientPtr db) {
  auto rows = co_await db->execSqlCoro("SELECT title FROM posts ORDER BY id");
  std::size_t n = 0;
  for (const auto &row : rows) {
    if (++n >= rows.size())
      break;
  }
  co_return static_cast<int>(n);
}

// One row (its size() counts fields), and rows a SELECT locks.
std::string oneRowAndLocks(pqxx::work &txn) {
  std::string out;
  pqxx::row settings = txn.exec1("SELECT theme, locale, flags FROM settings");
  for (pqxx::row::size_type i = 0; i < settings.size() && i < 1; ++i)
    out += settings[i].c_str();
  pqxx::result jobs =
      txn.exec("SELECT payload FROM jobs WHERE state = 'queued' ORDER BY id FOR UPDATE");
  int n = 0;
  for (const auto &job : jobs) {
    out += job[0].c_str();
    if (++n >= 10)
      break;
  }
  return out;
}
