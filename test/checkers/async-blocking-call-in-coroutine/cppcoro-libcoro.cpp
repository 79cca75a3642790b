// cppcoro (API shape of master 3912152) and libcoro (v0.11.1): a nested
// sync_wait becomes co_await; neither framework has a sleep without a
// scheduler object, so sleeps are reported without a fix. Generators are not
// asynchronous and are not analysed.
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -isystem %shapes

#include <coro/coro.hpp>
#include <cppcoro/generator.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <chrono>
#include <thread>

cppcoro::task<int> load();

cppcoro::task<int> twice() {
  int a = cppcoro::sync_wait(load());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call 'cppcoro::sync_wait' inside coroutine 'twice' stalls its executor thread; 'co_await' the awaitable instead [async-blocking-call-in-coroutine]
  // CHECK-FIXES: int a = co_await load();
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for' inside coroutine 'twice'
  // CHECK-FIXES: std::this_thread::sleep_for(std::chrono::milliseconds(5));
  co_return a * 2;
}

coro::task<int> libcoro_value();

coro::task<int> libcoro_twice() {
  int v = coro::sync_wait(libcoro_value());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call 'coro::sync_wait' inside coroutine 'libcoro_twice'
  // CHECK-FIXES: int v = co_await libcoro_value();
  co_return v * 2;
}

// Synchronous generators run on the caller's thread, by design.
cppcoro::generator<int> ticks() {
  for (int i = 0; i < 3; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    co_yield i;
  }
}

coro::generator<int> libcoro_ticks() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  co_yield 1;
}

// Waits for coroutines defined elsewhere: ones run only from here would be
// the program's drivers (see driver-coroutine.cpp).
cppcoro::task<int> serve();
coro::task<int> libcoro_serve();
int main() { return cppcoro::sync_wait(serve()) + coro::sync_wait(libcoro_serve()); }
