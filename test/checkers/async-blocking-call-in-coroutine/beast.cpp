// Boost.Beast 1.81, the real headers: synchronous HTTP and WebSocket calls
// become their async_ forms (a trailing error_code through redirect_error).
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE

#include <utility>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace beast = boost::beast;
namespace http = beast::http;
namespace asio = boost::asio;

asio::awaitable<void> proxy(beast::tcp_stream &stream, asio::ip::tcp::endpoint upstream) {
  stream.connect(upstream);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'boost::beast::basic_stream::connect' inside coroutine 'proxy'
  // CHECK-FIXES: co_await stream.async_connect(upstream, boost::asio::use_awaitable);
  http::request<http::string_body> req{http::verb::get, "/v1/models", 11};
  http::write(stream, req);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call 'boost::beast::http::write'
  // CHECK-FIXES: co_await boost::beast::http::async_write(stream, req, boost::asio::use_awaitable);
  beast::flat_buffer buffer;
  http::response<http::string_body> res;
  beast::error_code ec;
  std::size_t n = http::read(stream, buffer, res, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call 'boost::beast::http::read'
  // CHECK-FIXES: std::size_t n = co_await boost::beast::http::async_read(stream, buffer, res, boost::asio::redirect_error(boost::asio::use_awaitable, ec));
  (void)n;
  // Already asynchronous:
  co_await http::async_write(stream, req, asio::use_awaitable);
}
