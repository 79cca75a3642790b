// Boost.Asio 1.81, the real headers: every fix is compiled.
// Boost 1.81 enables co_await for clang only with these macros.
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE

#include <utility> // Boost 1.81 awaitable.hpp uses std::exchange unincluded.
#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/post.hpp>
#include <chrono>
#include <mutex>
#include <thread>
#include <unistd.h>
// The fixes include what they use and these headers do not declare yet
// (steady_timer and this_coro are declared already), once, in sort order:
// CHECK-FIXES: #include <boost/asio/redirect_error.hpp>
// CHECK-FIXES-NEXT: #include <utility>

using namespace std::chrono_literals;
namespace asio = boost::asio;
using asio::ip::tcp;

asio::awaitable<void> handle_chat(tcp::socket &sock, tcp::resolver &resolver) {
  char data[512];
  std::this_thread::sleep_for(50ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for' inside coroutine 'handle_chat' stalls its executor thread; use 'co_await' on an asynchronous timer [async-blocking-call-in-coroutine]
  // CHECK-FIXES: co_await boost::asio::steady_timer(co_await boost::asio::this_coro::executor, 50ms).async_wait(boost::asio::use_awaitable);

  std::size_t n = sock.read_some(asio::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call 'boost::asio::basic_stream_socket::read_some' inside coroutine 'handle_chat' {{.*}}
  // CHECK-FIXES: std::size_t n = co_await sock.async_read_some(asio::buffer(data), boost::asio::use_awaitable);

  boost::system::error_code ec;
  n = sock.write_some(asio::buffer(data, n), ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call 'boost::asio::basic_stream_socket::write_some'
  // CHECK-FIXES: n = co_await sock.async_write_some(asio::buffer(data, n), boost::asio::redirect_error(boost::asio::use_awaitable, ec));

  asio::read(sock, asio::buffer(data, 4));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'boost::asio::read'
  // CHECK-FIXES: co_await boost::asio::async_read(sock, asio::buffer(data, 4), boost::asio::use_awaitable);
  write(sock, asio::buffer(data, n)); // Found by ADL; the twin is qualified.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'boost::asio::write'
  // CHECK-FIXES: co_await boost::asio::async_write(sock, asio::buffer(data, n), boost::asio::use_awaitable); // Found by ADL; the twin is qualified.

  // Nested: both calls become awaits.
  asio::connect(sock, resolver.resolve("example.com", "80"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'boost::asio::connect'
  // CHECK-MESSAGES: :[[@LINE-2]]:23: warning: blocking call 'boost::asio::ip::basic_resolver::resolve' {{.*}}use the framework's asynchronous resolver
  // CHECK-FIXES: co_await boost::asio::async_connect(sock, co_await resolver.async_resolve("example.com", "80", boost::asio::use_awaitable), boost::asio::use_awaitable);

  // The result is used as an object: the await is parenthesised.
  auto first = resolver.resolve("example.com", "443").begin();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: blocking call 'boost::asio::ip::basic_resolver::resolve'
  // CHECK-FIXES: auto first = (co_await resolver.async_resolve("example.com", "443", boost::asio::use_awaitable)).begin();
  (void)first;

  // Already asynchronous: nothing to say.
  co_await sock.async_read_some(asio::buffer(data), asio::use_awaitable);
  co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable);
}

// The coroutine's member functions and lambdas are coroutines too.
struct Session {
  tcp::socket sock;
  asio::awaitable<void> run() {
    char c;
    sock.read_some(asio::buffer(&c, 1));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call 'boost::asio::basic_stream_socket::read_some' inside coroutine 'Session::run'
    // CHECK-FIXES: co_await sock.async_read_some(asio::buffer(&c, 1), boost::asio::use_awaitable);
    auto tick = []() -> asio::awaitable<void> {
      usleep(1000);
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call 'usleep' inside coroutine lambda
      // CHECK-FIXES: co_await boost::asio::steady_timer(co_await boost::asio::this_coro::executor, std::chrono::microseconds(1000)).async_wait(boost::asio::use_awaitable);
      co_return;
    };
    co_await tick();
  }
};

// Places where a co_await must not be added: reported, not fixed.
asio::awaitable<void> no_fix_here(tcp::socket &sock, std::mutex &m) {
  {
    std::lock_guard<std::mutex> guard(m);
    std::this_thread::sleep_for(1ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call 'std::this_thread::sleep_for'
    // CHECK-MESSAGES: :[[@LINE-3]]:33: note: no automatic fix: 'guard' would be held across the new suspension point
    // CHECK-FIXES: std::this_thread::sleep_for(1ms);
  }
  try {
    co_await sock.async_wait(tcp::socket::wait_read, asio::use_awaitable);
  } catch (const std::exception &) {
    std::this_thread::sleep_for(2ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call 'std::this_thread::sleep_for'
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: no automatic fix: 'co_await' is not allowed in a catch handler
    // CHECK-FIXES: std::this_thread::sleep_for(2ms);
  }
  // A duration Asio's timer cannot take implicitly: no fix.
  std::this_thread::sleep_for(std::chrono::duration<double>(0.5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for'
  // CHECK-FIXES: std::this_thread::sleep_for(std::chrono::duration<double>(0.5));
  // sleep() returns the unslept seconds; the twin yields nothing: no fix
  // where the value is used.
  unsigned left = sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call 'sleep'
  // CHECK-FIXES: unsigned left = sleep(1);
  (void)left;
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'sleep'
  // CHECK-FIXES: co_await boost::asio::steady_timer(co_await boost::asio::this_coro::executor, std::chrono::seconds(1)).async_wait(boost::asio::use_awaitable);
#define NAP() std::this_thread::sleep_for(3ms)
  NAP();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for'
  // CHECK-FIXES: NAP();
  std::this_thread::sleep_for(4ms); // NOLINT(async-blocking-call-in-coroutine)
}

// Not coroutines, or not this coroutine's thread: nothing to report.
void plain_function(tcp::socket &sock) {
  char c;
  sock.read_some(asio::buffer(&c, 1));
  std::this_thread::sleep_for(1ms);
}

asio::awaitable<void> hands_work_elsewhere(asio::io_context &pool) {
  asio::post(pool, [] { std::this_thread::sleep_for(10ms); });
  std::thread worker([] { std::this_thread::sleep_for(10ms); });
  worker.detach();
  auto later = [] { std::this_thread::sleep_for(10ms); };
  (void)later;
  using T = decltype(std::this_thread::sleep_for(1ms));
  static_assert(sizeof(sleep(0)) == sizeof(unsigned));
  co_return;
}
