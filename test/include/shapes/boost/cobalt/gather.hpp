// API-shape header (not the real implementation).
// Upstream: boostorg/cobalt, tag boost-1.88.0 (commit 61cf72a85be54ded1d81211baaf61dc52ec6bed2);
//           the same library ships as libs/cobalt in Boost >= 1.84.
// Needs Boost headers >= 1.78 (checked with 1.81: Asio, System, Variant2) for asio::any_io_executor,
// asio::cancellation_type, system::result, variant2::monostate.
// Mirrors:  include/boost/cobalt/gather.hpp and include/boost/cobalt/detail/gather.hpp
// boost::cobalt::gather(p...) / gather(range): await all, capturing each outcome; an exception
// does not cancel the others. Result (detail/gather.hpp:189-194, 226, 391-394):
//   variadic: std::tuple<system::result<R_i, std::exception_ptr>...>  (R_i may be void)
//   range:    pmr::vector<system::result<R, std::exception_ptr>>
// Shape: operands are awaited one after the other.
#ifndef BOOST_COBALT_GATHER_HPP
#define BOOST_COBALT_GATHER_HPP

#include <boost/cobalt/concepts.hpp>
#include <boost/cobalt/task.hpp>
#include <boost/cobalt/config.hpp>
#include <boost/cobalt/detail/util.hpp>
#include <boost/system/result.hpp>

#include <exception>
#include <tuple>
#include <type_traits>
#include <utility>

namespace boost::cobalt
{

namespace detail
{

template<typename A>
task<system::result<co_await_result_t<A>, std::exception_ptr>> await_as_result(A & a)
{
  using rt = system::result<co_await_result_t<A>, std::exception_ptr>;
  try
  {
    if constexpr (std::is_void_v<co_await_result_t<A>>)
    {
      co_await a;
      co_return rt{system::in_place_value};
    }
    else
      co_return rt{system::in_place_value, co_await a};
  }
  catch (...)
  {
  }
  co_return rt{system::in_place_error, std::current_exception()};
}

template<typename ... Args>
struct gather_variadic_impl
{
  template<typename ... Args_>
  gather_variadic_impl(Args_ && ... args) : args{std::forward<Args_>(args)...} {}

  std::tuple<Args...> args;

  template<typename T>
  using result_part = system::result<co_await_result_t<T>, std::exception_ptr>;
  using result_type = std::tuple<result_part<Args> ...>;

  template<std::size_t ... Idx>
  static task<result_type> run(std::tuple<Args...> & args, std::index_sequence<Idx...>)
  {
    co_return result_type{co_await await_as_result(std::get<Idx>(args))...};
  }

  auto operator co_await() &&
  {
    struct awaitable
    {
      task<result_type> t;
      decltype(std::declval<task<result_type>&>().operator co_await()) aw = t.operator co_await();
      bool await_ready() {return aw.await_ready();}
      auto await_suspend(std::coroutine_handle<> h) {return aw.await_suspend(h);}
      result_type await_resume() {return aw.await_resume();}
    };
    return awaitable{run(args, std::index_sequence_for<Args...>{})};
  }
};

template<typename Range>
struct gather_ranged_impl
{
  Range aws;

  using result_type = system::result<
      co_await_result_t<std::decay_t<decltype(*std::begin(std::declval<Range>()))>>,
      std::exception_ptr>;

  static task<pmr::vector<result_type>> run(Range & aws)
  {
    pmr::vector<result_type> res;
    for (auto & a : aws)
      res.push_back(co_await await_as_result(a));
    co_return res;
  }

  auto operator co_await() &&
  {
    struct awaitable
    {
      task<pmr::vector<result_type>> t;
      decltype(std::declval<task<pmr::vector<result_type>>&>().operator co_await()) aw = t.operator co_await();
      bool await_ready() {return aw.await_ready();}
      auto await_suspend(std::coroutine_handle<> h) {return aw.await_suspend(h);}
      pmr::vector<result_type> await_resume() {return aw.await_resume();}
    };
    return awaitable{run(aws)};
  }
};

}

template<awaitable ... Promise>
auto gather(Promise && ... p)
{
  return detail::gather_variadic_impl<Promise ...>(
      static_cast<Promise&&>(p)...);
}

template<typename PromiseRange>
  requires awaitable<std::decay_t<decltype(*std::declval<PromiseRange>().begin())>>
auto gather(PromiseRange && p)
{
  return detail::gather_ranged_impl<PromiseRange>{static_cast<PromiseRange&&>(p)};
}

}

#endif //BOOST_COBALT_GATHER_HPP
