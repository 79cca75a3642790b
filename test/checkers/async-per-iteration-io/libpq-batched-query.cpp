// N+1 queries through libpq (the real header) become one query for all
// keys. libpq's rows are numbers in one PGresult, which cannot be split, so
// each key's group is a vector of row numbers in the one batched result:
// PQntuples(rows) reads the group's size, PQgetvalue(rows, i, c) reads row
// rows[i] of the batched result, and the per-key PQclear goes (the batched
// result frees itself, on every path out of the loop). The key is the one
// text parameter, `key.c_str()` of a std::string element.
// RUN: %check_async_tidy --fix-notes %s async-per-iteration-io %t -- -- -I/usr/include/postgresql -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE

#include <boost/asio/awaitable.hpp>
#include <libpq-fe.h>
#include <string>
#include <vector>

namespace asio = boost::asio;

struct Conversation {
  std::string id;
  std::vector<std::string> messages;
};

asio::awaitable<std::vector<Conversation>> conversations(PGconn *db, std::vector<std::string> ids) {
  std::vector<Conversation> result;
  for (const std::string &id : ids) {
    const char *params[] = {id.c_str()};
    PGresult *rows = PQexecParams(db, "SELECT body FROM messages WHERE conversation_id = $1 ORDER BY id", 1,
                                  nullptr, params, nullptr, nullptr, 0);
    if (PQresultStatus(rows) != PGRES_TUPLES_OK) {
      PQclear(rows);
      continue;
    }
    Conversation c{id, {}};
    for (int i = 0; i < PQntuples(rows); ++i)
      if (!PQgetisnull(rows, i, 0))
        c.messages.push_back(PQgetvalue(rows, i, 0));
    PQclear(rows);
    result.push_back(std::move(c));
  }
  // CHECK-NOTES: :[[@LINE-13]]:22: warning: database query 'PQexecParams' runs once per iteration over 'ids' (N+1); fetch all rows in one query [async-per-iteration-io]
  // CHECK-NOTES: :[[@LINE-16]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-17]]:3: note: run one query for all keys before the loop, and read each key's rows from its group by '"conversation_id"'; {{.*}}
  // CHECK-FIXES: {{^}}  std::string rows_keys = "{";{{$}}
  // CHECK-FIXES-NEXT: {{^}}  for (const std::string &id : ids) {{{$}}
  // CHECK-FIXES: {{^}}  rows_keys += '}';{{$}}
  // CHECK-FIXES-NEXT: {{^}}  const char *rows_params[] = {rows_keys.c_str()};{{$}}
  // CHECK-FIXES-NEXT: {{^}}  std::unique_ptr<PGresult, decltype(&PQclear)> rows_all(PQexecParams(db, "SELECT body, \"conversation_id\" AS async_tidy_key FROM messages WHERE conversation_id = ANY($1) ORDER BY id", 1,{{$}}
  // CHECK-FIXES-NEXT: {{^}}                                  nullptr, rows_params, nullptr, nullptr, 0), &PQclear);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  std::map<std::string, std::vector<int>> rows_by_key;{{$}}
  // CHECK-FIXES-NEXT: {{^}}  for (int rows_row = 0; rows_row < PQntuples(rows_all.get()); ++rows_row){{$}}
  // CHECK-FIXES-NEXT: {{^}}    rows_by_key[PQgetvalue(rows_all.get(), rows_row, PQnfields(rows_all.get()) - 1)].push_back(rows_row);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  for (const std::string &id : ids) {{{$}}
  // CHECK-FIXES-NEXT: {{^}}    const std::vector<int> &rows = rows_by_key[id];{{$}}
  // CHECK-FIXES-NEXT: {{^}}    if (PQresultStatus(rows_all.get()) != PGRES_TUPLES_OK) {{{$}}
  // CHECK-FIXES-NEXT: {{^}}      continue;{{$}}
  // CHECK-FIXES-NEXT: {{^}}    }{{$}}
  // CHECK-FIXES-NEXT: {{^}}    Conversation c{id, {}};{{$}}
  // CHECK-FIXES-NEXT: {{^}}    for (int i = 0; i < static_cast<int>(rows.size()); ++i){{$}}
  // CHECK-FIXES-NEXT: {{^}}      if (!PQgetisnull(rows_all.get(), rows[i], 0)){{$}}
  // CHECK-FIXES-NEXT: {{^}}        c.messages.push_back(PQgetvalue(rows_all.get(), rows[i], 0));{{$}}
  // CHECK-FIXES-NEXT: {{^}}    result.push_back(std::move(c));{{$}}
  co_return result;
}

