// The offload fix for Drogon (API shape of v1.9.1): queueInLoopCoro loses
// the call's exception, so the whole coroutine switches instead. The call's
// statement becomes: note the loop it runs on, switchThreadCoro to the
// pool's loop, run the call catching its exception, switch back, rethrow.
// RUN: %check_async_tidy --fix-notes %s async-blocking-call-in-coroutine %t -- \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.OffloadExecutor: 'app::blocking_loop()'}}" \
// RUN:   -- -isystem %shapes

#include <drogon/utils/coroutine.h>
#include <cstdio>
#include <string>

namespace app {
trantor::EventLoop *blocking_loop();
} // namespace app

std::string read_config(const char *path);
std::string read_config(const char *path) {
  std::FILE *f = std::fopen(path, "r");
  std::string text;
  if (f) {
    char buf[256];
    text.assign(buf, std::fread(buf, 1, sizeof buf, f));
    std::fclose(f);
  }
  return text;
}

drogon::Task<std::size_t> config_size(const char *path) {
  std::string text = read_config(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: call to 'read_config' inside coroutine 'config_size' blocks its executor thread: it makes blocking call 'fopen' (file); {{.*}}
  // CHECK-FIXES: {{^}}  auto text_home = trantor::EventLoop::getEventLoopOfCurrentThread();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  std::exception_ptr text_error;{{$}}
  // CHECK-FIXES-NEXT: {{^}}  std::optional<std::string> text_value;{{$}}
  // CHECK-FIXES-NEXT: {{^}}  co_await drogon::switchThreadCoro(app::blocking_loop());{{$}}
  // CHECK-FIXES-NEXT: {{^}}  try {{{$}}
  // CHECK-FIXES-NEXT: {{^}}    text_value.emplace(read_config(path));{{$}}
  // CHECK-FIXES-NEXT: {{^}}  } catch (...) {{{$}}
  // CHECK-FIXES-NEXT: {{^}}    text_error = std::current_exception();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  }{{$}}
  // CHECK-FIXES-NEXT: {{^}}  co_await drogon::switchThreadCoro(text_home);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  if (text_error){{$}}
  // CHECK-FIXES-NEXT: {{^}}    std::rethrow_exception(text_error);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  std::string text = std::move(*text_value);{{$}}
  co_return text.size();
}

drogon::Task<void> flush_log(std::FILE *f) {
  std::fflush(f);
  std::fputs("done\n", f);
  co_return;
}

drogon::Task<void> append_line(const char *path) {
  std::FILE *f = std::fopen(path, "a");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking call 'fopen' inside coroutine 'append_line' {{.*}}
  // CHECK-FIXES: {{^}}    f_value.emplace(std::fopen(path, "a"));{{$}}
  // CHECK-FIXES: {{^}}  std::FILE *f = std::move(*f_value);{{$}}
  if (!f)
    co_return;
  read_config(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'read_config' inside coroutine 'append_line' {{.*}}
  // CHECK-FIXES: {{^}}    read_config(path);{{$}}
  // CHECK-FIXES: {{^}}    std::rethrow_exception(read_config_error);{{$}}
  std::fclose(f);
}

// Only a whole statement or a variable's initializer can be switched.
drogon::Task<std::size_t> inside_an_expression(const char *path) {
  co_return read_config(path).size() + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: call to 'read_config' inside coroutine 'inside_an_expression' {{.*}}
}
