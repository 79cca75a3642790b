// Templates are analysed per instantiation and each place reported once;
// inline lambdas are part of the coroutine (reported, never fixed: a lambda
// is not a coroutine), handed-off lambdas are not.
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -isystem %shapes

#include <folly/experimental/coro/Task.h>
#include <algorithm>
#include <chrono>
#include <thread>
#include <vector>

using namespace std::chrono_literals;

template <typename Client>
folly::coro::Task<int> poll_client(Client &client) {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for' inside coroutine 'poll_client'
  // CHECK-FIXES: co_await folly::coro::sleep(10ms);
  co_return client.get();
  // Dependent: blocking only for some Client; reported where it blocks,
  // without a fix (the text is shared by every instantiation).
  // CHECK-MESSAGES: :[[@LINE-3]]:13: warning: blocking call 'std::future::get' inside coroutine 'poll_client'
}

struct FastClient { int get() { return 1; } };
// A project's own global function named like POSIX poll() is not poll().
int poll(FastClient &c) { return c.get(); }
int send(int message) { return message; }

#include <future>
folly::coro::Task<int> use_both(FastClient &fast, std::future<int> &slow) {
  int a = co_await poll_client(fast);
  int b = co_await poll_client(slow);
  co_return a + b + poll(fast) + send(b);
}

folly::coro::Task<void> lambdas(std::vector<int> ids) {
  std::for_each(ids.begin(), ids.end(), [](int) { std::this_thread::sleep_for(1ms); });
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: blocking call 'std::this_thread::sleep_for' inside coroutine 'lambdas'
  // CHECK-FIXES: std::for_each(ids.begin(), ids.end(), [](int) { std::this_thread::sleep_for(1ms); });
  [&] { std::this_thread::sleep_for(2ms); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call 'std::this_thread::sleep_for' inside coroutine 'lambdas'
  // Stored and called here: the call runs the body, reported as a helper.
  auto nap = [] { std::this_thread::sleep_for(3ms); };
  nap();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'nap' inside coroutine 'lambdas' blocks its executor thread: it makes blocking call 'std::this_thread::sleep_for' (sleep)
  std::sort(ids.begin(), ids.end(), [](auto x, auto y) { std::this_thread::sleep_for(3ms); return x < y; });
  // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: blocking call 'std::this_thread::sleep_for' inside coroutine 'lambdas'
  // Handed to another thread: that thread may block.
  std::thread t([] { std::this_thread::sleep_for(4ms); });
  t.detach();
  auto async_result = std::async(std::launch::async, [] { std::this_thread::sleep_for(5ms); });
  (void)async_result;
  co_return;
}

// A generic coroutine lambda is a coroutine of its own.
auto generic = [](auto x) -> folly::coro::Task<int> {
  std::this_thread::sleep_for(6ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for' inside coroutine lambda
  // CHECK-FIXES: co_await folly::coro::sleep(6ms);
  co_return x;
};
folly::coro::Task<int> call_generic() { co_return co_await generic(1) + co_await generic(2L); }

// Never instantiated: the pattern's non-dependent call is still seen.
template <typename T> folly::coro::Task<T> never_used(T v) {
  std::this_thread::sleep_for(7ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for' inside coroutine 'never_used'
  // CHECK-FIXES: co_await folly::coro::sleep(7ms);
  co_return v;
}

// A bridge that runs the callable its caller hands it (concurrencpp's
// executor::submit_bridge): the caller chose the work, and where it runs.
int read_config_blocking() {
  std::this_thread::sleep_for(1ms);
  return 1;
}
template <typename Callable> folly::coro::Task<int> run_callable(Callable callable) {
  co_return callable();
}
template <typename Callable> folly::coro::Task<int> run_forwarded(Callable &&callable) {
  co_return std::forward<Callable>(callable)();
}
folly::coro::Task<int> submit_blocking() {
  co_return co_await run_callable([] { return read_config_blocking(); }) +
      co_await run_callable(&read_config_blocking) +
      co_await run_forwarded([] { return read_config_blocking(); });
}

// A member function the template names is the template's own call.
struct BlockingJob {
  int run() {
    std::this_thread::sleep_for(1ms);
    return 1;
  }
};
template <typename Job> folly::coro::Task<int> run_job(Job job) {
  co_return job.run();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: call to 'BlockingJob::run' inside coroutine 'run_job' blocks its executor thread
}
folly::coro::Task<int> use_job() { co_return co_await run_job(BlockingJob{}); }

// A callable the template itself holds, not its caller's argument.
template <typename T> folly::coro::Task<int> run_own(T value) {
  auto read = [] { return read_config_blocking(); };
  co_return read() + static_cast<int>(value);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: call to 'read' inside coroutine 'run_own' blocks its executor thread
}
folly::coro::Task<int> use_own() { co_return co_await run_own(2); }
