// API-shape header (not the real implementation).
// Upstream: boostorg/cobalt, tag boost-1.88.0 (commit 61cf72a85be54ded1d81211baaf61dc52ec6bed2);
//           the same library ships as libs/cobalt in Boost >= 1.84.
// Needs Boost headers >= 1.78 (checked with 1.81: Asio, System, Variant2) for asio::any_io_executor,
// asio::cancellation_type, system::result, variant2::monostate.
// Mirrors:  include/boost/cobalt/promise.hpp and include/boost/cobalt/detail/promise.hpp
// boost::cobalt::promise<Return>: EAGER. promise_type = detail::cobalt_promise<Return>, whose
// initial_suspend() returns std::suspend_never (detail/promise.hpp:349). Docs
// (doc/reference/promise.adoc:4): "A promise is an eager coroutine that can co_await and
// co_return values. That is, it cannot use co_yield." [[nodiscard]]; destroying an attached
// promise cancels it; unary + detaches it. co_await yields Return. get() does NOT block: it
// asserts ready() (promise.hpp "If !ready() this function has undefined behaviour").
#ifndef BOOST_COBALT_PROMISE_HPP
#define BOOST_COBALT_PROMISE_HPP

#include <boost/cobalt/concepts.hpp>
#include <boost/cobalt/this_coro.hpp>
#include <boost/cobalt/detail/util.hpp>
#include <boost/asio/cancellation_type.hpp>

#include <cassert>
#include <coroutine>
#include <exception>
#include <memory>
#include <optional>
#include <utility>

namespace boost::cobalt
{

template<typename Return>
struct promise;

namespace detail
{

template<typename T>
struct promise_state
{
  std::optional<void_as_monostate<T>> value;
  std::exception_ptr exception;
  bool done = false;
  bool result_taken = false;
  std::coroutine_handle<> awaited_from;

  T get()
  {
    result_taken = true;
    if (exception)
      std::rethrow_exception(exception);
    if constexpr (!std::is_void_v<T>)
      return std::move(*value);
  }
};

template<typename Return>
struct cobalt_promise_result
{
  std::shared_ptr<promise_state<Return>> state;
  void return_value(Return && ret) { state->value.emplace(std::move(ret)); }
  void return_value(const Return & ret) { state->value.emplace(ret); }
};

template<>
struct cobalt_promise_result<void>
{
  std::shared_ptr<promise_state<void>> state;
  void return_void() { state->value.emplace(); }
};

template<typename Return>
struct cobalt_promise
    : cobalt_promise_result<Return>,
      enable_awaitables<cobalt_promise<Return>>,
      enable_await_executor<cobalt_promise<Return>>
{
  using enable_awaitables<cobalt_promise<Return>>::await_transform;
  using enable_await_executor<cobalt_promise<Return>>::await_transform;

  cobalt_promise() { this->state = std::make_shared<promise_state<Return>>(); }

  [[nodiscard]] promise<Return> get_return_object();

  std::suspend_never initial_suspend() noexcept {return {};}

  struct final_awaitable
  {
    std::shared_ptr<promise_state<Return>> state;
    bool await_ready() const noexcept {return false;}
    std::coroutine_handle<> await_suspend(std::coroutine_handle<cobalt_promise> h) noexcept
    {
      state->done = true;
      auto res = state->awaited_from ? state->awaited_from : std::coroutine_handle<>(std::noop_coroutine());
      state->awaited_from = nullptr;
      h.destroy();
      return res;
    }
    void await_resume() noexcept {}
  };

  auto final_suspend() noexcept
  {
    return final_awaitable{this->state};
  }

  void unhandled_exception() { this->state->exception = std::current_exception(); }
};

}

template<typename Return>
struct [[nodiscard]] promise
{
    promise(promise &&lhs) noexcept : state_(std::move(lhs.state_)), attached_(std::exchange(lhs.attached_, false)) {}
    promise& operator=(promise && lhs) noexcept
    {
      state_ = std::move(lhs.state_);
      attached_ = std::exchange(lhs.attached_, false);
      return *this;
    }

    // enable `co_await`.
    auto operator co_await ()
    {
      struct awaitable
      {
        std::shared_ptr<detail::promise_state<Return>> state;
        bool await_ready() const noexcept {return state->done;}
        void await_suspend(std::coroutine_handle<> h) {state->awaited_from = h;}
        Return await_resume() {return state->get();}
      };
      return awaitable{state_};
    }

    // Ignore the return value, i.e. detach it.
    void operator +() && {detach();}

    // Cancel the promise.
    void cancel(asio::cancellation_type ct = asio::cancellation_type::all) {(void)ct;}

    // Check if the result is ready
    bool ready() const { return state_ && state_->done; }
    // Check if the promise can be awaited.
    explicit operator bool () const { return state_ && (!state_->done || !state_->result_taken); }

    // Detach or attach
    bool attached() const {return attached_;}
    void detach() {attached_ = false;}
    void attach() {attached_ = true;}

    // Get the return value. If !ready() this function has undefined behaviour.
    Return get()
    {
      assert(ready());
      return state_->get();
    }

    using promise_type = detail::cobalt_promise<Return>;
    promise(const promise &) = delete;
    promise& operator=(const promise &) = delete;

    ~promise()
    {
      if (attached_)
        cancel();
    }

  private:
    template<typename>
    friend struct detail::cobalt_promise;

    explicit promise(std::shared_ptr<detail::promise_state<Return>> st) : state_(std::move(st)), attached_{true} {}

    std::shared_ptr<detail::promise_state<Return>> state_;
    bool attached_ = false;
};

template<typename Return>
promise<Return> detail::cobalt_promise<Return>::get_return_object()
{
  return promise<Return>{this->state};
}

}

#endif //BOOST_COBALT_PROMISE_HPP
