// The offload fix on real Boost.Asio 1.81 and libpq: a blocking call with no
// asynchronous twin runs on the pool the OffloadExecutor option names, and
// the coroutine resumes on its own executor (co_spawn + use_awaitable). The
// fix is unsafe (a note), and refused, with the reason, where moving the
// call to another thread is known to change it.
// RUN: %check_async_tidy --fix-notes %s async-blocking-call-in-coroutine %t -- \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.OffloadExecutor: 'app::blocking_executor()'}}" \
// RUN:   -- -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE -I/usr/include/postgresql

#include <utility> // Boost 1.81 awaitable.hpp uses std::exchange unincluded.
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <cerrno>
#include <cstdio>
#include <condition_variable>
#include <future>
#include <mutex>
#include <string>
#include <libpq-fe.h>
#include <unistd.h>

namespace asio = boost::asio;

namespace app {
// Not a catalogued pool type: the option names it.
asio::any_io_executor blocking_executor();
} // namespace app

// A project helper that blocks (found through the helper chain).
std::string load_profile(PGconn *conn, const char *id) {
  const char *params[] = {id};
  PGresult *res = PQexecParams(conn, "select name from users where id = $1", 1, nullptr, params,
                               nullptr, nullptr, 0);
  std::string name = PQntuples(res) > 0 ? PQgetvalue(res, 0, 0) : "";
  PQclear(res);
  return name;
}

asio::awaitable<int> count_users(PGconn *conn) {
  PGresult *res = PQexec(conn, "select count(*) from users");
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: blocking call 'PQexec' inside coroutine 'count_users' stalls its executor thread; {{.*}} [async-blocking-call-in-coroutine]
  // CHECK-NOTES: :[[@LINE-2]]:19: note: run the call on 'app::blocking_executor()' and resume here (co_spawn's completion handler is use_awaitable, which resumes the coroutine on its own executor, with the call's value or exception); meanwhile other code on this executor runs, and may use the objects the call uses
  // CHECK-FIXES: PGresult *res = co_await boost::asio::co_spawn(app::blocking_executor(), [&]() -> boost::asio::awaitable<PGresult *> { co_return PQexec(conn, "select count(*) from users"); }, boost::asio::use_awaitable);
  int n = PQntuples(res) > 0 ? atoi(PQgetvalue(res, 0, 0)) : 0;
  PQclear(res);
  co_return n;
}

asio::awaitable<std::size_t> greeting_length(PGconn *conn, std::string id) {
  // A helper call is offloaded whole; `.size()` needs the parentheses.
  co_return load_profile(conn, id.c_str()).size();
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: call to 'load_profile' inside coroutine 'greeting_length' blocks its executor thread: it makes blocking call 'PQexecParams' (database); {{.*}}
  // CHECK-NOTES: :[[@LINE-21]]:19: note: 'load_profile' makes blocking call 'PQexecParams' here
  // CHECK-NOTES: :[[@LINE-3]]:13: note: run the call on 'app::blocking_executor()' and resume here {{.*}}
  // CHECK-FIXES: co_return (co_await boost::asio::co_spawn(app::blocking_executor(), [&]() -> boost::asio::awaitable<std::string> { co_return load_profile(conn, id.c_str()); }, boost::asio::use_awaitable)).size();
}

asio::awaitable<void> wait_for_report(std::future<int> report, std::future<void> flushed) {
  // A value and a void result; the caller's exception comes back too.
  int pages = report.get();
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: blocking call 'std::future::get' inside coroutine 'wait_for_report' {{.*}}
  // CHECK-NOTES: :[[@LINE-2]]:15: note: run the call on 'app::blocking_executor()' {{.*}}
  // CHECK-FIXES: int pages = co_await boost::asio::co_spawn(app::blocking_executor(), [&]() -> boost::asio::awaitable<int> { co_return report.get(); }, boost::asio::use_awaitable);
  flushed.wait();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call 'std::__basic_future::wait' inside coroutine 'wait_for_report' {{.*}}
  // CHECK-NOTES: :[[@LINE-2]]:3: note: run the call on 'app::blocking_executor()' {{.*}}
  // CHECK-FIXES: co_await boost::asio::co_spawn(app::blocking_executor(), [&]() -> boost::asio::awaitable<void> { co_return flushed.wait(); }, boost::asio::use_awaitable);
  co_return;
}

// Already offloaded by hand, in the fix's own form: the lambda runs on the
// pool, so its blocking call is not reported.
asio::awaitable<int> already_offloaded(PGconn *conn) {
  PGresult *res = co_await asio::co_spawn(
      app::blocking_executor(),
      [&]() -> asio::awaitable<PGresult *> { co_return PQexec(conn, "select 1"); },
      asio::use_awaitable);
  PQclear(res);
  co_return 1;
}

//===--- Refused, with the reason ----------------------------------------===//

std::mutex cache_mutex;

asio::awaitable<void> under_lock(PGconn *conn) {
  std::lock_guard<std::mutex> lock(cache_mutex);
  PQclear(PQexec(conn, "delete from cache"));
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call 'PQexec' inside coroutine 'under_lock' {{.*}}
  // CHECK-NOTES: :[[@LINE-3]]:31: note: no automatic fix: 'lock' would be held across the new suspension point
  co_return;
}

thread_local PGconn *thread_connection = nullptr;

asio::awaitable<void> thread_local_connection() {
  PQclear(PQexec(thread_connection, "select 1"));
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call 'PQexec' inside coroutine 'thread_local_connection' {{.*}}
  // CHECK-NOTES: :[[@LINE-2]]:11: note: no automatic fix: 'thread_connection' is thread-local: on the pool it would be the pool thread's
  co_return;
}

