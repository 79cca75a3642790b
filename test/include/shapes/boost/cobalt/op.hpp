// API-shape header (not the real implementation).
// Upstream: boostorg/cobalt, tag boost-1.88.0 (commit 61cf72a85be54ded1d81211baaf61dc52ec6bed2);
//           the same library ships as libs/cobalt in Boost >= 1.84.
// Needs Boost headers >= 1.78 (checked with 1.81: Asio, System, Variant2) for asio::any_io_executor,
// asio::cancellation_type, system::result, variant2::monostate.
// Mirrors:  include/boost/cobalt/op.hpp (use_op_t / use_op, op<Args...>, the
//           asio::async_result<use_op_t, void(Args...)> specialization) and
//           include/boost/cobalt/result.hpp (interpretation of the completion arguments).
// co_await asio_io_object.async_xxx(..., boost::cobalt::use_op): a leading error_code /
// exception_ptr is thrown when set; the rest is returned (void, one value, or a tuple).
// In a cobalt coroutine asio::deferred operations are awaitable too (enable_await_deferred);
// not modelled here.
#ifndef BOOST_COBALT_OP_HPP
#define BOOST_COBALT_OP_HPP

#include <boost/asio/async_result.hpp>
#include <boost/system/error_code.hpp>
#include <boost/system/system_error.hpp>

#include <coroutine>
#include <exception>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

namespace boost::cobalt
{

namespace detail
{

template<typename ... Args>
struct op_result
{
  using type = std::tuple<Args...>;
  static type get(std::tuple<Args...> && t) {return std::move(t);}
};
template<>
struct op_result<> { using type = void; static void get(std::tuple<> &&) {} };
template<typename T>
struct op_result<T> { using type = T; static T get(std::tuple<T> && t) {return std::get<0>(std::move(t));} };
template<>
struct op_result<system::error_code>
{
  using type = void;
  static void get(std::tuple<system::error_code> && t)
  {
    if (std::get<0>(t)) throw system::system_error(std::get<0>(t));
  }
};
template<typename T, typename ... Ts>
struct op_result<system::error_code, T, Ts...>
{
  using type = typename op_result<T, Ts...>::type;
  static type get(std::tuple<system::error_code, T, Ts...> && t)
  {
    if (std::get<0>(t)) throw system::system_error(std::get<0>(t));
    return std::apply([](system::error_code, auto && ... rest) {
      return op_result<T, Ts...>::get(std::tuple<T, Ts...>(std::move(rest)...)); }, std::move(t));
  }
};
template<>
struct op_result<std::exception_ptr>
{
  using type = void;
  static void get(std::tuple<std::exception_ptr> && t)
  {
    if (std::get<0>(t)) std::rethrow_exception(std::get<0>(t));
  }
};
template<typename T, typename ... Ts>
struct op_result<std::exception_ptr, T, Ts...>
{
  using type = typename op_result<T, Ts...>::type;
  static type get(std::tuple<std::exception_ptr, T, Ts...> && t)
  {
    if (std::get<0>(t)) std::rethrow_exception(std::get<0>(t));
    return std::apply([](std::exception_ptr, auto && ... rest) {
      return op_result<T, Ts...>::get(std::tuple<T, Ts...>(std::move(rest)...)); }, std::move(t));
  }
};

}

template<typename ... Args>
struct op;

template<typename ... Args>
struct completion_handler
{
  op<Args...> * self;
  void operator()(Args ... args);
};

template<typename ... Args>
struct op
{
  virtual void initiate(completion_handler<Args...> complete) = 0;
  virtual ~op() = default;

  op() = default;
  op(op && ) noexcept = default;

  std::optional<std::tuple<Args...>> result_;
  std::coroutine_handle<> awaiter_;
  bool suspended_ = false;

  bool await_ready() const noexcept {return false;}
  bool await_suspend(std::coroutine_handle<> h)
  {
    awaiter_ = h;
    initiate(completion_handler<Args...>{this});
    if (result_)
      return false;
    suspended_ = true;
    return true;
  }
  typename detail::op_result<Args...>::type await_resume()
  {
    return detail::op_result<Args...>::get(std::move(*result_));
  }
};

template<typename ... Args>
void completion_handler<Args...>::operator()(Args ... args)
{
  self->result_.emplace(std::move(args)...);
  if (self->suspended_)
    self->awaiter_.resume();
}

struct use_op_t
{
  constexpr use_op_t() {}
};

constexpr use_op_t use_op{};

}

namespace boost::asio
{

template<typename ... Args>
struct async_result<boost::cobalt::use_op_t, void(Args...)>
{
  using return_type = boost::cobalt::op<Args...>;

  template <typename Initiation, typename... InitArgs>
  struct op_impl final : boost::cobalt::op<Args...>
  {
    Initiation initiation;
    std::tuple<InitArgs...> args;
    template<typename Initiation_, typename ...InitArgs_>
    op_impl(Initiation_ initiation, InitArgs_ && ... args)
        : initiation(std::forward<Initiation_>(initiation)), args(std::forward<InitArgs_>(args)...) {}

    void initiate(cobalt::completion_handler<Args...> complete) final override
    {
      std::apply(
          [&](InitArgs && ... args)
          {
            std::move(initiation)(std::move(complete), std::move(args)...);
          }, std::move(args));
    }
  };

  template <typename Initiation, typename... InitArgs>
  static auto initiate(Initiation && initiation, boost::cobalt::use_op_t, InitArgs &&... args)
      -> op_impl<std::decay_t<Initiation>, std::decay_t<InitArgs>...>
  {
    return op_impl<std::decay_t<Initiation>, std::decay_t<InitArgs>...>(
        std::forward<Initiation>(initiation), std::forward<InitArgs>(args)...);
  }
};

}

#endif //BOOST_COBALT_OP_HPP
