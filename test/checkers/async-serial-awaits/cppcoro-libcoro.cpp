// cppcoro (API shape of master 3912152): when_all yields a tuple of values;
// libcoro (v0.11.1): when_all yields when_all_task objects read through
// return_value().
// RUN: %check_async_tidy --fix-notes %s async-serial-awaits %t -- -- -isystem %shapes

#include <coro/task.hpp>
#include <cppcoro/task.hpp>
#include <string>
// CHECK-FIXES: #include <coro/task.hpp>
// CHECK-FIXES-NEXT: #include <coro/when_all.hpp>
// CHECK-FIXES-NEXT: #include <cppcoro/task.hpp>
// CHECK-FIXES-NEXT: #include <cppcoro/when_all.hpp>

cppcoro::task<std::string> get_profile(int user);
cppcoro::task<int> load_history(int user);

cppcoro::task<std::string> cppcoro_dashboard(int user) {
  auto profile = co_await get_profile(user);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 2 independent awaits in 'cppcoro_dashboard'
  auto history = co_await load_history(user);
  // CHECK-FIXES: {{^}}  auto [profile, history] = co_await cppcoro::when_all(get_profile(user), load_history(user));
  co_return profile + std::to_string(history);
}

coro::task<std::string> profile_of(int user);
coro::task<int> history_of(int user);

coro::task<std::string> libcoro_dashboard(int user) {
  auto profile = co_await profile_of(user);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 2 independent awaits in 'libcoro_dashboard'
  auto history = co_await history_of(user);
  // CHECK-FIXES: {{^}}  auto [profile_result, history_result] = co_await coro::when_all(profile_of(user), history_of(user));
  // CHECK-FIXES-NEXT: {{^}}  auto profile = std::move(profile_result.return_value());
  // CHECK-FIXES-NEXT: {{^}}  auto history = std::move(history_result.return_value());
  co_return profile + std::to_string(history);
}

// libcoro's mutex and shared_mutex (v0.11.1 shapes): what follows a lock runs
// inside the critical section, and an awaited unlock ends it; neither may
// run concurrently with the awaits around it (found on libcoro's own
// ring_buffer::produce and shared_mutex::scoped_lock).
namespace coro {
class mutex {
public:
  struct lock_operation {
    bool await_ready() const noexcept;
    void await_suspend(std::coroutine_handle<>) noexcept;
    void await_resume() noexcept;
  };
  auto lock() -> lock_operation;
  void unlock();
};
class shared_mutex {
public:
  auto lock() -> coro::task<void>;
  auto unlock() -> coro::task<void>;
};
} // namespace coro

coro::mutex ring_mutex;
coro::shared_mutex table_mutex;
coro::task<int> produce(int item);
coro::task<void> wake_consumers();

coro::task<int> locked_produce(int item) {
  co_await ring_mutex.lock();
  int slot = co_await produce(item);
  co_await wake_consumers();
  co_return slot;
}

coro::task<void> scoped_update(int item) {
  co_await table_mutex.lock();
  co_await wake_consumers();
  co_await table_mutex.unlock();
}
