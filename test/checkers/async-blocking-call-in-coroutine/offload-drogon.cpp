// The offload fix for Drogon (API shape of v1.9.1): queueInLoopCoro loses
// the call's exception, so the whole coroutine switches instead. The call's
// statement becomes: note the loop it runs on, switchThreadCoro to the
// pool's loop, run the call catching its exception, switch back, rethrow.
// RUN: %check_async_tidy --fix-notes %s async-blocking-call-in-coroutine %t -- \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.OffloadExecutor: 'app::blocking_loop()'}}" \
// RUN:   -- -isystem %shapes

#include <drogon/utils/coroutine.h>
#include <cstdio>
#include <functional>
#include <map>
#include <utility>
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
  // CHECK-FIXES: {{^}}  std::FILE *f = *f_value;{{$}}
  if (!f)
    co_return;
  read_config(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'read_config' inside coroutine 'append_line' {{.*}}
  // CHECK-FIXES: {{^}}    read_config(path);{{$}}
  // CHECK-FIXES: {{^}}    std::rethrow_exception(read_config_error);{{$}}
  std::fclose(f);
}

// A call inside a larger expression runs before its statement, in a
// variable the statement then reads: C++ would run it first anyway.
drogon::Task<std::size_t> inside_an_expression(const char *path) {
  co_return read_config(path).size() + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: call to 'read_config' inside coroutine 'inside_an_expression' {{.*}}
  // CHECK-FIXES: {{^}}  std::optional<std::string> read_config_value;{{$}}
  // CHECK-FIXES: {{^}}    read_config_value.emplace(read_config(path));{{$}}
  // CHECK-FIXES: {{^}}    std::rethrow_exception(read_config_error);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  co_return std::move(*read_config_value).size() + 1;{{$}}
}

bool has_config(const char *path);
bool has_config(const char *path) { return !read_config(path).empty(); }

struct Config {
  int size;
};
Config *load_config(const char *path);
Config *load_config(const char *path) { return new Config{static_cast<int>(read_config(path).size())}; }

void log_value(const char *what, std::size_t value);
// A format string checked at compile time, as spdlog's.
struct Message {
  constexpr Message(const char *text) : text(text) {}
  const char *text;
};
void log_message(Message what, std::size_t value);
drogon::Task<void> notify(std::string text);

