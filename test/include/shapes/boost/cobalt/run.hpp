// API-shape header (not the real implementation).
// Upstream: boostorg/cobalt, tag boost-1.88.0 (commit 61cf72a85be54ded1d81211baaf61dc52ec6bed2);
//           the same library ships as libs/cobalt in Boost >= 1.84.
// Needs Boost headers >= 1.78 (checked with 1.81: Asio, System, Variant2) for asio::any_io_executor,
// asio::cancellation_type, system::result, variant2::monostate.
// Mirrors:  include/boost/cobalt/run.hpp
// boost::cobalt::run(task<T>) BLOCKS: it creates an asio::io_context, spawns the task on it with
// asio::use_future, calls ctx.run() and returns f.get() (run.hpp). "Tasks can be used
// synchronously from a sync function by calling run(my_task())" (doc/reference/task.adoc).
// The coroutine twin is co_await t.
// Shape: the task is driven inline.
#ifndef BOOST_COBALT_RUN_HPP
#define BOOST_COBALT_RUN_HPP

#include <boost/cobalt/task.hpp>
#include <boost/cobalt/detail/util.hpp>

#include <exception>
#include <optional>
#include <type_traits>

namespace boost::cobalt
{

namespace detail
{

struct run_driver
{
  struct promise_type
  {
    run_driver get_return_object() {return {};}
    std::suspend_never initial_suspend() noexcept {return {};}
    std::suspend_never final_suspend() noexcept {return {};}
    void return_void() {}
    void unhandled_exception() {}
  };
};

template<typename T>
run_driver drive(task<T> t, std::optional<void_as_monostate<T>> & res, std::exception_ptr & ep)
{
  try
  {
    if constexpr (std::is_void_v<T>)
    {
      co_await t;
      res.emplace();
    }
    else
      res.emplace(co_await t);
  }
  catch (...)
  {
    ep = std::current_exception();
  }
}

}

template<typename T>
T run(task<T> t)
{
  std::optional<detail::void_as_monostate<T>> res;
  std::exception_ptr ep;
  detail::drive(std::move(t), res, ep);
  if (ep)
    std::rethrow_exception(ep);
  if constexpr (!std::is_void_v<T>)
    return std::move(*res);
}

}

#endif //BOOST_COBALT_RUN_HPP
