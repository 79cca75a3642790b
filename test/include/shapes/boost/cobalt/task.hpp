// API-shape header (not the real implementation).
// Upstream: boostorg/cobalt, tag boost-1.88.0 (commit 61cf72a85be54ded1d81211baaf61dc52ec6bed2);
//           the same library ships as libs/cobalt in Boost >= 1.84.
// Needs Boost headers >= 1.78 (checked with 1.81: Asio, System, Variant2) for asio::any_io_executor,
// asio::cancellation_type, system::result, variant2::monostate.
// Mirrors:  include/boost/cobalt/task.hpp and include/boost/cobalt/detail/task.hpp
// boost::cobalt::task<Return>: LAZY. promise_type = detail::task_promise<Return>; its
// initial_suspend() returns initial_awaitable whose await_ready() is false and whose
// await_suspend() does nothing, i.e. it suspends like std::suspend_always
// (detail/task.hpp:330-346). Docs (doc/reference/task.adoc:4): "A task is a lazy coroutine that
// can co_await and co_return values." It starts when awaited, spawned (cobalt::spawn) or run
// (cobalt::run). co_await yields Return. use_task makes asio operations return a task.
#ifndef BOOST_COBALT_TASK_HPP
#define BOOST_COBALT_TASK_HPP

#include <boost/cobalt/concepts.hpp>
#include <boost/cobalt/this_coro.hpp>
#include <boost/cobalt/op.hpp>
#include <boost/cobalt/detail/util.hpp>

#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace boost::cobalt
{

template<typename Return>
struct task;

namespace detail
{

template<typename Return>
struct task_promise_result
{
  std::optional<Return> result;
  void return_value(Return && ret) { result.emplace(std::move(ret)); }
  void return_value(const Return & ret) { result.emplace(ret); }
  Return take() { return std::move(*result); }
};

template<>
struct task_promise_result<void>
{
  void return_void() {}
  void take() {}
};

template<typename Return>
struct task_promise
    : task_promise_result<Return>,
      enable_awaitables<task_promise<Return>>,
      enable_await_executor<task_promise<Return>>
{
  using enable_awaitables<task_promise<Return>>::await_transform;
  using enable_await_executor<task_promise<Return>>::await_transform;

  [[nodiscard]] task<Return> get_return_object();

  bool started = false;
  std::coroutine_handle<> awaited_from;
  std::exception_ptr exception;

  struct initial_awaitable
  {
    task_promise * promise;

    bool await_ready() const noexcept {return false;}
    void await_suspend(std::coroutine_handle<>) {}

    void await_resume()
    {
      promise->started = true;
    }
  };

  auto initial_suspend() noexcept
  {
    return initial_awaitable{this};
  }

  struct final_awaitable
  {
    task_promise * promise;
    bool await_ready() const noexcept {return false;}
    std::coroutine_handle<> await_suspend(std::coroutine_handle<task_promise>) noexcept
    {
      return promise->awaited_from ? promise->awaited_from : std::coroutine_handle<>(std::noop_coroutine());
    }
    void await_resume() noexcept {}
  };

  auto final_suspend() noexcept
  {
    return final_awaitable{this};
  }

  void unhandled_exception() { exception = std::current_exception(); }
};

}

template<typename Return>
struct [[nodiscard]] task
{
    task(task &&lhs) noexcept : handle_(std::exchange(lhs.handle_, nullptr)) {}
    task& operator=(task && lhs) noexcept
    {
      if (handle_) handle_.destroy();
      handle_ = std::exchange(lhs.handle_, nullptr);
      return *this;
    }

    // enable `co_await`
    auto operator co_await ()
    {
      struct awaitable
      {
        std::coroutine_handle<detail::task_promise<Return>> h;
        bool await_ready() const noexcept {return h.done();}
        std::coroutine_handle<> await_suspend(std::coroutine_handle<> caller)
        {
          h.promise().awaited_from = caller;
          return h;
        }
        Return await_resume()
        {
          if (h.promise().exception)
            std::rethrow_exception(h.promise().exception);
          return h.promise().take();
        }
      };
      return awaitable{handle_};
    }

    task(const task &) = delete;
    task& operator=(const task &) = delete;

    ~task() { if (handle_) handle_.destroy(); }

    using promise_type = detail::task_promise<Return>;

  private:
    template<typename>
    friend struct detail::task_promise;

    explicit task(std::coroutine_handle<detail::task_promise<Return>> h) : handle_(h) {}

    std::coroutine_handle<detail::task_promise<Return>> handle_;
};

template<typename Return>
task<Return> detail::task_promise<Return>::get_return_object()
{
  return task<Return>{std::coroutine_handle<task_promise>::from_promise(*this)};
}

struct use_task_t
{
  constexpr use_task_t() {}
};

constexpr use_task_t use_task{};

}

#endif //BOOST_COBALT_TASK_HPP
