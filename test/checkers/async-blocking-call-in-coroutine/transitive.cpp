// Helpers of the translation unit that block, directly or through further
// helpers, up to TransitiveDepth (default 3) helper functions deep.
// RUN: %check_async_tidy --check-suffixes=DEPTH3 %s async-blocking-call-in-coroutine %t -- -- -isystem %shapes
// RUN: %check_async_tidy --check-suffixes=DEPTH1 %s async-blocking-call-in-coroutine %t.depth1 -- \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.TransitiveDepth: 1}}" -- -isystem %shapes

#include <folly/experimental/coro/Task.h>
#include <chrono>
#include <string>
#include <thread>
#include <unistd.h>

std::string read_config() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1)); // pretend I/O
  return "{}";
}
std::string cached_config() { return read_config(); }
std::string config_for(int tenant) { return tenant ? cached_config() : "{}"; }
std::string deep(int tenant) { return config_for(tenant); }

struct Store {
  int fetch() { ::sleep(1); return 1; }
  virtual int load() { ::sleep(1); return 2; }
  int total() { return fetch() + 1; }
};
struct FastStore final : Store {
  int load() override { return 3; }
};

// DNS lookups are reported only where a coroutine makes them: in helpers
// they are start-up code resolving configured (often numeric) addresses.
#include <netdb.h>
int resolve_listen_address(const char *host) {
  addrinfo *result = nullptr;
  return getaddrinfo(host, "8080", nullptr, &result);
}

int recursive(int n) { return n > 0 ? recursive(n - 1) : (::usleep(1), 0); }

folly::coro::Task<int> other();
folly::coro::Task<int> awaits_a_blocking_coroutine() {
  // Calling a coroutine runs nothing here: it is analysed on its own.
  co_return co_await other();
}

folly::coro::Task<void> handle_request(Store &store, FastStore &fast, int tenant) {
  std::string a = read_config();
  // CHECK-MESSAGES-DEPTH3: :[[@LINE-1]]:19: warning: call to 'read_config' inside coroutine 'handle_request' blocks its executor thread: it makes blocking call 'std::this_thread::sleep_for' (sleep); use 'co_await' on an asynchronous timer [async-blocking-call-in-coroutine]
  // CHECK-MESSAGES-DEPTH1: :[[@LINE-2]]:19: warning: call to 'read_config' inside coroutine 'handle_request' blocks its executor thread
  std::string b = config_for(tenant);
  // CHECK-MESSAGES-DEPTH3: :[[@LINE-1]]:19: warning: call to 'config_for' inside coroutine 'handle_request' blocks its executor thread: it makes blocking call 'std::this_thread::sleep_for' (sleep)
  // Four helpers deep: beyond the default bound.
  std::string c = deep(tenant);
  int n = store.total();
  // CHECK-MESSAGES-DEPTH3: :[[@LINE-1]]:11: warning: call to 'Store::total' inside coroutine 'handle_request' blocks its executor thread: it makes blocking call 'sleep' (sleep)
  // A virtual call may run an override: not followed...
  n += store.load();
  // ...unless the override is known.
  n += fast.load();
  n += store.Store::load();
  // CHECK-MESSAGES-DEPTH3: :[[@LINE-1]]:8: warning: call to 'Store::load' inside coroutine 'handle_request'
  // CHECK-MESSAGES-DEPTH1: :[[@LINE-2]]:8: warning: call to 'Store::load' inside coroutine 'handle_request'
  n += resolve_listen_address("0.0.0.0");
  n += recursive(3);
  // CHECK-MESSAGES-DEPTH3: :[[@LINE-1]]:8: warning: call to 'recursive' inside coroutine 'handle_request'
  // CHECK-MESSAGES-DEPTH1: :[[@LINE-2]]:8: warning: call to 'recursive' inside coroutine 'handle_request'
  (void)a; (void)b; (void)c; (void)n;
  co_return;
}
