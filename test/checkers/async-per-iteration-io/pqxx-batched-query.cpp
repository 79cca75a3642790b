// N+1 queries through libpqxx 6.4 (the real headers) become one query for
// all keys: PostgreSQL's parser (libpg_query) finds the `<column> = $1`
// predicate, the query takes `= ANY($1)` with the keys as one array
// literal, the rows are grouped by key, and each iteration reads its own
// group. Refused, with the reason, where the rows of all keys are not the
// union of each key's rows, or the loop uses the result as more than rows.
// RUN: %check_async_tidy --fix-notes %s async-per-iteration-io %t -- -- -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE

#include <utility>
#include <boost/asio/awaitable.hpp>
#include <pqxx/pqxx>
#include <string>
#include <vector>

namespace asio = boost::asio;

asio::awaitable<std::vector<std::string>> names_of(pqxx::work &txn, std::vector<int> ids) {
  std::vector<std::string> names;
  for (int id : ids) {
    pqxx::result rows = txn.exec_params("SELECT name FROM users WHERE id = $1", id);
    for (auto row : rows)
      names.push_back(row[0].as<std::string>());
  }
  // CHECK-NOTES: :[[@LINE-4]]:25: warning: database query 'pqxx::transaction_base::exec_params' runs once per iteration over 'ids' (N+1); fetch all rows in one query [async-per-iteration-io]
  // CHECK-NOTES: :[[@LINE-6]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-7]]:3: note: run one query for all keys before the loop, and read each key's rows from its group by '"id"'; the query now runs before the loop body's other statements, each row also carries the key as a last column ('async_tidy_key'), and text keys match rows only as PostgreSQL returns them
  // CHECK-FIXES: std::string rows_keys = "{";
  // CHECK-FIXES-NEXT: for (int id : ids) {
  // CHECK-FIXES-NEXT:   if (rows_keys.size() > 1)
  // CHECK-FIXES-NEXT:     rows_keys += ',';
  // CHECK-FIXES-NEXT:   rows_keys += std::to_string(id);
  // CHECK-FIXES-NEXT: }
  // CHECK-FIXES-NEXT: rows_keys += '}';
  // CHECK-FIXES-NEXT: auto rows_all = txn.exec_params("SELECT name, \"id\" AS async_tidy_key FROM users WHERE id = ANY($1)", rows_keys);
  // CHECK-FIXES-NEXT: std::map<int, std::vector<pqxx::row>> rows_by_key;
  // CHECK-FIXES-NEXT: for (const pqxx::row &rows_row : rows_all)
  // CHECK-FIXES-NEXT:   rows_by_key[rows_row["async_tidy_key"].as<int>()].push_back(rows_row);
  // CHECK-FIXES-NEXT: for (int id : ids) {
  // CHECK-FIXES-NEXT:   const std::vector<pqxx::row> &rows = rows_by_key[id];
  co_return names;
}

// Text keys are quoted in the array literal; an ORDER BY still orders each
// key's rows.
asio::awaitable<std::size_t> emails_of(pqxx::work &txn, const std::vector<std::string> &logins) {
  std::size_t found = 0;
  for (const std::string &login : logins) {
    auto r = txn.exec_params("select u.email from users u where u.active and u.login = $1 order by u.email", login);
    if (!r.empty())
      found += r.size() + r[0][0].size();
  }
  // CHECK-NOTES: :[[@LINE-4]]:14: warning: database query 'pqxx::transaction_base::exec_params' runs once per iteration over 'logins' (N+1); fetch all rows in one query [async-per-iteration-io]
  // CHECK-NOTES: :[[@LINE-6]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-7]]:3: note: run one query for all keys before the loop, and read each key's rows from its group by '"u"."login"'; {{.*}}
  // CHECK-FIXES: r_keys += '"';
  // CHECK-FIXES-NEXT: for (char r_char : login) {
  // CHECK-FIXES-NEXT:   if (r_char == '"' || r_char == '\\')
  // CHECK-FIXES-NEXT:     r_keys += '\\';
  // CHECK-FIXES-NEXT:   r_keys += r_char;
  // CHECK-FIXES-NEXT: }
  // CHECK-FIXES-NEXT: r_keys += '"';
  // CHECK-FIXES: auto r_all = txn.exec_params("select u.email, \"u\".\"login\" AS async_tidy_key from users u where u.active and u.login = ANY($1) order by u.email", r_keys);
  // CHECK-FIXES-NEXT: std::map<std::string, std::vector<pqxx::row>> r_by_key;
  // CHECK-FIXES: const std::vector<pqxx::row> &r = r_by_key[login];
  co_return found;
}