drogon::Task<int> conditions_and_operands(const char *path, std::map<std::string, std::string> &out) {
  if (!has_config(path))
    co_return 0;
  // CHECK-MESSAGES: :[[@LINE-2]]:8: warning: call to 'has_config' inside coroutine 'conditions_and_operands' {{.*}}
  // CHECK-FIXES: {{^}}  std::optional<bool> has_config_value;{{$}}
  // CHECK-FIXES: {{^}}    has_config_value.emplace(has_config(path));{{$}}
  // CHECK-FIXES: {{^}}  if (!*has_config_value){{$}}
  out["config"] = read_config(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: call to 'read_config' inside coroutine 'conditions_and_operands' {{.*}}
  // CHECK-FIXES: {{^}}  out["config"] = std::move(*read_config_value);{{$}}
  log_value("size", read_config(path).size());
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: call to 'read_config' inside coroutine 'conditions_and_operands' {{.*}}
  // CHECK-FIXES: {{^}}  log_value("size", std::move(*read_config_value2).size());{{$}}
  log_message("size", read_config(path).size());
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: call to 'read_config' inside coroutine 'conditions_and_operands' {{.*}}
  // CHECK-FIXES: {{^}}  log_message("size", std::move(*read_config_value3).size());{{$}}
  co_await notify(read_config(path));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: call to 'read_config' inside coroutine 'conditions_and_operands' {{.*}}
  // CHECK-FIXES: {{^}}  co_await notify(std::move(*read_config_value4));{{$}}
  (void)has_config(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: call to 'has_config' inside coroutine 'conditions_and_operands' {{.*}}
  // CHECK-FIXES: {{^}}    (void)has_config(path);{{$}}
  // CHECK-FIXES: {{^}}    std::rethrow_exception(has_config_error2);{{$}}
  for (char c : read_config(path))
    log_value("char", static_cast<std::size_t>(c));
  // CHECK-MESSAGES: :[[@LINE-2]]:17: warning: call to 'read_config' inside coroutine 'conditions_and_operands' {{.*}}
  // CHECK-FIXES: {{^}}  for (char c : std::move(*read_config_value5)){{$}}
  switch (read_config(path).size()) {
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: call to 'read_config' inside coroutine 'conditions_and_operands' {{.*}}
  // CHECK-FIXES: {{^}}  switch (std::move(*read_config_value6).size()) {{{$}}
  case 0:
    co_return 0;
  default:
    break;
  }
  if (Config *config = load_config(path))
    co_return config->size;
  // CHECK-MESSAGES: :[[@LINE-2]]:24: warning: call to 'load_config' inside coroutine 'conditions_and_operands' {{.*}}
  // CHECK-FIXES: {{^}}  if (Config *config = *load_config_value){{$}}
  co_return load_config(path)->size;
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: call to 'load_config' inside coroutine 'conditions_and_operands' {{.*}}
  // CHECK-FIXES: {{^}}  co_return (*load_config_value2)->size;{{$}}
}

// Where the call would not run first, or not always, or not once, it stays
// where it is, and the note says why.
struct Sink {
  Sink &operator<<(const std::string &text);
};
Sink &next_sink();
std::size_t append_config(const char *path, std::size_t &size);
std::size_t append_config(const char *path, std::size_t &size) {
  size += read_config(path).size();
  return size;
}
void flush_config(const char *path);
void flush_config(const char *path) { read_config(path); }
// The statement starts in the macro: nothing can go before it.
#define LOG_SIZE(text) log_value("size", (text).size())

drogon::Task<int> must_stay(const char *path, bool ready, Sink &sink) {
  bool both = ready && has_config(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: call to 'has_config' inside coroutine 'must_stay' {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:24: note: no automatic fix: this framework's offload switches the whole coroutine, which needs statements before the call, and the call cannot move before its statement: the call runs only when the left of '&&' allows it
  std::size_t size = ready ? read_config(path).size() : 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: call to 'read_config' inside coroutine 'must_stay' {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:30: note: no automatic fix: {{.*}}: the call is one branch of a conditional expression
  while (has_config(path))
    co_return 1;
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: call to 'has_config' inside coroutine 'must_stay' {{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: no automatic fix: {{.*}}: the call is in a loop's condition or header, which runs it each time
  if (int first = 1; has_config(path))
    co_return first;
  // CHECK-MESSAGES: :[[@LINE-2]]:22: warning: call to 'has_config' inside coroutine 'must_stay' {{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:22: note: no automatic fix: {{.*}}: the 'if' has an init-statement, which runs before the call
  if (both)
    co_return 2;
  else if (has_config(path))
    co_return 3;
  // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: call to 'has_config' inside coroutine 'must_stay' {{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: no automatic fix: {{.*}}: the call is in a branch of an 'if' that is not a block
  next_sink() << read_config(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: call to 'read_config' inside coroutine 'must_stay' {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:18: note: no automatic fix: {{.*}}: other code of the statement that may run before the call has effects
  sink << "config: " << read_config(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: call to 'read_config' inside coroutine 'must_stay' {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: no automatic fix: {{.*}}: other code of the statement that may run before the call has effects
  int count = 0, more = has_config(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: call to 'has_config' inside coroutine 'must_stay' {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: no automatic fix: {{.*}}: the declaration declares several variables
  switch (count) {
  case 0:
    log_value("case", 0);
    size = read_config(path).size();
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: call to 'read_config' inside coroutine 'must_stay' {{.*}}
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: no automatic fix: {{.*}}: the statement is in a 'switch' body, whose later labels would jump over the new variables
    break;
  default:
    break;
  }
  std::pair<std::size_t, std::size_t> sizes{size, append_config(path, size)};
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: call to 'append_config' inside coroutine 'must_stay' {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:51: note: no automatic fix: {{.*}}: other code of the statement that may run before the call reads an object the call uses
  std::function<std::size_t()> next = [] { return std::size_t{1}; };
  log_value("next", next() + read_config(path).size());
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: call to 'read_config' inside coroutine 'must_stay' {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:30: note: no automatic fix: {{.*}}: other code of the statement that may run before the call has effects
  LOG_SIZE(read_config(path));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: call to 'read_config' inside coroutine 'must_stay' {{.*}}
  // CHECK-FIXES: {{^}}  LOG_SIZE(read_config(path));{{$}}
  co_return static_cast<int>(size + sizes.first) + count + more;
}

// A call that returns nothing, inside a larger statement.
drogon::Task<void> touch_config(const char *path);
drogon::Task<void> touch_config(const char *path) {
  co_return flush_config(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: call to 'flush_config' inside coroutine 'touch_config' {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: no automatic fix: the call returns nothing, and its statement does more than call it
}
