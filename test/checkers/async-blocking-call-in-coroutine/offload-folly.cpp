// The offload fix for folly::coro (API shape of folly v2024.07.08.00, where
// scheduleOn is how a task is given an executor; co_withExecutor came with
// v2025.03.10.00): the call runs in a co_invoke'd task scheduled on the
// pool, and the awaiting Task resumes on its own executor.
// RUN: %check_async_tidy --fix-notes %s async-blocking-call-in-coroutine %t -- \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.OffloadExecutor: 'app::blocking_pool()'}}" \
// RUN:   -- -isystem %shapes

#include <folly/Executor.h>
#include <folly/experimental/coro/Task.h>
#include <cstdio>
#include <future>
#include <string>
// CHECK-FIXES: #include <folly/coro/Invoke.h>

namespace app {
folly::Executor::KeepAlive<> blocking_pool();
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

folly::coro::Task<std::size_t> config_size(const char *path) {
  co_return read_config(path).size();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: call to 'read_config' inside coroutine 'config_size' blocks its executor thread: it makes blocking call 'fopen' (file); {{.*}}
  // CHECK-FIXES: co_return (co_await folly::coro::co_invoke([&]() -> folly::coro::Task<std::string> { co_return read_config(path); }).scheduleOn(app::blocking_pool())).size();
}

folly::coro::Task<void> wait_for(std::future<void> done) {
  done.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::__basic_future::wait' inside coroutine 'wait_for' {{.*}}
  // CHECK-FIXES: co_await folly::coro::co_invoke([&]() -> folly::coro::Task<void> { co_return done.wait(); }).scheduleOn(app::blocking_pool());
  co_return;
}
