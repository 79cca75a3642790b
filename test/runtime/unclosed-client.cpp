// Runtime proof of async-unclosed-client's fix: a handler that leaks its
// SQLite connection (in memory) and its curl handle (init and cleanup only,
// no network) on an early-return path is reported by LeakSanitizer before
// the fix, and runs clean after the tool's fix.
//
// RUN: cp %s %t.cpp
// RUN: %clangxx -std=c++20 -g -fsanitize=address %t.cpp -o %t.before -lsqlite3 -lcurl
// RUN: not env ASAN_OPTIONS=detect_leaks=1 %t.before > %t.before.out 2>&1
// RUN: %filecheck %s --input-file=%t.before.out --check-prefix=LEAKS
// LEAKS: ERROR: LeakSanitizer: detected memory leaks
// LEAKS: SUMMARY: AddressSanitizer: {{[0-9]+}} byte(s) leaked
// RUN: %clang_tidy_plugin -checks='-*,async-unclosed-client' --fix %t.cpp \
// RUN:   -config="{CheckOptions: {async-unclosed-client.AcquireReleasePairs: 'open_memory_db=sqlite3_close'}}" -- -std=c++20
// RUN: %filecheck %s --input-file=%t.cpp --check-prefix=FIXED
// FIXED: std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
// FIXED: std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(open_memory_db(), &sqlite3_close);
// RUN: %clangxx -std=c++20 -g -fsanitize=address %t.cpp -o %t.after -lsqlite3 -lcurl
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.after | %filecheck %s --check-prefix=CLEAN
// CLEAN: served 2 requests

#include <curl/curl.h>
#include <sqlite3.h>
#include <cstdio>

// The service's own constructor of a connection: catalogued for the check
// through AcquireReleasePairs (sqlite3_open itself hands the handle back
// through an out-parameter, a shape that gets no fix).
sqlite3 *open_memory_db() {
  sqlite3 *db = nullptr;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
    sqlite3_close(db);
    return nullptr;
  }
  return db;
}

int handle_request(bool cached) {
  CURL *curl = curl_easy_init();
  if (!curl)
    return -1;
  curl_easy_setopt(curl, CURLOPT_URL, "http://localhost/embedding");
  sqlite3 *db = open_memory_db();
  if (cached)
    return 0; // The early return that leaks both.
  int value = sqlite3_exec(db, "create table t(x)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  curl_easy_cleanup(curl);
  return value;
}

int main() {
  curl_global_init(CURL_GLOBAL_DEFAULT);
  int a = handle_request(false);
  int b = handle_request(true);
  std::printf("served 2 requests (%d, %d)\n", a, b);
  curl_global_cleanup();
  return 0;
}