//===--- Refused, with the reason ----------------------------------------===//

asio::awaitable<int> limited(pqxx::work &txn, std::vector<int> ids) {
  int n = 0;
  for (int id : ids) {
    pqxx::result r = txn.exec_params("SELECT name FROM users WHERE id = $1 LIMIT 1", id);
    n += r.size();
  }
  // CHECK-NOTES: :[[@LINE-3]]:22: warning: database query 'pqxx::transaction_base::exec_params' runs once per iteration {{.*}}
  // CHECK-NOTES: :[[@LINE-5]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-6]]:3: note: no automatic fix: the query's rows for all keys are not its rows for each key: it has a LIMIT, which would apply to all keys together
  co_return n;
}

asio::awaitable<int> counted(pqxx::work &txn, std::vector<int> ids) {
  int n = 0;
  for (int id : ids) {
    pqxx::result r = txn.exec_params("SELECT count(*) FROM orders WHERE user_id = $1", id);
    n += r[0][0].as<int>();
  }
  // CHECK-NOTES: :[[@LINE-3]]:22: warning: database query 'pqxx::transaction_base::exec_params' runs once per iteration {{.*}}
  // CHECK-NOTES: :[[@LINE-5]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-6]]:3: note: no automatic fix: the query's rows for all keys are not its rows for each key: its select list calls a function, which may aggregate the rows of all keys
  co_return n;
}

void consume(const pqxx::result &);
asio::awaitable<void> passed_whole(pqxx::work &txn, std::vector<int> ids) {
  for (int id : ids) {
    pqxx::result r = txn.exec_params("SELECT name FROM users WHERE id = $1", id);
    consume(r);
  }
  // CHECK-NOTES: :[[@LINE-3]]:22: warning: database query 'pqxx::transaction_base::exec_params' runs once per iteration {{.*}}
  // CHECK-NOTES: :[[@LINE-5]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-6]]:3: note: no automatic fix: the loop body uses 'r' as more than a sequence of rows (line [[@LINE-4]])
  co_return;
}

asio::awaitable<void> or_predicate(pqxx::work &txn, std::vector<int> ids) {
  for (int id : ids) {
    pqxx::result r = txn.exec_params("SELECT name FROM users WHERE id = $1 OR admin", id);
    (void)r.size();
  }
  // CHECK-NOTES: :[[@LINE-3]]:22: warning: database query 'pqxx::transaction_base::exec_params' runs once per iteration {{.*}}
  // CHECK-NOTES: :[[@LINE-5]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-6]]:3: note: no automatic fix: its WHERE clause does not select rows by '<column> = $1' (alone or in an AND)
  co_return;
}

asio::awaitable<void> not_the_element(pqxx::work &txn, std::vector<int> ids) {
  for (int id : ids) {
    pqxx::result r = txn.exec_params("SELECT name FROM users WHERE id = $1", id + 1);
    (void)r.size();
  }
  // CHECK-NOTES: :[[@LINE-3]]:22: warning: database query 'pqxx::transaction_base::exec_params' runs once per iteration {{.*}}
  // CHECK-NOTES: :[[@LINE-5]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-6]]:3: note: no automatic fix: the query's only parameter is not the loop's element 'id'
  co_return;
}

