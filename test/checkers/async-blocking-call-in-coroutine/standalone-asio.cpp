// Standalone Asio (Debian's libasio-dev 1.22): the asio:: spellings of the
// token, error token and timer. Asio 1.22 enables co_await for clang only
// with these macros.
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -DASIO_HAS_CO_AWAIT -DASIO_HAS_STD_COROUTINE

#include <asio/awaitable.hpp>
#include <asio/ip/tcp.hpp>
#include <asio/use_awaitable.hpp>
#include <chrono>
#include <thread>
// CHECK-FIXES: #include <asio/ip/tcp.hpp>
// CHECK-FIXES-NEXT: #include <asio/redirect_error.hpp>

asio::awaitable<std::size_t> echo_once(asio::ip::tcp::socket &sock) {
  char buf[128];
  std::error_code ec;
  std::size_t n = sock.read_some(asio::buffer(buf), ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call 'asio::basic_stream_socket::read_some' inside coroutine 'echo_once'
  // CHECK-FIXES: std::size_t n = co_await sock.async_read_some(asio::buffer(buf), asio::redirect_error(asio::use_awaitable, ec));
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'std::this_thread::sleep_for'
  // CHECK-FIXES: co_await asio::steady_timer(co_await asio::this_coro::executor, std::chrono::milliseconds(5)).async_wait(asio::use_awaitable);
  co_return n;
}
