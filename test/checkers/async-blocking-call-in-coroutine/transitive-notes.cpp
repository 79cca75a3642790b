// The note chain walks from the call in the coroutine to the blocking call.
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -isystem %shapes

#include <folly/experimental/coro/Task.h>
#include <cstdio>

static int load_settings();

folly::coro::Task<int> start() {
  co_return load_settings();
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: call to 'load_settings' inside coroutine 'start' blocks its executor thread: it makes blocking call 'fopen' (file); read the file before serving requests, or offload the I/O to a thread pool [async-blocking-call-in-coroutine]
}

static int read_file(const char *path);
static int load_settings() {
  return read_file("/etc/app.json");
  // CHECK-NOTES: :[[@LINE-1]]:10: note: 'load_settings' calls 'read_file' here
}

static int read_file(const char *path) {
  FILE *f = std::fopen(path, "r");
  // CHECK-NOTES: :[[@LINE-1]]:13: note: 'read_file' makes blocking call 'fopen' here
  return f ? std::fclose(f) : -1;
}
// The last note, on the call in the coroutine (line 10), says why there is
// no fix:
// CHECK-NOTES: :10:13: note: no automatic fix: to run the call on a pool for blocking work and resume here, set the check option 'OffloadExecutor' to an expression naming that pool (such as 'app::blocking_pool()')
