#include <cppcoro/task.hpp>
#include <chrono>
#include <thread>

cppcoro::task<int> handle_request() {
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  co_return 1;
}
