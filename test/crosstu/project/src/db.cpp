#include "app/db.h"

#include <stdexcept>

namespace app {
PGconn *open_db(const char *dsn) {
  PGconn *conn = PQconnectdb(dsn);
  return conn;
}

void close_db(PGconn *conn) { PQfinish(conn); }

PGresult *run_query(PGconn *conn, const char *sql) { return PQexec(conn, sql); }

int count_rows(const PGresult *result) { return PQntuples(result); }

void throw_if_failed(const PGresult *result) {
  if (PQresultStatus(result) != PGRES_TUPLES_OK)
    throw std::runtime_error("query failed");
}
} // namespace app
