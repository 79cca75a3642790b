// libpqxx 6.4, the real headers: `connection` is an alias of
// basic_connection_base<connect_direct> and connects in its constructor;
// `lazyconnection` is the same template with another policy and does not.
// `work::exec` is transaction_base::exec.
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -isystem %shapes

#include <pqxx/pqxx>
#include <folly/experimental/coro/Task.h>

folly::coro::Task<int> load_history(std::string dsn, int user) {
  pqxx::connection conn(dsn);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking call 'pqxx::connection' inside coroutine 'load_history' stalls its executor thread; libpqxx is synchronous; offload the query to a thread pool or use an asynchronous PostgreSQL client [async-blocking-call-in-coroutine]
  pqxx::lazyconnection lazy(dsn);
  pqxx::work tx(conn);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: blocking call 'pqxx::work'
  pqxx::result rows = tx.exec_params("select * from messages where user_id = $1", user);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: blocking call 'pqxx::transaction_base::exec_params'
  auto one = tx.exec1("select 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: blocking call 'pqxx::transaction_base::exec1'
  std::string quoted = tx.quote(user); // Local formatting: no I/O.
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'pqxx::transaction_base::commit'
  pqxx::nontransaction nt(conn); // Sends nothing.
  nt.exec0("select 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'pqxx::transaction_base::exec0'
  (void)one;
  (void)quoted;
  co_return static_cast<int>(rows.size());
}
