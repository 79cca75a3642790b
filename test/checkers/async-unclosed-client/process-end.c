// Returning from `main` ends the process, as exit() does: the C library
// flushes and closes its streams, and the system closes every connection
// and file. A one-shot tool that returns from main with a file still open
// leaks nothing anyone would fix. What leaks before the process ends still
// counts: a file per argument left open when a loop goes on, and any leak
// in a function that is not main.
// RUN: %check_async_tidy %s async-unclosed-client %t -- -- -I/usr/include/postgresql

#include <libpq-fe.h>
#include <stdio.h>

int main(int argc, char **argv) {
  if (argc < 2)
    return 2;
  FILE *commands = fopen(argv[1], "r");
  if (commands == NULL)
    return 2;
  PGconn *conn = PQconnectdb("dbname=monitor");
  if (PQstatus(conn) != CONNECTION_OK)
    return 2;
  char line[256];
  int failures = 0;
  while (fgets(line, sizeof line, commands)) {
    PGresult *res = PQexec(conn, line);
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'res' from 'PQexec' is not released with 'PQclear' on every path out of 'main' [async-unclosed-client]
    if (PQresultStatus(res) != PGRES_COMMAND_OK) {
      ++failures;
      continue;
      // CHECK-MESSAGES: :[[@LINE-1]]:7: note: leaks when this 'continue' is taken
    }
    PQclear(res);
  }
  for (int i = 2; i < argc; ++i) {
    FILE *extra = fopen(argv[i], "r");
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'extra' from 'fopen' is not released with 'fclose' on every path out of 'main' [async-unclosed-client]
    if (extra == NULL)
      break;
    if (fgetc(extra) == EOF)
      continue;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: leaks when this 'continue' is taken
    fclose(extra);
  }
  return failures ? 1 : 0;
}

// Not main: the caller goes on after it returns.
int run_script(const char *path, PGconn *conn) {
  FILE *script = fopen(path, "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'script' from 'fopen' is not released with 'fclose' on every path out of 'run_script' [async-unclosed-client]
  if (script == NULL)
    return -1;
  char line[256];
  while (fgets(line, sizeof line, script)) {
    PGresult *res = PQexec(conn, line);
    int ok = PQresultStatus(res) == PGRES_COMMAND_OK;
    PQclear(res);
    if (!ok)
      return -1;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: leaks when this 'return' is taken
  }
  fclose(script);
  return 0;
}