asio::awaitable<long> read_with_errno(std::FILE *f, char *buf) {
  std::size_t n = std::fread(buf, 1, 64, f);
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: blocking call 'fread' inside coroutine 'read_with_errno' {{.*}}
  // CHECK-NOTES: :[[@LINE-2]]:19: note: no automatic fix: the coroutine reads per-thread state through '__errno_location' (errno and the like), which after the call would be the pool thread's
  if (n == 0 && errno == EINTR)
    co_return 0;
  co_return n;
}

asio::awaitable<void> shared_with_a_task(asio::any_io_executor ex, PGconn *conn) {
  asio::co_spawn(ex, [conn]() -> asio::awaitable<void> { co_return; }, asio::detached);
  PQclear(PQexec(conn, "select 1"));
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call 'PQexec' inside coroutine 'shared_with_a_task' {{.*}}
  // CHECK-NOTES: :[[@LINE-2]]:11: note: no automatic fix: 'conn' is also used by the lambda on line [[@LINE-3]], which may run while the call runs on the pool
  co_return;
}

struct Row {
  explicit Row(int id) : id(id) {}
  int id;
};
Row fetch_row(PGconn *conn) {
  PQclear(PQexec(conn, "select 1"));
  return Row(1);
}
const std::string &cached_name(PGconn *conn);
const std::string &cached_name(PGconn *conn) {
  static std::string name;
  PQclear(PQexec(conn, "select 1"));
  return name;
}

asio::awaitable<int> results_that_cannot_come_back(PGconn *conn) {
  Row row = fetch_row(conn);
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: call to 'fetch_row' inside coroutine 'results_that_cannot_come_back' {{.*}}
  // CHECK-NOTES: :[[@LINE-13]]:11: note: 'fetch_row' makes blocking call 'PQexec' here
  // CHECK-NOTES: :[[@LINE-3]]:13: note: no automatic fix: the framework's offload idiom default-constructs the result, and 'Row' has no default constructor
  std::size_t n = cached_name(conn).size();
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: call to 'cached_name' inside coroutine 'results_that_cannot_come_back' {{.*}}
  // CHECK-NOTES: :[[@LINE-11]]:11: note: 'cached_name' makes blocking call 'PQexec' here
  // CHECK-NOTES: :[[@LINE-3]]:19: note: no automatic fix: the call returns a reference, which would come back from the pool as a copy
  co_return row.id + static_cast<int>(n);
}

namespace {
struct Local {
  int n = 0;
};
Local local_row(PGconn *conn) {
  PQclear(PQexec(conn, "select 1"));
  return Local{};
}
} // namespace

class Db {
  struct Row {
    int id = 0;
  };
  static Row fetch(PGconn *conn) {
    PQclear(PQexec(conn, "select 1"));
    return Row{};
  }

public:
  static asio::awaitable<int> first_id(PGconn *conn) {
    Row row = fetch(conn);
    // CHECK-NOTES: :[[@LINE-1]]:15: warning: call to 'Db::fetch' inside coroutine 'Db::first_id' {{.*}}
    // CHECK-NOTES: :[[@LINE-8]]:13: note: 'Db::fetch' makes blocking call 'PQexec' here
    // CHECK-NOTES: :[[@LINE-3]]:15: note: no automatic fix: the call's type 'Row' is not accessible where the lambda names it
    co_return row.id;
  }
};

asio::awaitable<int> types_that_cannot_be_named(PGconn *conn) {
  Local row = local_row(conn);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: call to 'local_row' inside coroutine 'types_that_cannot_be_named' {{.*}}
  // CHECK-NOTES: :[[@LINE-27]]:11: note: 'local_row' makes blocking call 'PQexec' here
  // CHECK-NOTES: :[[@LINE-3]]:15: note: no automatic fix: the call's type cannot be named outside the function
  co_return row.n;
}

// The caller's lock, taken to another thread, would be unlocked there.
asio::awaitable<void> waits_with_its_lock(std::unique_lock<std::mutex> &lk,
                                          std::condition_variable &cv, bool &ready) {
  cv.wait(lk, [&] { return ready; });
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call 'std::condition_variable::wait' inside coroutine 'waits_with_its_lock' {{.*}}
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the call takes the lock 'lk', which must be released by the thread that holds it
  co_return;
}

asio::awaitable<void> in_catch_handler(PGconn *conn) {
  try {
    co_return;
  } catch (...) {
    PQclear(PQexec(conn, "rollback"));
    // CHECK-NOTES: :[[@LINE-1]]:13: warning: blocking call 'PQexec' inside coroutine 'in_catch_handler' {{.*}}
    // CHECK-NOTES: :[[@LINE-2]]:13: note: no automatic fix: 'co_await' is not allowed in a catch handler
  }
}

#define RUN_QUERY(conn) PQexec(conn, "select 1")
asio::awaitable<void> through_a_macro(PGconn *conn) {
  // Inside a macro: reported, never edited.
  PQclear(RUN_QUERY(conn));
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call 'PQexec' inside coroutine 'through_a_macro' {{.*}}
  // CHECK-NOTES: :[[@LINE-5]]:25: note: expanded from macro 'RUN_QUERY'
  co_return;
}

template <class Conn> asio::awaitable<void> generic_query(Conn *conn) {
  // A dependent call: reported in the instantiation, without a fix.
  PQclear(PQexec(conn, "select 1"));
  co_return;
}
template asio::awaitable<void> generic_query<PGconn>(PGconn *);
// CHECK-NOTES: :[[@LINE-4]]:11: warning: blocking call 'PQexec' inside coroutine 'generic_query' {{.*}}

// Not a coroutine: nothing to offload to.
int blocking_main(PGconn *conn) {
  PQclear(PQexec(conn, "select 1"));
  return 0;
}
