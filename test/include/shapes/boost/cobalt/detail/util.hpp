// API-shape header (not the real implementation).
// Upstream: boostorg/cobalt, tag boost-1.88.0 (commit 61cf72a85be54ded1d81211baaf61dc52ec6bed2);
//           the same library ships as libs/cobalt in Boost >= 1.84.
// Needs Boost headers >= 1.78 (checked with 1.81: Asio, System, Variant2) for asio::any_io_executor,
// asio::cancellation_type, system::result, variant2::monostate.
// Mirrors:  include/boost/cobalt/detail/util.hpp (void_as_monostate, monostate_as_void) and
//           include/boost/cobalt/detail/await_result_helper.hpp (co_await_result_t)
#ifndef BOOST_COBALT_UTIL_HPP
#define BOOST_COBALT_UTIL_HPP

#include <boost/variant2/variant.hpp>

#include <coroutine>
#include <type_traits>
#include <utility>

namespace boost::cobalt::detail
{

template<typename T>
using void_as_monostate = std::conditional_t<std::is_void_v<T>, variant2::monostate, T>;

template<typename T>
using monostate_as_void = std::conditional_t<std::is_same_v<T, variant2::monostate>, void, T>;

template<typename T>
concept has_member_co_await = requires { std::declval<T>().operator co_await(); };
template<typename T>
concept has_free_co_await = requires { operator co_await(std::declval<T>()); };

template<typename T> requires has_member_co_await<T>
auto co_await_result_helper() -> decltype(std::declval<T>().operator co_await());
template<typename T> requires (!has_member_co_await<T> && has_free_co_await<T>)
auto co_await_result_helper() -> decltype(operator co_await(std::declval<T>()));
template<typename T> requires (!has_member_co_await<T> && !has_free_co_await<T>)
auto co_await_result_helper() -> T &&;

template<typename T>
using co_await_result_t = decltype(co_await_result_helper<T>().await_resume());

// shape helper: final awaiter resuming the continuation (or nothing) and freeing an abandoned frame
struct continuation_awaiter
{
  std::coroutine_handle<> cont;
  bool await_ready() const noexcept {return false;}
  template<typename P>
  std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) noexcept
  {
    auto c = cont ? cont : std::coroutine_handle<>(std::noop_coroutine());
    if (h.promise().owner_gone())
      h.destroy();
    return c;
  }
  void await_resume() noexcept {}
};

}

#endif //BOOST_COBALT_UTIL_HPP
