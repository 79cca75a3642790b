// API-shape header (not the real implementation).
// Upstream: boostorg/cobalt, tag boost-1.88.0 (commit 61cf72a85be54ded1d81211baaf61dc52ec6bed2);
//           the same library ships as libs/cobalt in Boost >= 1.84.
// Needs Boost headers >= 1.78 (checked with 1.81: Asio, System, Variant2) for asio::any_io_executor,
// asio::cancellation_type, system::result, variant2::monostate.
// Mirrors:  include/boost/cobalt/detached.hpp and include/boost/cobalt/detail/detached.hpp
// boost::cobalt::detached: fire-and-forget, EAGER: detail::detached_promise::initial_suspend()
// and final_suspend() both return std::suspend_never (detail/detached.hpp:73-74). Docs
// (doc/reference/detached.adoc:4): "A detached is an eager coroutine that can co_await but not
// co_return values." It cannot be awaited.
#ifndef BOOST_COBALT_DETACHED_HPP
#define BOOST_COBALT_DETACHED_HPP

#include <boost/cobalt/concepts.hpp>
#include <boost/cobalt/this_coro.hpp>

#include <coroutine>

namespace boost::cobalt
{

struct detached;

namespace detail
{

struct detached_promise
    : enable_awaitables<detached_promise>,
      enable_await_executor<detached_promise>
{
  using enable_awaitables<detached_promise>::await_transform;
  using enable_await_executor<detached_promise>::await_transform;

  inline detached get_return_object();

  std::suspend_never initial_suspend() noexcept {return {};}
  std::suspend_never final_suspend() noexcept {return {};}

  void return_void() {}
  void unhandled_exception() { throw ; }
};

}

struct detached
{
  using promise_type = detail::detached_promise;
};

inline detached detail::detached_promise::get_return_object() { return {}; }

}

#endif //BOOST_COBALT_DETACHED_HPP
