#include <boost/asio/awaitable.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>
#include <thread>

using namespace std::chrono_literals;

boost::asio::awaitable<int> handler() {
  std::this_thread::sleep_for(50ms);
  co_return 1;
}
