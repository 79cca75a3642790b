// API-shape header (not the real implementation).
// Upstream: boostorg/cobalt, tag boost-1.88.0 (commit 61cf72a85be54ded1d81211baaf61dc52ec6bed2);
//           the same library ships as libs/cobalt in Boost >= 1.84.
// Needs Boost headers >= 1.78 (checked with 1.81: Asio, System, Variant2) for asio::any_io_executor,
// asio::cancellation_type, system::result, variant2::monostate.
// Mirrors:  include/boost/cobalt/thread.hpp and include/boost/cobalt/detail/thread.hpp
// boost::cobalt::thread: a coroutine type that runs on a NEW thread with its own io_context.
// detail::thread_promise::initial_suspend() returns initial_awaitable (await_ready() false; its
// await_suspend unlocks the mutex the new thread waits on, detail/thread.hpp:64-78), i.e. it
// STARTS BY ITSELF (eager in effect). final_suspend(): std::suspend_never.
// thread::join() BLOCKS like std::thread::join ("Stops the io_context & joins the executor");
// co_await thr (both & and &&) is the non-blocking twin.
// doc/reference/thread.adoc:46: "Nothing in this library, except for awaiting a thread and
// spawn, is thread-safe."
// Shape: the body runs inline on the calling thread.
#ifndef BOOST_COBALT_THREAD_HPP
#define BOOST_COBALT_THREAD_HPP

#include <boost/cobalt/concepts.hpp>
#include <boost/cobalt/this_coro.hpp>

#include <coroutine>
#include <exception>
#include <memory>

namespace boost::cobalt
{

struct thread;

namespace detail
{

struct thread_state
{
  bool done = false;
  std::exception_ptr exception;
  std::coroutine_handle<> awaited_from;
};

struct thread_awaitable
{
  std::shared_ptr<thread_state> state;
  bool await_ready() const noexcept {return state->done;}
  void await_suspend(std::coroutine_handle<> h) {state->awaited_from = h;}
  void await_resume()
  {
    if (state->exception)
      std::rethrow_exception(state->exception);
  }
};

struct thread_promise
    : enable_awaitables<thread_promise>,
      enable_await_executor<thread_promise>
{
  using enable_awaitables<thread_promise>::await_transform;
  using enable_await_executor<thread_promise>::await_transform;

  std::shared_ptr<thread_state> state = std::make_shared<thread_state>();

  inline thread get_return_object();

  struct initial_awaitable
  {
    bool await_ready() const {return false;}
    bool await_suspend(std::coroutine_handle<thread_promise>)
    {
      return false; // shape: run inline instead of handing the frame to a new thread
    }
    void await_resume() {}
  };

  auto initial_suspend() noexcept
  {
    return initial_awaitable{};
  }

  struct final_awaitable
  {
    std::shared_ptr<thread_state> state;
    bool await_ready() const noexcept {return false;}
    std::coroutine_handle<> await_suspend(std::coroutine_handle<thread_promise> h) noexcept
    {
      state->done = true;
      auto c = state->awaited_from ? state->awaited_from : std::coroutine_handle<>(std::noop_coroutine());
      h.destroy();
      return c;
    }
    void await_resume() noexcept {}
  };

  // upstream: std::suspend_never final_suspend()
  auto final_suspend() noexcept { return final_awaitable{state}; }

  void return_void() {}
  void unhandled_exception() { state->exception = std::current_exception(); }
};

}

struct thread
{
  // Send a cancellation signal
  void cancel() {}

  // Allow the thread to be awaited. NOOP if the thread is invalid.
  auto operator co_await() & -> detail::thread_awaitable { return {state_}; }
  auto operator co_await() && -> detail::thread_awaitable { return {std::move(state_)}; }

  // Stops the io_context & joins the executor
  ~thread() = default;

  /// Move constructible
  thread(thread &&) noexcept = default;

  using executor_type = executor;

  using promise_type = detail::thread_promise;

  void join() {}
  bool joinable() const { return state_ && !state_->done; }
  void detach() {}

  executor_type get_executor() const { return this_thread::get_executor(); }

 private:
  friend struct detail::thread_promise;
  explicit thread(std::shared_ptr<detail::thread_state> st) : state_(std::move(st)) {}
  std::shared_ptr<detail::thread_state> state_;
};

inline thread detail::thread_promise::get_return_object() { return thread{state}; }

}

#endif //BOOST_COBALT_THREAD_HPP
