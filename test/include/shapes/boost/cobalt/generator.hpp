// API-shape header (not the real implementation).
// Upstream: boostorg/cobalt, tag boost-1.88.0 (commit 61cf72a85be54ded1d81211baaf61dc52ec6bed2);
//           the same library ships as libs/cobalt in Boost >= 1.84.
// Needs Boost headers >= 1.78 (checked with 1.81: Asio, System, Variant2) for asio::any_io_executor,
// asio::cancellation_type, system::result, variant2::monostate.
// Mirrors:  include/boost/cobalt/generator.hpp and include/boost/cobalt/detail/generator.hpp
// boost::cobalt::generator<Yield, Push = void>: an ASYNC generator (it can co_await; the consumer
// co_awaits it). EAGER: detail::generator_promise::initial_suspend() returns std::suspend_never
// (detail/generator.hpp:383). Docs (doc/reference/generators.adoc:4): "A generator is an eager
// coroutine that can co_await and co_yield values to the caller."; it "can be turned lazy by
// awaiting initial" (co_await this_coro::initial, generators.adoc:89-91).
// co_await gen (Push == void) yields Yield; a generator's co_return value is its last value.
// Shape: Push != void is not modelled.
#ifndef BOOST_COBALT_GENERATOR_HPP
#define BOOST_COBALT_GENERATOR_HPP

#include <boost/cobalt/concepts.hpp>
#include <boost/cobalt/this_coro.hpp>
#include <boost/asio/cancellation_type.hpp>

#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace boost::cobalt
{

template<typename Yield, typename Push = void>
struct generator;

namespace detail
{

template<typename Yield, typename Push>
struct generator_promise
    : enable_awaitables<generator_promise<Yield, Push>>,
      enable_await_executor<generator_promise<Yield, Push>>
{
  using enable_awaitables<generator_promise<Yield, Push>>::await_transform;
  using enable_await_executor<generator_promise<Yield, Push>>::await_transform;

  std::optional<Yield> value;
  std::exception_ptr exception;
  std::coroutine_handle<> awaited_from;

  [[nodiscard]] generator<Yield, Push> get_return_object();

  std::suspend_never initial_suspend() noexcept {return {};}

  struct yield_awaitable
  {
    generator_promise * promise;
    bool await_ready() const noexcept {return false;}
    std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept
    {
      auto c = std::exchange(promise->awaited_from, nullptr);
      return c ? c : std::coroutine_handle<>(std::noop_coroutine());
    }
    void await_resume() noexcept {}
  };

  template<typename Yield_>
  auto yield_value(Yield_ && ret)
  {
    value.emplace(std::forward<Yield_>(ret));
    return yield_awaitable{this};
  }

  void return_value(const Yield & res) requires std::is_copy_constructible_v<Yield> { value.emplace(res); }
  void return_value(Yield && res) { value.emplace(std::move(res)); }

  auto final_suspend() noexcept { return yield_awaitable{this}; }

  void unhandled_exception() { exception = std::current_exception(); }
};

}

template<typename Yield, typename Push>
struct [[nodiscard]] generator
{
  generator(generator &&lhs) noexcept : h_(std::exchange(lhs.h_, nullptr)) {}
  generator& operator=(generator && lhs) noexcept
  {
    if (h_) h_.destroy();
    h_ = std::exchange(lhs.h_, nullptr);
    return *this;
  }

  // True until it co_returns & is co_awaited after
  explicit operator bool() const { return h_ && (!h_.done() || h_.promise().value || h_.promise().exception); }

  // Cancel the generator.
  void cancel(asio::cancellation_type ct = asio::cancellation_type::all) {(void)ct;}

  // Check if a value is available
  bool ready() const { return h_.promise().value || h_.promise().exception; }

  // Get the returned value. If !ready() this function has undefined behaviour.
  Yield get()
  {
    if (h_.promise().exception) std::rethrow_exception(h_.promise().exception);
    Yield v = std::move(*h_.promise().value);
    h_.promise().value.reset();
    return v;
  }

  // Cancel & detach the generator.
  ~generator() { if (h_) h_.destroy(); }

  // Present when Push == void, i.e. can co_await the generator directly.
  auto operator co_await ()
  {
    struct awaitable
    {
      std::coroutine_handle<detail::generator_promise<Yield, Push>> h;
      bool await_ready() const noexcept { return h.promise().value || h.promise().exception || h.done(); }
      std::coroutine_handle<> await_suspend(std::coroutine_handle<> caller)
      {
        h.promise().awaited_from = caller;
        return h;
      }
      Yield await_resume()
      {
        auto & p = h.promise();
        if (p.exception) std::rethrow_exception(std::exchange(p.exception, nullptr));
        Yield v = std::move(*p.value);
        p.value.reset();
        if (!h.done())
        {
          // eager: run on to the next co_yield before the consumer awaits again
          h.resume();
        }
        return v;
      }
    };
    return awaitable{h_};
  }

  using promise_type = detail::generator_promise<Yield, Push>;

  generator(const generator &) = delete;
  generator& operator=(const generator &) = delete;

 private:
  template<typename, typename>
  friend struct detail::generator_promise;
  explicit generator(std::coroutine_handle<detail::generator_promise<Yield, Push>> h) : h_(h) {}
  std::coroutine_handle<detail::generator_promise<Yield, Push>> h_;
};

template<typename Yield, typename Push>
generator<Yield, Push> detail::generator_promise<Yield, Push>::get_return_object()
{
  return generator<Yield, Push>{std::coroutine_handle<generator_promise>::from_promise(*this)};
}

}

#endif //BOOST_COBALT_GENERATOR_HPP
