// Awaiting a project coroutine that waits for nothing (a cache read, a
// value computed in memory, an async lock around memory) runs it to the end
// before the caller goes on: there is no wait to overlap with a request, so
// it is no member of a serial run. Before this rule each such await made a
// false group with the request next to it. A coroutine whose body awaits
// I/O, a timer, a latch or an unknown awaitable (or whose body this unit
// does not have, or that is virtual) still counts as an operation.
// RUN: %check_async_tidy --fix-notes %s async-serial-awaits %t -- \
// RUN:   -config="{CheckOptions: {async-serial-awaits.ExplainDependencies: true}}" -- -isystem %shapes
// RUN: %clang_tidy_plugin -checks='-*,async-serial-awaits' \
// RUN:   -config="{CheckOptions: {async-serial-awaits.ExplainDependencies: true}}" %s -- \
// RUN:   -std=c++20 -isystem %shapes 2>&1 | %filecheck %s --check-prefix=EXPLAIN

#include <async_simple/coro/Latch.h>
#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/Mutex.h>

#include <map>
#include <string>

using async_simple::coro::Lazy;

Lazy<std::string> fetch_profile(int user); // a request: its body is elsewhere
Lazy<int> fetch_score(int user);

class SessionCache {
public:
  // Memory behind an async lock: never waits for I/O.
  Lazy<int> user_of(const std::string &token) {
    auto guard = co_await lock_.coScopedLock();
    auto found = sessions_.find(token);
    co_return found == sessions_.end() ? 0 : found->second;
  }
  // Awaits only another coroutine that never waits.
  Lazy<bool> is_known(const std::string &token) {
    int user = co_await user_of(token);
    co_return user != 0;
  }
  // Waits on a latch that other work counts down: it may wait.
  Lazy<int> after_warmup() {
    co_await warm_.wait();
    co_return static_cast<int>(sessions_.size());
  }
  // An override may wait.
  virtual Lazy<int> size() { co_return static_cast<int>(sessions_.size()); }

private:
  async_simple::coro::Mutex lock_;
  async_simple::coro::Latch warm_{1};
  std::map<std::string, int> sessions_;
};

Lazy<int> double_it(int x) { co_return 2 * x; }

// Two cache reads: nothing to overlap.
Lazy<int> two_lookups(SessionCache &cache) {
  int a = co_await cache.user_of("a");
  bool b = co_await cache.is_known("b");
  co_return a + b;
}
// EXPLAIN: :[[@LINE-4]]:11: remark: await of 'user_of' is not grouped (never-waits: 'SessionCache::user_of' never waits for I/O or time
// EXPLAIN: :[[@LINE-4]]:12: remark: await of 'is_known' is not grouped (never-waits: 'SessionCache::is_known' never waits

// A cache read, then one request: one operation, no run.
Lazy<int> lookup_then_fetch(SessionCache &cache, int id) {
  int user = co_await cache.user_of("token");
  int computed = co_await double_it(id);
  std::string profile = co_await fetch_profile(id);
  co_return user + computed + static_cast<int>(profile.size());
}

// The two requests after the cache read run one after another: reported.
Lazy<int> lookup_then_two_fetches(SessionCache &cache, int id) {
  int user = co_await cache.user_of("token");
  // CHECK-MESSAGES: :[[@LINE+1]]:25: warning: 2 independent awaits in 'lookup_then_two_fetches' run one after another ('fetch_profile', 'fetch_score'); {{.*}} [async-serial-awaits]
  std::string profile = co_await fetch_profile(id);
  int score = co_await fetch_score(id);
  co_return user + score + static_cast<int>(profile.size());
}
// CHECK-FIXES: auto [profile_result, score_result] = co_await async_simple::coro::collectAll(fetch_profile(id), fetch_score(id));
// CHECK-FIXES-NEXT: auto profile = std::move(profile_result).value();
// CHECK-FIXES-NEXT: auto score = std::move(score_result).value();

// A coroutine that waits on a latch, and a virtual one, stay operations.
Lazy<int> may_wait(SessionCache &cache, int id) {
  // CHECK-MESSAGES: :[[@LINE+1]]:11: warning: 2 independent awaits in 'may_wait' run one after another ('after_warmup', 'fetch_score'); {{.*}} [async-serial-awaits]
  int n = co_await cache.after_warmup();
  int score = co_await fetch_score(id);
  co_return n + score;
}

Lazy<int> virtual_size(SessionCache &cache, int id) {
  // CHECK-MESSAGES: :[[@LINE+1]]:11: warning: 2 independent awaits in 'virtual_size' run one after another ('size', 'fetch_score'); {{.*}} [async-serial-awaits]
  int n = co_await cache.size();
  int score = co_await fetch_score(id);
  co_return n + score;
}

// A coroutine that awaits a request waits: two of them are a run.
Lazy<std::string> load_profile(int id) { co_return co_await fetch_profile(id); }

Lazy<int> two_loads(int id) {
  // CHECK-MESSAGES: :[[@LINE+1]]:19: warning: 2 independent awaits in 'two_loads' run one after another ('load_profile', 'load_profile'); {{.*}} [async-serial-awaits]
  std::string a = co_await load_profile(id);
  std::string b = co_await load_profile(id + 1);
  co_return static_cast<int>(a.size() + b.size());
}

// A template's coroutine is judged per instantiation.
template <class T> Lazy<T> identity(T value) { co_return value; }

Lazy<int> two_identities() {
  int a = co_await identity(1);
  int b = co_await identity(2);
  co_return a + b;
}
