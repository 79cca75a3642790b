// A C translation unit: the same analysis, no fix for a handle (there is no
// RAII in C); a result nobody keeps is released on the spot, as in C++.
// RUN: %check_async_tidy %s async-unclosed-client %t -- -- -I/usr/include/postgresql

#include <curl/curl.h>
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>

int fetch(const char *url) {
  CURL *curl = curl_easy_init();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'curl' from 'curl_easy_init' is not released with 'curl_easy_cleanup' on every path out of 'fetch' [async-unclosed-client]
  // CHECK-FIXES: {{^}}  CURL *curl = curl_easy_init();{{$}}
  if (!curl)
    return -1;
  if (curl_easy_setopt(curl, CURLOPT_URL, url) != CURLE_OK)
    goto fail;
  if (curl_easy_perform(curl) != CURLE_OK)
    return -2;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  curl_easy_cleanup(curl);
  return 0;
fail:
  curl_easy_cleanup(curl);
  return -3;
}

int dump(const char *path, PGconn *conn) {
  FILE *out = fopen(path, "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'dump'
  if (out == NULL)
    return 1;
  PGresult *res = PQexec(conn, "select 1");
  if (PQresultStatus(res) != PGRES_TUPLES_OK) {
    PQclear(res);
    return 2;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  }
  fprintf(out, "%s\n", PQgetvalue(res, 0, 0));
  PQclear(res);
  fclose(out);
  return 0;
}

// The usual C cleanup ladder releases on every path.
int ladder(const char *dsn) {
  int rc = -1;
  PGconn *conn = PQconnectdb(dsn);
  if (PQstatus(conn) != CONNECTION_OK)
    goto done;
  PGresult *res = PQexec(conn, "select 1");
  if (PQresultStatus(res) == PGRES_TUPLES_OK)
    rc = 0;
  PQclear(res);
done:
  PQfinish(conn);
  return rc;
}

// exit() does not return: no leak on that path.
void must(const char *dsn) {
  PGconn *conn = PQconnectdb(dsn);
  if (PQstatus(conn) != CONNECTION_OK)
    exit(1);
  PQfinish(conn);
}

// A result nobody keeps. fclose(NULL) is undefined, and fopen may fail:
// a file opened only to truncate it keeps the warning alone.
void begin(PGconn *conn, const char *path) {
  PQexec(conn, "BEGIN");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'PGresult' from 'PQexec' is discarded without being released with 'PQclear' [async-unclosed-client]
  // CHECK-FIXES: {{^}}  PQclear(PQexec(conn, "BEGIN"));{{$}}
  fopen(path, "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'FILE' from 'fopen' is discarded without being released with 'fclose' [async-unclosed-client]
  // CHECK-FIXES: {{^}}  fopen(path, "w");{{$}}
}

// An opener that keeps its file in a global and returns it: a cache every
// caller shares, closed where the global is (close_log). Its callers borrow.
static FILE *log_fp;
static FILE *open_log(const char *path) {
  if (log_fp)
    return log_fp;
  log_fp = fopen(path, "a");
  return log_fp;
}
void close_log(void) {
  if (log_fp)
    fclose(log_fp);
  log_fp = NULL;
}
int write_log(const char *path, const char *line) {
  FILE *fp = open_log(path);
  if (!fp)
    return -1;
  return fputs(line, fp);
}

// One that remembers the last file it opened, without reusing it: each
// caller still gets a file of its own.
static FILE *last_opened;
static FILE *open_remembered(const char *path) {
  last_opened = fopen(path, "a");
  return last_opened;
}
int write_remembered(const char *path, const char *line) {
  FILE *fp = open_remembered(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'fp' from 'open_remembered' is not released with 'fclose' on every path out of 'write_remembered' [async-unclosed-client]
  if (!fp)
    return -1;
  return fputs(line, fp);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: leaks when this 'return' is taken
}

// An opener that hands each caller a file of its own: the caller owns it.
static FILE *open_fresh(const char *path) {
  FILE *fp = fopen(path, "a");
  return fp;
}
int write_fresh(const char *path, const char *line) {
  FILE *fp = open_fresh(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'fp' from 'open_fresh' is not released with 'fclose' on every path out of 'write_fresh' [async-unclosed-client]
  if (!fp)
    return -1;
  return fputs(line, fp);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: leaks when this 'return' is taken
}

// A helper of the program that ends the process (directly, or through
// another one): the path ends at its call, and the `return` written after
// it out of habit is never reached. A helper that exits only sometimes
// leaves the path going on.
static void die(const char *why) {
  fprintf(stderr, "%s\n", why);
  exit(1);
}
static void usage(void) { die("usage: export FILE"); }
// The end of a do-while(0) after exit() is code no run reaches.
#define FAIL(msg)                                                                                  \
  do {                                                                                             \
    perror(msg);                                                                                   \
    exit(2);                                                                                       \
  } while (0)
static void fail_io(void) { FAIL("write"); }
static void warn_or_die(int fatal) {
  if (fatal)
    exit(1);
  fputs("warning\n", stderr);
}
int export_rows(const char *path, PGconn *conn) {
  FILE *out = fopen(path, "w");
  if (!out)
    return -1;
  if (PQstatus(conn) != CONNECTION_OK) {
    die("no connection");
    return -1;
  }
  if (!path[0]) {
    usage();
    return -2;
  }
  if (ferror(out)) {
    fail_io();
    return -3;
  }
  fputs("x", out);
  fclose(out);
  return 0;
}
int export_or_warn(const char *path, PGconn *conn) {
  FILE *out = fopen(path, "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'out' from 'fopen' is not released with 'fclose' on every path out of 'export_or_warn' [async-unclosed-client]
  if (!out)
    return -1;
  if (PQstatus(conn) != CONNECTION_OK) {
    warn_or_die(0);
    return -1;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  }
  fputs("x", out);
  fclose(out);
  return 0;
}

// Helpers with code Clang proves is never run (`if (0)`), and with an
// endless loop: read without stumbling on the edges that are never taken.
static void die_unless_debug(int code) {
  if (0) {
    return;
  }
  if (code)
    exit(code);
  abort();
}
static void serve_forever(void) {
  for (;;)
    fputs("tick\n", stderr);
}
int export_checked(const char *path, int code) {
  FILE *out = fopen(path, "w");
  if (!out)
    return -1;
  if (code) {
    die_unless_debug(code);
    return -1;
  }
  if (code == -1) {
    serve_forever();
    return -2;
  }
  fclose(out);
  return 0;
}

// getc (and the other stdio readers) only borrow the stream: the early
// return still leaks it.
int count_until(const char *path, int stop) {
  FILE *in = fopen(path, "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'in' from 'fopen' is not released with 'fclose' on every path out of 'count_until' [async-unclosed-client]
  if (!in)
    return -1;
  int n = 0, c;
  while ((c = getc(in)) != EOF) {
    if (c == stop)
      return n;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: leaks when this 'return' is taken
    ungetc(c, in);
    c = getc(in);
    ++n;
  }
  fclose(in);
  return n;
}