//===--- Refused, with the reason ----------------------------------------===//

// The key is not the element's text.
asio::awaitable<int> numbered(PGconn *db, std::vector<int> ids) {
  int n = 0;
  for (int id : ids) {
    std::string text = std::to_string(id);
    const char *params[] = {text.c_str()};
    PGresult *r = PQexecParams(db, "SELECT name FROM users WHERE id = $1", 1, nullptr, params, nullptr, nullptr, 0);
    n += PQntuples(r);
    PQclear(r);
  }
  // CHECK-NOTES: :[[@LINE-4]]:19: warning: database query 'PQexecParams' runs once per iteration {{.*}}
  // CHECK-NOTES: :[[@LINE-8]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-9]]:3: note: no automatic fix: the query's only parameter is not the loop's element 'id' as text ('id.c_str()' of a std::string)
  co_return n;
}

// Binary results, or a declared parameter type, change what the keys are.
asio::awaitable<int> binary(PGconn *db, std::vector<std::string> ids) {
  int n = 0;
  for (const std::string &id : ids) {
    const char *params[] = {id.c_str()};
    PGresult *r = PQexecParams(db, "SELECT name FROM users WHERE login = $1", 1, nullptr, params, nullptr, nullptr, 1);
    n += PQntuples(r);
    PQclear(r);
  }
  // CHECK-NOTES: :[[@LINE-4]]:19: warning: database query 'PQexecParams' runs once per iteration {{.*}}
  // CHECK-NOTES: :[[@LINE-7]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-6]]:36: note: one query for all of them: "SELECT name FROM users WHERE login = ANY($1)" with the values as one array parameter
  // CHECK-NOTES: :[[@LINE-9]]:3: note: no automatic fix: the query is not one text parameter with inferred type, read as text
  co_return n;
}

// The result handed on: a vector of row numbers is not a PGresult.
void keep(PGresult *r);
asio::awaitable<void> handed_on(PGconn *db, std::vector<std::string> ids) {
  for (const std::string &id : ids) {
    const char *params[] = {id.c_str()};
    PGresult *r = PQexecParams(db, "SELECT name FROM users WHERE login = $1", 1, nullptr, params, nullptr, nullptr, 0);
    keep(r);
  }
  // CHECK-NOTES: :[[@LINE-3]]:19: warning: database query 'PQexecParams' runs once per iteration {{.*}}
  // CHECK-NOTES: :[[@LINE-6]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-5]]:36: note: one query for all of them: "SELECT name FROM users WHERE login = ANY($1)" with the values as one array parameter
  // CHECK-NOTES: :[[@LINE-8]]:3: note: no automatic fix: the loop body uses 'r' as more than its rows (line [[@LINE-5]])
  co_return;
}

// A use inside a lambda is refused: the lambda may run after the loop.
asio::awaitable<int> counted(PGconn *db, std::vector<std::string> logins) {
  int n = 0;
  for (const std::string &login : logins) {
    const char *params[] = {login.c_str()};
    PGresult *r = PQexecParams(db, "SELECT name FROM users WHERE login = $1", 1, nullptr, params, nullptr, nullptr, 0);
    n += [&] { return PQntuples(r); }();
    PQclear(r);
  }
  // CHECK-NOTES: :[[@LINE-4]]:19: warning: database query 'PQexecParams' runs once per iteration {{.*}}
  // CHECK-NOTES: :[[@LINE-7]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-6]]:36: note: one query for all of them: {{.*}}
  // CHECK-NOTES: :[[@LINE-9]]:3: note: no automatic fix: the loop body uses 'r' as more than its rows (line [[@LINE-6]])
  co_return n;
}

// The parameter array used again: it cannot go.
void log_params(const char *const *params);
asio::awaitable<int> params_reused(PGconn *db, std::vector<std::string> ids) {
  int n = 0;
  for (const std::string &id : ids) {
    const char *params[] = {id.c_str()};
    PGresult *r = PQexecParams(db, "SELECT name FROM users WHERE login = $1", 1, nullptr, params, nullptr, nullptr, 0);
    log_params(params);
    n += PQntuples(r);
    PQclear(r);
  }
  // CHECK-NOTES: :[[@LINE-5]]:19: warning: database query 'PQexecParams' runs once per iteration {{.*}}
  // CHECK-NOTES: :[[@LINE-8]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-7]]:36: note: one query for all of them: "SELECT name FROM users WHERE login = ANY($1)" with the values as one array parameter
  // CHECK-NOTES: :[[@LINE-10]]:3: note: no automatic fix: the loop body uses 'params' for more than the query
  co_return n;
}
