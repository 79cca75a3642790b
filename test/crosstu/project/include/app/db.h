// The database layer: thin wrappers over libpq, defined in src/db.cpp.
#pragma once
#include <async_tidy/annotations.h>
#include <libpq-fe.h>

namespace app {
PGconn *open_db(const char *dsn);           // acquires a PGconn (PQconnectdb)
void close_db(PGconn *conn);                // releases it (PQfinish)
PGresult *run_query(PGconn *conn, const char *sql); // PQexec: blocks, acquires a PGresult
int count_rows(const PGresult *result);     // pure: reads a result
void throw_if_failed(const PGresult *result); // may throw

// Declared here, defined in no translation unit of this project: only the
// annotations say what they do.
ASYNC_TIDY_BLOCKING_KIND("file") void flush_audit_log();
ASYNC_TIDY_DATABASE int fetch_quota(int user);
ASYNC_TIDY_ACQUIRES("PQclear") PGresult *cached_result(int key);
} // namespace app
