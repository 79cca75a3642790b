// API-shape header (not the real implementation).
// Upstream: boostorg/cobalt, tag boost-1.88.0 (commit 61cf72a85be54ded1d81211baaf61dc52ec6bed2);
//           the same library ships as libs/cobalt in Boost >= 1.84.
// Needs Boost headers >= 1.78 (checked with 1.81: Asio, System, Variant2) for asio::any_io_executor,
// asio::cancellation_type, system::result, variant2::monostate.
// Mirrors:  include/boost/cobalt/join.hpp and include/boost/cobalt/detail/join.hpp
// boost::cobalt::join(p...) / join(range): await all; the first exception cancels the rest and
// is rethrown (doc/reference/join.adoc). Result (detail/join.hpp await_resume):
//   variadic: void if every operand yields void, else
//             std::tuple<void_as_monostate<R_i>...> (void -> boost::variant2::monostate)
//   range:    void for void elements, else pmr::vector<R> (std::pmr::vector by default)
// Shape: operands are awaited one after the other.
#ifndef BOOST_COBALT_JOIN_HPP
#define BOOST_COBALT_JOIN_HPP

#include <boost/cobalt/concepts.hpp>
#include <boost/cobalt/task.hpp>
#include <boost/cobalt/config.hpp>
#include <boost/cobalt/detail/util.hpp>

#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace boost::cobalt
{

namespace detail
{

template<typename A>
task<void_as_monostate<co_await_result_t<A>>> await_as_monostate(A & a)
{
  if constexpr (std::is_void_v<co_await_result_t<A>>)
  {
    co_await a;
    co_return variant2::monostate{};
  }
  else
    co_return co_await a;
}

template<typename ... Args>
struct join_variadic_impl
{
  template<typename ... Args_>
  join_variadic_impl(Args_ && ... args) : args{std::forward<Args_>(args)...} {}

  std::tuple<Args...> args;

  constexpr static bool all_void = (std::is_void_v<co_await_result_t<Args>> && ... );
  using result_type = std::conditional_t<all_void, void, std::tuple<void_as_monostate<co_await_result_t<Args>>...>>;

  template<std::size_t ... Idx>
  static task<result_type> run(std::tuple<Args...> & args, std::index_sequence<Idx...>)
  {
    if constexpr (all_void)
      (co_await std::get<Idx>(args), ...);
    else
      co_return result_type{co_await await_as_monostate(std::get<Idx>(args))...};
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
struct join_ranged_impl
{
  Range aws;

  using result_type = co_await_result_t<std::decay_t<decltype(*std::begin(std::declval<Range>()))>>;
  using value_type = std::conditional_t<std::is_void_v<result_type>, void, pmr::vector<result_type>>;

  static task<value_type> run(Range & aws)
  {
    if constexpr (std::is_void_v<result_type>)
    {
      for (auto & a : aws)
        co_await a;
    }
    else
    {
      pmr::vector<result_type> rr;
      for (auto & a : aws)
        rr.push_back(co_await a);
      co_return rr;
    }
  }

  auto operator co_await() &&
  {
    struct awaitable
    {
      task<value_type> t;
      decltype(std::declval<task<value_type>&>().operator co_await()) aw = t.operator co_await();
      bool await_ready() {return aw.await_ready();}
      auto await_suspend(std::coroutine_handle<> h) {return aw.await_suspend(h);}
      value_type await_resume() {return aw.await_resume();}
    };
    return awaitable{run(aws)};
  }
};

}

template<awaitable ... Promise>
auto join(Promise && ... p)
{
  return detail::join_variadic_impl<Promise ...>(
      static_cast<Promise&&>(p)...);
}

template<typename PromiseRange>
  requires awaitable<std::decay_t<decltype(*std::declval<PromiseRange>().begin())>>
auto join(PromiseRange && p)
{
  return detail::join_ranged_impl<PromiseRange>{static_cast<PromiseRange&&>(p)};
}

}

#endif //BOOST_COBALT_JOIN_HPP