asio::awaitable<void> writes_too(pqxx::work &txn, std::vector<int> ids) {
  for (int id : ids) {
    pqxx::result r = txn.exec_params("SELECT balance FROM accounts WHERE id = $1", id);
    txn.exec_params("UPDATE accounts SET seen = true WHERE id = $1", id);
    (void)r.size();
  }
  // CHECK-NOTES: :[[@LINE-4]]:22: warning: database query 'pqxx::transaction_base::exec_params' runs once per iteration {{.*}}
  // CHECK-NOTES: :[[@LINE-6]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-7]]:3: note: no automatic fix: the loop body also uses 'txn' (line [[@LINE-5]]), which may write what the queries of later keys would see
  // CHECK-NOTES: :[[@LINE-6]]:5: warning: database query 'pqxx::transaction_base::exec_params' runs once per iteration {{.*}}
  // CHECK-NOTES: :[[@LINE-9]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-10]]:3: note: no automatic fix: the query is not one SELECT
  co_return;
}

// Two loops in one scope whose rows have one name: each fix's names are
// its own.
asio::awaitable<std::size_t> twice(pqxx::work &txn, std::vector<int> users, std::vector<int> teams) {
  std::size_t n = 0;
  for (int id : users) {
    pqxx::result rows = txn.exec_params("SELECT name FROM users WHERE id = $1", id);
    n += rows.size();
  }
  for (int id : teams) {
    pqxx::result rows = txn.exec_params("SELECT name FROM teams WHERE id = $1", id);
    n += rows.size();
  }
  // CHECK-NOTES: :[[@LINE-7]]:25: warning: database query {{.*}}
  // CHECK-NOTES: :[[@LINE-9]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-10]]:3: note: run one query for all keys {{.*}}
  // CHECK-NOTES: :[[@LINE-6]]:25: warning: database query {{.*}}
  // CHECK-NOTES: :[[@LINE-8]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-9]]:3: note: run one query for all keys {{.*}}
  // CHECK-FIXES: auto rows_all = txn.exec_params("SELECT name, \"id\" AS async_tidy_key FROM users WHERE id = ANY($1)", rows_keys);
  // CHECK-FIXES: auto rows_all2 = txn.exec_params("SELECT name, \"id\" AS async_tidy_key FROM teams WHERE id = ANY($1)", rows_keys2);
  co_return n;
}

asio::awaitable<std::size_t> changed_key(pqxx::work &txn, std::vector<int> ids) {
  std::size_t n = 0;
  for (int id : ids) {
    id = id * 10;
    pqxx::result r = txn.exec_params("SELECT name FROM users WHERE id = $1", id);
    n += r.size();
  }
  // CHECK-NOTES: :[[@LINE-3]]:22: warning: database query {{.*}}
  // CHECK-NOTES: :[[@LINE-6]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-7]]:3: note: no automatic fix: the loop body uses 'id' before the query
  co_return n;
}

void mark_seen(pqxx::work &txn, int id);
asio::awaitable<std::size_t> helper_writes(pqxx::work &txn, std::vector<int> ids) {
  std::size_t n = 0;
  for (int id : ids) {
    pqxx::result r = txn.exec_params("SELECT name FROM users WHERE id = $1", id);
    mark_seen(txn, id);
    n += r.size();
  }
  // CHECK-NOTES: :[[@LINE-4]]:22: warning: database query {{.*}}
  // CHECK-NOTES: :[[@LINE-6]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-7]]:3: note: no automatic fix: the loop body also uses 'txn' (line [[@LINE-5]]), which may write what the queries of later keys would see
  co_return n;
}

asio::awaitable<int> iterator_rows(pqxx::work &txn, std::vector<int> ids) {
  int n = 0;
  for (int id : ids) {
    pqxx::result r = txn.exec_params("SELECT age FROM users WHERE id = $1", id);
    for (auto c = r.begin(); c != r.end(); ++c)
      n += c[0].as<int>();
  }
  // CHECK-NOTES: :[[@LINE-4]]:22: warning: database query {{.*}}
  // CHECK-NOTES: :[[@LINE-6]]:3: note: the loop that repeats it
  // CHECK-NOTES: :[[@LINE-7]]:3: note: no automatic fix: the loop body uses 'r' as more than a sequence of rows (line [[@LINE-5]])
  co_return n;
}

// Not a coroutine: the check looks at coroutines only.
std::size_t blocking_names(pqxx::work &txn, std::vector<int> ids) {
  std::size_t n = 0;
  for (int id : ids)
    n += txn.exec_params("SELECT name FROM users WHERE id = $1", id).size();
  return n;
}
