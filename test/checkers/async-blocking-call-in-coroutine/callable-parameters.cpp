// A coroutine that runs a callable its caller hands in (an executor's
// submit bridge, as in concurrencpp's executor::submit_bridge) does not
// decide what runs or where: the callable's blocking calls are the
// caller's, as with calls through function pointers and std::function.
// A lambda the coroutine defines and calls itself is followed.
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -isystem %shapes

#include <cppcoro/task.hpp>
#include <chrono>
#include <thread>

template <class Callable> cppcoro::task<int> run_submitted(Callable callable) {
  co_return callable();
}

cppcoro::task<int> submits_blocking_work() {
  co_return co_await run_submitted([] {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return 1;
  });
}

cppcoro::task<int> calls_its_own_lambda() {
  auto pause = [] {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return 1;
  };
  co_return pause();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: call to 'pause' inside coroutine 'calls_its_own_lambda' blocks its executor thread{{.*}} [async-blocking-call-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-5]]:5: note: 'pause' makes blocking call 'std::this_thread::sleep_for' here
}
