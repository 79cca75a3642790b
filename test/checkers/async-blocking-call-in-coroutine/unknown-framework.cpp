// Coroutines of types the catalog does not know (a project's own task
// type, here `mine::task`) are analysed when they co_await,
// and get no framework-specific fix. Ones that never co_await are
// synchronous generators and are not analysed.
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t

#include <chrono>
#include <coroutine>
#include <thread>

namespace mine {
template <class T> struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_value(T) {}
    void unhandled_exception() {}
    std::suspend_always yield_value(T) { return {}; }
  };
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume() { return T{}; }
};
} // namespace mine

mine::task<int> fetch();

mine::task<int> on_message() {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for' inside coroutine 'on_message' stalls its executor thread; use 'co_await' on an asynchronous timer [async-blocking-call-in-coroutine]
  // CHECK-FIXES: std::this_thread::sleep_for(std::chrono::milliseconds(10));
  co_return co_await fetch();
}

// Only yields: a generator running on its consumer's thread.
mine::task<int> numbers() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  co_yield 1;
  co_return 0;
}
