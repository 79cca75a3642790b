// What async_tidy/annotations.h says about a function needs neither the
// catalog nor a summary file: a declaration annotated as blocking is a
// blocking call; one annotated nonblocking is never one, and every chain of
// helpers stops at it (a false positive silenced at its source).
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -isystem %shapes -I %annotations

#include <async_tidy/annotations.h>
#include <folly/experimental/coro/Task.h>
#include <unistd.h>

ASYNC_TIDY_BLOCKING_KIND("file") void flush_journal(); // defined in another project
ASYNC_TIDY_BLOCKING int legacy_wait(int seconds);
// The team measured it: a few microseconds, on purpose.
ASYNC_TIDY_NONBLOCKING void warm_cache() { ::usleep(1); }
void cold_cache() { ::usleep(1); }
int via_warm_cache() {
  warm_cache();
  return 1;
}

struct Journal {
  ASYNC_TIDY_BLOCKING void sync();
  ASYNC_TIDY_NONBLOCKING void append(int entry) { ::usleep(entry); }
};

#define FLUSH_JOURNAL() flush_journal()

folly::coro::Task<int> handler(Journal &journal) {
  flush_journal();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'flush_journal' inside coroutine 'handler' stalls its executor thread; read the file before serving requests, or offload the I/O to a thread pool [async-blocking-call-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'flush_journal' is annotated: blocking call ({{.*}}:11)
  int n = legacy_wait(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call 'legacy_wait' inside coroutine 'handler' stalls its executor thread; 'co_await' an asynchronous event instead of blocking the thread
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'legacy_wait' is annotated: blocking call ({{.*}}:12)
  journal.sync();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'Journal::sync' inside coroutine 'handler'
  FLUSH_JOURNAL();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'flush_journal' inside coroutine 'handler'
  cold_cache();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'cold_cache' inside coroutine 'handler' blocks its executor thread: it makes blocking call 'usleep' (sleep)
  // Not reported: annotated nonblocking, directly and through a helper.
  warm_cache();
  journal.append(1);
  n += via_warm_cache();
  co_return n;
}

// Not reported: not a coroutine, or a lambda handed to another thread.
void at_startup() { flush_journal(); }

template <class J> folly::coro::Task<void> generic(J &journal) {
  journal.sync();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'Journal::sync' inside coroutine 'generic'
  co_return;
}
template folly::coro::Task<void> generic(Journal &);
