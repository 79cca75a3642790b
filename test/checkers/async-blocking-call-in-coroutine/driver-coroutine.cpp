// A coroutine that only main's blocking wait runs (directly, or through
// awaits of such coroutines) is the program's driver: the thread it runs on
// waits for it and does nothing else, so its blocking calls are not
// reported (library examples and command-line clients; the async-tidy
// summary counts them). A coroutine used any other way, or whose uses the
// translation unit cannot all see, is reported.
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -isystem %shapes

#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/SyncAwait.h>
#include <chrono>
#include <thread>

using async_simple::coro::Lazy;
using async_simple::coro::syncAwait;
using namespace std::chrono_literals;

// Awaited only by the driver below: a driver too.
Lazy<int> upload_step() {
  std::this_thread::sleep_for(10ms);
  co_return 1;
}

Lazy<void> demo() {
  std::this_thread::sleep_for(200ms); // wait for the demo server to start
  co_await upload_step();
}

// Run by main's wait and also awaited by a request handler: it runs on the
// server's executor too.
Lazy<int> shared_step() {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for' inside coroutine 'shared_step' {{.*}} [async-blocking-call-in-coroutine]
  co_return 2;
}

// No use this unit can see: another one may run it on an executor.
Lazy<int> handle_request() {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for' inside coroutine 'handle_request' {{.*}} [async-blocking-call-in-coroutine]
  co_return co_await shared_step();
}

// Waited for inside a coroutine: that wait itself blocks an executor, and
// the awaited coroutine runs while it blocks.
Lazy<int> nested_step() {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for' inside coroutine 'nested_step' {{.*}} [async-blocking-call-in-coroutine]
  co_return 3;
}

Lazy<int> waits_inside() {
  co_return syncAwait(nested_step());
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call 'async_simple::coro::syncAwait' inside coroutine 'waits_inside' {{.*}} [async-blocking-call-in-coroutine]
}

// Stored as a function pointer: where it runs is not known.
Lazy<void> stored() {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for' inside coroutine 'stored' {{.*}} [async-blocking-call-in-coroutine]
  co_return;
}
Lazy<void> (*registered_step)() = &stored;

// A template (`auto` parameters make one) run only by main's wait is a
// driver too: its specializations are its uses.
Lazy<int> upload_file(auto name) {
  std::this_thread::sleep_for(10ms);
  co_return sizeof(name);
}

// A call that depends on a template parameter names every candidate: it
// may run the coroutine anywhere.
template <class T> Lazy<T> generic_step() {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for' inside coroutine 'generic_step' {{.*}} [async-blocking-call-in-coroutine]
  co_return T{};
}
template <class T> Lazy<T> relay(T) { co_return co_await generic_step<T>(); }

// A wait given an executor runs the coroutine on that executor.
Lazy<int> on_the_pool() {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for' inside coroutine 'on_the_pool' {{.*}} [async-blocking-call-in-coroutine]
  co_return 4;
}
async_simple::Executor *shared_pool();

int main() {
  syncAwait(on_the_pool(), shared_pool());
  syncAwait(demo());
  syncAwait(shared_step());
  syncAwait(stored());
  syncAwait(upload_file("a.txt"));
  syncAwait(relay(1));
  return syncAwait(generic_step<int>());
}
