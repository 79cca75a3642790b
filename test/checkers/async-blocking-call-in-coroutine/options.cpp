// A project's .clang-tidy extends the catalog: CatalogFile (one global key,
// relative to the .clang-tidy that sets it) adds a blocking function with an
// asynchronous twin; ExtraBlockingFunctions adds names with kinds;
// IgnoredFunctions removes catalog entries.
// RUN: mkdir -p %t.dir && cp %S/Inputs/options/.clang-tidy %S/Inputs/options/acme-catalog.json %S/Inputs/options/acme.h %t.dir/
// RUN: cp %s %t.dir/options.cpp
// RUN: cd %t.dir && %check_async_tidy %t.dir/options.cpp async-blocking-call-in-coroutine %t.dir/run -- -- -isystem %shapes -I%t.dir
// The options are stored back, so --dump-config shows them:
// RUN: cd %t.dir && %clang_tidy_plugin --dump-config %t.dir/options.cpp -- | %filecheck %s --check-prefix=DUMP
// DUMP: async-blocking-call-in-coroutine.BlockingKinds: 'sleep;network;database;file;wait;process;dns'
// DUMP: async-blocking-call-in-coroutine.CatalogFile: acme-catalog.json
// DUMP: async-blocking-call-in-coroutine.ExtraBlockingFunctions: 'acme::legacy_http_get=network; acme::Cache::flush_sync = file'
// DUMP: async-blocking-call-in-coroutine.HostileRAIITypes: 'std::lock_guard;std::scoped_lock;std::unique_lock;std::shared_lock'
// DUMP: async-blocking-call-in-coroutine.IgnoredFunctions: 'acme::warm_up;usleep'
// DUMP: async-blocking-call-in-coroutine.IncludeStyle: llvm
// DUMP: async-blocking-call-in-coroutine.TransitiveDepth: '3'

#include "acme.h"
#include <unistd.h>

folly::coro::Task<int> handle(acme::Db &db, acme::Cache &cache) {
  int rows = db.query_sync("select 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: blocking call 'acme::Db::query_sync' inside coroutine 'handle' stalls its executor thread; use an asynchronous database client, or offload the query to a thread pool [async-blocking-call-in-coroutine]
  // CHECK-FIXES: int rows = co_await db.query("select 1");
  std::string page = acme::legacy_http_get("http://localhost/");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: blocking call 'acme::legacy_http_get' {{.*}}use the asynchronous form of the operation with 'co_await'
  cache.flush_sync();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'acme::Cache::flush_sync' {{.*}}read the file before serving requests
  acme::warm_up(); // Ignored by IgnoredFunctions.
  usleep(10);      // Ignored by IgnoredFunctions.
  co_return rows + static_cast<int>(page.size());
}
