// API-shape header (not the real implementation).
// Upstream: boostorg/cobalt, tag boost-1.88.0 (commit 61cf72a85be54ded1d81211baaf61dc52ec6bed2);
//           the same library ships as libs/cobalt in Boost >= 1.84.
// Needs Boost headers >= 1.78 (checked with 1.81: Asio, System, Variant2) for asio::any_io_executor,
// asio::cancellation_type, system::result, variant2::monostate.
// Mirrors:  include/boost/cobalt/this_coro.hpp (subset: executor, allocator, cancelled, initial tags)
// "current executor" query: co_await boost::cobalt::this_coro::executor  (yields cobalt::executor)
#ifndef BOOST_COBALT_THIS_CORO_HPP
#define BOOST_COBALT_THIS_CORO_HPP

#include <boost/cobalt/this_thread.hpp>
#include <boost/asio/cancellation_type.hpp>

namespace boost::cobalt::this_coro
{

struct executor_t {};
constexpr executor_t executor;

struct allocator_t {};
constexpr allocator_t allocator;

struct cancelled_t {};
constexpr cancelled_t cancelled;

struct initial_t {};
constexpr initial_t initial;

}

namespace boost::cobalt::detail
{

// Upstream: enable_await_executor<Promise> (this_coro.hpp).
struct executor_awaitable
{
  cobalt::executor exec;
  constexpr bool await_ready() const noexcept {return true;}
  void await_suspend(std::coroutine_handle<>) noexcept {}
  cobalt::executor await_resume() const {return exec;}
};

template<typename Promise>
struct enable_await_executor
{
  executor_awaitable await_transform(const this_coro::executor_t &) const
  {
    return {this_thread::get_executor()};
  }
};

}

#endif //BOOST_COBALT_THIS_CORO_HPP
