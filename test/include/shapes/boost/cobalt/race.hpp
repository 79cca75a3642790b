// API-shape header (not the real implementation).
// Upstream: boostorg/cobalt, tag boost-1.88.0 (commit 61cf72a85be54ded1d81211baaf61dc52ec6bed2);
//           the same library ships as libs/cobalt in Boost >= 1.84.
// Needs Boost headers >= 1.78 (checked with 1.81: Asio, System, Variant2) for asio::any_io_executor,
// asio::cancellation_type, system::result, variant2::monostate.
// Mirrors:  include/boost/cobalt/race.hpp and include/boost/cobalt/detail/race.hpp
// boost::cobalt::race([urbg,] p...) / race([urbg,] range): await the first to complete, cancel
// (or interrupt) the rest; the start order is randomised by a uniform random bit generator
// (default: a thread_local std::default_random_engine). left_race(p...) / left_race(range):
// same, checked left to right. Result (detail/race.hpp:344-352, 655-663):
//   variadic: std::size_t (index) if every operand yields void, else
//             variant2::variant<void_as_monostate<R_i>...>
//   range:    std::size_t for void elements, else std::pair<std::size_t, R>
// Upstream constrains operands with awaitable<detail::fork::promise_type>; the shape uses
// awaitable<>. Shape: only the first operand is awaited (index 0 always wins).
#ifndef BOOST_COBALT_RACE_HPP
#define BOOST_COBALT_RACE_HPP

#include <boost/cobalt/concepts.hpp>
#include <boost/cobalt/task.hpp>
#include <boost/cobalt/detail/util.hpp>
#include <boost/asio/cancellation_type.hpp>
#include <boost/variant2/variant.hpp>

#include <concepts>
#include <cstddef>
#include <random>
#include <tuple>
#include <type_traits>
#include <utility>

namespace boost::cobalt
{

namespace detail
{

inline std::default_random_engine &prng()
{
  thread_local static std::default_random_engine g(std::random_device{}());
  return g;
}

struct left_race_tag {};

template<asio::cancellation_type Ct, typename URBG, typename ... Args>
struct race_variadic_impl
{
  template<typename URBG_>
  race_variadic_impl(URBG_ && g, Args && ... args)
      : args{std::forward<Args>(args)...}, g(std::forward<URBG_>(g)) {}

  std::tuple<Args...> args;
  URBG g;

  constexpr static bool all_void = (std::is_void_v<co_await_result_t<Args>> && ... );
  using result_type = std::conditional_t<all_void, std::size_t,
      variant2::variant<void_as_monostate<co_await_result_t<Args>>...>>;

  static task<result_type> run(std::tuple<Args...> & args)
  {
    if constexpr (all_void)
    {
      co_await std::get<0>(args);
      co_return std::size_t{0u};
    }
    else
      co_return result_type{variant2::in_place_index<0>, co_await await_as_monostate_(std::get<0>(args))};
  }

  template<typename A>
  static task<void_as_monostate<co_await_result_t<A>>> await_as_monostate_(A & a)
  {
    if constexpr (std::is_void_v<co_await_result_t<A>>)
    {
      co_await a;
      co_return variant2::monostate{};
    }
    else
      co_return co_await a;
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
    return awaitable{run(args)};
  }
};

template<asio::cancellation_type Ct, typename URBG, typename Range>
struct race_ranged_impl
{
  URBG g;
  Range aws;

  using result_type = co_await_result_t<std::decay_t<decltype(*std::begin(std::declval<Range>()))>>;
  using value_type = std::conditional_t<std::is_void_v<result_type>, std::size_t, std::pair<std::size_t, result_type>>;

  static task<value_type> run(Range & aws)
  {
    auto & first = *std::begin(aws);
    if constexpr (std::is_void_v<result_type>)
    {
      co_await first;
      co_return std::size_t{0u};
    }
    else
      co_return value_type{0u, co_await first};
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

template<typename G>
  concept uniform_random_bit_generator =
    requires ( G & g)
    {
      {typename std::decay_t<G>::result_type() } -> std::unsigned_integral;
      {std::decay_t<G>::min()} -> std::same_as<typename std::decay_t<G>::result_type>;
      {std::decay_t<G>::max()} -> std::same_as<typename std::decay_t<G>::result_type>;
      {g()} -> std::same_as<typename std::decay_t<G>::result_type>;
    } && (std::decay_t<G>::max() > std::decay_t<G>::min());

template<asio::cancellation_type Ct = asio::cancellation_type::all,
    uniform_random_bit_generator URBG,
    awaitable ... Promise>
auto race(URBG && g, Promise && ... p) -> detail::race_variadic_impl<Ct, URBG, Promise ...>
{
  return detail::race_variadic_impl<Ct, URBG, Promise ...>(std::forward<URBG>(g), static_cast<Promise&&>(p)...);
}

template<asio::cancellation_type Ct = asio::cancellation_type::all,
    uniform_random_bit_generator URBG,
    typename PromiseRange>
requires awaitable<std::decay_t<decltype(*std::declval<PromiseRange>().begin())>>
auto race(URBG && g, PromiseRange && p) -> detail::race_ranged_impl<Ct, URBG, PromiseRange>
{
  return detail::race_ranged_impl<Ct, URBG, PromiseRange>{std::forward<URBG>(g), static_cast<PromiseRange&&>(p)};
}

template<asio::cancellation_type Ct = asio::cancellation_type::all,
         awaitable ... Promise>
auto race(Promise && ... p) -> detail::race_variadic_impl<Ct, std::default_random_engine&, Promise ...>
{
  return race<Ct>(detail::prng(), static_cast<Promise&&>(p)...);
}

template<asio::cancellation_type Ct = asio::cancellation_type::all, typename PromiseRange>
  requires awaitable<std::decay_t<decltype(*std::declval<PromiseRange>().begin())>>
auto race(PromiseRange && p) -> detail::race_ranged_impl<Ct, std::default_random_engine&, PromiseRange>
{
  return race<Ct>(detail::prng(), static_cast<PromiseRange&&>(p));
}

template<asio::cancellation_type Ct = asio::cancellation_type::all,
    awaitable ... Promise>
auto left_race(Promise && ... p) -> detail::race_variadic_impl<Ct, detail::left_race_tag, Promise ...>
{
  return detail::race_variadic_impl<Ct, detail::left_race_tag, Promise ...>(
      detail::left_race_tag{}, static_cast<Promise&&>(p)...);
}

template<asio::cancellation_type Ct = asio::cancellation_type::all, typename PromiseRange>
requires awaitable<std::decay_t<decltype(*std::declval<PromiseRange>().begin())>>
auto left_race(PromiseRange && p)  -> detail::race_ranged_impl<Ct, detail::left_race_tag, PromiseRange>
{
  return detail::race_ranged_impl<Ct, detail::left_race_tag, PromiseRange>{
      detail::left_race_tag{}, static_cast<PromiseRange&&>(p)};
}

}

#endif //BOOST_COBALT_RACE_HPP
