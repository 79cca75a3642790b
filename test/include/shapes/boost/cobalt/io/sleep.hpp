// API-shape header (not the real implementation).
// Upstream: boostorg/cobalt master, commit 57181cacc5b8d5079d95a33b7aa078d0f5f16147
//           (2025-07-18); NOT in tag boost-1.88.0. Added by commit 60e5c16 ("[io] sleep").
// Mirrors:  include/boost/cobalt/io/sleep.hpp
// boost::cobalt::io::sleep(duration | time_point) -> detail::io::steady_sleep / system_sleep
// (op<system::error_code>): co_await yields void, throws on error. Durations are
// duration_cast to std::chrono::steady_clock::duration (nanoseconds on libstdc++).
// With boost-1.88.0 and earlier the sleep idiom is an Asio timer awaited with use_op:
//   co_await boost::asio::steady_timer{co_await boost::cobalt::this_coro::executor, d}
//                .async_wait(boost::cobalt::use_op);     (doc/reference/promise.adoc example)
// Shape: never suspends.
#ifndef BOOST_COBALT_IO_SLEEP_HPP
#define BOOST_COBALT_IO_SLEEP_HPP

#include <boost/system/error_code.hpp>
#include <boost/system/system_error.hpp>

#include <chrono>
#include <coroutine>

namespace boost::cobalt::detail::io
{

struct steady_sleep final
{
  steady_sleep(const std::chrono::steady_clock::time_point & tp) : tp(tp) {}
  steady_sleep(const std::chrono::steady_clock::duration & du) : tp(std::chrono::steady_clock::now() + du) {}

  std::chrono::steady_clock::time_point tp;

  bool await_ready() const noexcept {return true;}
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() {}
};

struct system_sleep final
{
  system_sleep(const std::chrono::system_clock::time_point & tp) : tp(tp) {}
  system_sleep(const std::chrono::system_clock::duration & du) : tp(std::chrono::system_clock::now() + du) {}

  std::chrono::system_clock::time_point tp;

  bool await_ready() const noexcept {return true;}
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() {}
};

}

namespace boost::cobalt::io
{

[[nodiscard]] inline auto sleep(const std::chrono::steady_clock::duration & d)    { return ::boost::cobalt::detail::io::steady_sleep{d};}
[[nodiscard]] inline auto sleep(const std::chrono::steady_clock::time_point & tp) { return ::boost::cobalt::detail::io::steady_sleep{tp};}
[[nodiscard]] inline auto sleep(const std::chrono::system_clock::time_point & tp) { return ::boost::cobalt::detail::io::system_sleep{tp};}

template<typename Duration>
[[nodiscard]] inline auto sleep(const std::chrono::time_point<std::chrono::steady_clock, Duration> & tp)
{
  return sleep(std::chrono::time_point_cast<std::chrono::steady_clock::duration >(tp));
}

template<typename Duration>
[[nodiscard]] inline auto sleep(const std::chrono::time_point<std::chrono::system_clock, Duration> & tp)
{
  return sleep(std::chrono::time_point_cast<std::chrono::system_clock::duration >(tp));
}

template<typename Rep, typename Period>
[[nodiscard]] inline auto sleep(const std::chrono::duration<Rep, Period> & dur)
{
  return sleep(std::chrono::duration_cast<std::chrono::steady_clock::duration >(dur));
}

}

#endif //BOOST_COBALT_IO_IO_SLEEP_HPP
