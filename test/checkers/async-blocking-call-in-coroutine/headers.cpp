// Findings in project headers follow clang-tidy's header filter; NOLINT
// forms work as in clang-tidy.
// RUN: mkdir -p %t.dir && cp %S/Inputs/headers/session.h %t.dir/
// RUN: %clang_tidy_plugin -checks='-*,async-*' --header-filter='.*' %s -- -std=c++20 -isystem %shapes -I%t.dir 2>&1 \
// RUN:   | %filecheck %s --check-prefix=HEADER --implicit-check-not='warning:'
// RUN: %clang_tidy_plugin -checks='-*,async-*' %s -- -std=c++20 -isystem %shapes -I%t.dir 2>&1 \
// RUN:   | %filecheck %s --check-prefix=MAIN --implicit-check-not='warning:'

#include "session.h"
#include <unistd.h>

folly::coro::Task<void> handler() {
  sleep(1);
  // HEADER-DAG: headers.cpp:[[@LINE-1]]:3: warning: blocking call 'sleep'
  // MAIN: headers.cpp:[[@LINE-2]]:3: warning: blocking call 'sleep'
  // NOLINTNEXTLINE(async-blocking-call-in-coroutine)
  sleep(2);
  // NOLINTBEGIN(async-*)
  sleep(3);
  usleep(4);
  // NOLINTEND(async-*)
  int token = load_token();
  // HEADER-DAG: headers.cpp:[[@LINE-1]]:15: warning: call to 'load_token' inside coroutine 'handler' blocks its executor thread: it makes blocking call 'sleep' (sleep)
  (void)token;
  co_return;
}
// HEADER-DAG: session.h:9:3: warning: blocking call 'std::this_thread::sleep_for' inside coroutine 'keep_alive'
