#include "app/db.h"

namespace app {
// A wrapper acquirer of another file, released through a wrapper too.
int report(const char *dsn, bool verbose) {
  PGconn *conn = open_db(dsn);
  if (!verbose)
    return 0;
  PGresult *result = run_query(conn, "SELECT 1");
  int rows = count_rows(result);
  PQclear(result);
  close_db(conn);
  return rows;
}

// A wrapper of this file: known without any summary file.
static PGresult *first_page(PGconn *conn) { return PQexec(conn, "SELECT * FROM t LIMIT 10"); }

int page_size(PGconn *conn) {
  PGresult *page = first_page(conn);
  return PQntuples(page);
}

// An annotated acquirer whose definition is not in the project.
int cached_rows(int key) {
  PGresult *result = cached_result(key);
  return PQntuples(result);
}

// Exceptions: a call whose summary says it may throw, while the handle is
// held outside any try block, or inside the try block that declares it.
int checked_rows(PGconn *conn) {
  PGresult *result = run_query(conn, "SELECT 1");
  throw_if_failed(result);
  int rows = count_rows(result);
  PQclear(result);
  return rows;
}

int scoped_rows(PGconn *conn) {
  try {
    PGresult *result = run_query(conn, "SELECT 1");
    throw_if_failed(result);
    PQclear(result);
  } catch (...) {
    return -1;
  }
  return 0;
}

// Not reported: the handler of a try block the handle outlives may release
// it; released through the wrapper on every path; handed to the caller.
int guarded_rows(PGconn *conn) {
  PGresult *result = run_query(conn, "SELECT 1");
  try {
    throw_if_failed(result);
  } catch (...) {
    PQclear(result);
    return -1;
  }
  int rows = count_rows(result);
  PQclear(result);
  return rows;
}

int reachable(const char *dsn) {
  PGconn *conn = open_db(dsn);
  bool ok = PQstatus(conn) == CONNECTION_OK;
  close_db(conn);
  return ok;
}

PGconn *connect_for_caller(const char *dsn) { return open_db(dsn); }
} // namespace app
