// The offload fix for async_simple (API shape of 1.4): dispatch(pool) moves
// the Lazy to the pool's executor, and it stays there until it dispatches
// back, so the fix is statements around the call, as Drogon's. A Lazy may
// run with no executor (started without `via`); it then has no home to come
// back to, and both switches are skipped: the call runs where it is.
// RUN: %check_async_tidy --fix-notes %s async-blocking-call-in-coroutine %t -- \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.OffloadExecutor: 'app::blocking_executor()'}}" \
// RUN:   -- -isystem %shapes

#include <async_simple/Executor.h>
#include <async_simple/coro/Dispatch.h>
#include <async_simple/coro/Lazy.h>
#include <cstdio>
#include <string>

namespace app {
async_simple::Executor *blocking_executor();
} // namespace app

std::string read_file(const char *path);
std::string read_file(const char *path) {
  std::FILE *f = std::fopen(path, "r");
  std::string text;
  if (f) {
    char buf[256];
    text.assign(buf, std::fread(buf, 1, sizeof buf, f));
    std::fclose(f);
  }
  return text;
}

async_simple::coro::Lazy<std::size_t> file_size(const char *path) {
  std::string text = read_file(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: call to 'read_file' inside coroutine 'file_size' blocks its executor thread: {{.*}}
  // CHECK-FIXES: {{^}}  auto text_home = co_await async_simple::CurrentExecutor{};{{$}}
  // CHECK-FIXES-NEXT: {{^}}  std::exception_ptr text_error;{{$}}
  // CHECK-FIXES-NEXT: {{^}}  std::optional<std::string> text_value;{{$}}
  // CHECK-FIXES-NEXT: {{^}}  if (text_home){{$}}
  // CHECK-FIXES-NEXT: {{^}}    co_await async_simple::coro::dispatch(app::blocking_executor());{{$}}
  // CHECK-FIXES-NEXT: {{^}}  try {{{$}}
  // CHECK-FIXES-NEXT: {{^}}    text_value.emplace(read_file(path));{{$}}
  // CHECK-FIXES-NEXT: {{^}}  } catch (...) {{{$}}
  // CHECK-FIXES-NEXT: {{^}}    text_error = std::current_exception();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  }{{$}}
  // CHECK-FIXES-NEXT: {{^}}  if (text_home){{$}}
  // CHECK-FIXES-NEXT: {{^}}    co_await async_simple::coro::dispatch(text_home);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  if (text_error){{$}}
  // CHECK-FIXES-NEXT: {{^}}    std::rethrow_exception(text_error);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  std::string text = std::move(*text_value);{{$}}
  co_return text.size();
}

// Inside an expression, and a whole statement.
async_simple::coro::Lazy<bool> touch(const char *path) {
  read_file(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'read_file' inside coroutine 'touch' {{.*}}
  // CHECK-FIXES: {{^}}    read_file(path);{{$}}
  // CHECK-FIXES: {{^}}    co_await async_simple::coro::dispatch(read_file_home);{{$}}
  co_return !read_file(path).empty();
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: call to 'read_file' inside coroutine 'touch' {{.*}}
  // CHECK-FIXES: {{^}}  co_return !std::move(*read_file_value).empty();{{$}}
}

// A user's own conditional switch is not the fix's: only a test of a
// variable holding an awaited value (the executor noted), as the fix
// writes it, counts.
async_simple::coro::Lazy<void> maybe_moved(const char *path, bool away) {
  if (away)
    co_await async_simple::coro::dispatch(app::blocking_executor());
  read_file(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'read_file' inside coroutine 'maybe_moved' {{.*}}
  // CHECK-FIXES: {{^}}    read_file(path);{{$}}
}

// A flag awaited first is not the executor the fix notes.
async_simple::coro::Lazy<bool> should_offload();
async_simple::coro::Lazy<void> flagged(const char *path) {
  bool away = co_await should_offload();
  if (away)
    co_await async_simple::coro::dispatch(app::blocking_executor());
  read_file(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'read_file' inside coroutine 'flagged' {{.*}}
  // CHECK-FIXES: {{^}}    read_file(path);{{$}}
}

// Refused where the call must stay: in a catch handler no co_await may go.
async_simple::coro::Lazy<void> in_handler(const char *path) {
  try {
    co_return;
  } catch (...) {
    read_file(path);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'read_file' inside coroutine 'in_handler' {{.*}}
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: no automatic fix: 'co_await' is not allowed in a catch handler
  }
}
