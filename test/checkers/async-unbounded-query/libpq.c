// C on libpq, as daemons and benchmark drivers are written: the index
// declared at the top of the function, a counter of every row, and the
// same loops when they read the other rows too.
// RUN: %check_async_tidy --fix-notes %s async-unbounded-query %t -- \
// RUN:   -- -I/usr/include/postgresql

#include <libpq-fe.h>
#include <stdio.h>

#define SEARCH_RESULT_ITEMS_MAX 50

int best_sellers(PGconn *conn, const char **titles) {
  PGresult *res;
  int i;
  res = PQexec(conn, "SELECT i_title FROM item ORDER BY i_pub_date DESC");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: query returns every row it selects from table 'item', and the program reads at most 50 of them
  for (i = 0; i < SEARCH_RESULT_ITEMS_MAX && i < PQntuples(res); i++)
    titles[i] = PQgetvalue(res, i, 0);
  PQclear(res);
  return i;
}

// CHECK-FIXES: res = PQexec(conn, "SELECT i_title FROM item ORDER BY i_pub_date DESC LIMIT 50");

void last_logins(PGconn *conn) {
  PGresult *res = PQexec(conn, "SELECT user_name FROM logins ORDER BY at DESC;");
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: query returns every row it selects from table 'logins', and the program reads at most 3 of them
  int shown = 0;
  int i;
  for (i = 0; i < PQntuples(res); i++) {
    printf("%s\n", PQgetvalue(res, i, 0));
    if (++shown >= 3)
      break;
  }
  PQclear(res);
}
// CHECK-FIXES: PQexec(conn, "SELECT user_name FROM logins ORDER BY at DESC LIMIT 3;");

// Null checks and a null after the release leave the rows alone.
void checked(PGconn *conn) {
  PGresult *res = NULL;
  int i;
  res = PQexec(conn, "SELECT user_name FROM logins ORDER BY at DESC");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: query returns every row it selects from table 'logins', and the program reads at most 8 of them
  if (res == NULL || PQresultStatus(res) != PGRES_TUPLES_OK)
    return;
  for (i = 0; i < PQntuples(res) && i < 8; i++)
    printf("%s\n", PQgetvalue(res, i, 0));
  PQclear(res);
  res = NULL;
}
// CHECK-FIXES: res = PQexec(conn, "SELECT user_name FROM logins ORDER BY at DESC LIMIT 8");

void export_all(PGresult *);

// Not reported: the assignment's value goes elsewhere too.
void escapes(PGconn *conn, PGresult **keep) {
  PGresult *res;
  int i, total;
  export_all(res = PQexec(conn, "SELECT user_name FROM logins"));
  for (i = 0; i < PQntuples(res) && i < 5; i++)
    printf("%s\n", PQgetvalue(res, i, 0));
  PGresult *kept;
  *keep = kept = PQexec(conn, "SELECT user_name FROM logins");
  for (i = 0; i < PQntuples(kept) && i < 5; i++)
    printf("%s\n", PQgetvalue(kept, i, 0));
  PGresult *counted;
  total = PQntuples(counted = PQexec(conn, "SELECT user_name FROM logins"));
  for (i = 0; i < PQntuples(counted) && i < 5; i++)
    printf("%d %s\n", total, PQgetvalue(counted, i, 0));
}

// Not reported: the count of all rows is printed; the loop counts only
// the rows it prints; the result variable holds two queries' results.
void summary(PGconn *conn) {
  PGresult *res = PQexec(conn, "SELECT user_name FROM logins");
  int i;
  for (i = 0; i < PQntuples(res) && i < 5; i++)
    printf("%s\n", PQgetvalue(res, i, 0));
  printf("%d in all\n", PQntuples(res));
  PQclear(res);

  PGresult *some = PQexec(conn, "SELECT user_name, admin FROM logins");
  int admins = 0;
  for (i = 0; i < PQntuples(some); i++) {
    if (PQgetvalue(some, i, 1)[0] != 't')
      continue;
    printf("%s\n", PQgetvalue(some, i, 0));
    if (++admins >= 5)
      break;
  }
  PQclear(some);

  PGresult *r;
  r = PQexec(conn, "SELECT user_name FROM logins");
  for (i = 0; i < PQntuples(r); i++)
    printf("%s\n", PQgetvalue(r, i, 0));
  PQclear(r);
  r = PQexec(conn, "SELECT user_name FROM admins");
  for (i = 0; i < PQntuples(r) && i < 5; i++)
    printf("%s\n", PQgetvalue(r, i, 0));
  PQclear(r);
}
