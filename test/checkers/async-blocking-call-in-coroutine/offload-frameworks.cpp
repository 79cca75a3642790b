// Frameworks with no way to offload a call and come back get no offload
// fix, and the note says why (API shapes: cppcoro, libcoro;
// test/include/shapes/README.md). async_simple: offload-async-simple.cpp.
// RUN: %check_async_tidy --fix-notes %s async-blocking-call-in-coroutine %t -- \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.OffloadExecutor: 'app::pool()'}}" \
// RUN:   -- -isystem %shapes

#include <coro/coro.hpp>
#include <cppcoro/task.hpp>
#include <cstdio>

cppcoro::task<int> cppcoro_handler(const char *path) {
  std::FILE *f = std::fopen(path, "r");
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: blocking call 'fopen' inside coroutine 'cppcoro_handler' {{.*}}
  // CHECK-NOTES: :[[@LINE-2]]:18: note: no automatic fix: no way to run the call on a pool and come back: cppcoro's static_thread_pool::schedule() moves the coroutine to the pool for good, and a cppcoro::task cannot name the scheduler it came from to go back
  co_return f ? std::fclose(f) : -1;
}

coro::task<int> libcoro_handler(const char *path) {
  std::FILE *f = std::fopen(path, "r");
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: blocking call 'fopen' inside coroutine 'libcoro_handler' {{.*}}
  // CHECK-NOTES: :[[@LINE-2]]:18: note: no automatic fix: no way to run the call on a pool and come back: libcoro's thread_pool::schedule() moves the coroutine to the pool for good, and a coro::task cannot name the scheduler it came from to go back
  co_return f ? std::fclose(f) : -1;
}
