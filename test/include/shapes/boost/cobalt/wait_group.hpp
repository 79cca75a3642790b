// API-shape header (not the real implementation).
// Upstream: boostorg/cobalt, tag boost-1.88.0 (commit 61cf72a85be54ded1d81211baaf61dc52ec6bed2);
//           the same library ships as libs/cobalt in Boost >= 1.84.
// Needs Boost headers >= 1.78 (checked with 1.81: Asio, System, Variant2) for asio::any_io_executor,
// asio::cancellation_type, system::result, variant2::monostate.
// Mirrors:  include/boost/cobalt/wait_group.hpp (+ detail/wait_group.hpp)
// boost::cobalt::wait_group: a set of promise<void>. push_back(promise<void>), size(), reap();
// co_await wg.wait_one() (race: the first to finish), co_await wg.wait() / co_await wg
// (gather: all), co_await wg.await_exit(ep) (used by cobalt::with).
// Shape: wait_one awaits the first element; wait awaits them in order.
#ifndef BOOST_COBALT_WAIT_GROUP_HPP
#define BOOST_COBALT_WAIT_GROUP_HPP

#include <boost/cobalt/promise.hpp>
#include <boost/cobalt/task.hpp>
#include <boost/asio/cancellation_type.hpp>

#include <cstddef>
#include <exception>
#include <list>
#include <utility>

namespace boost::cobalt
{

namespace detail
{

template<typename T>
struct owning_task_awaitable
{
  task<T> t;
  decltype(std::declval<task<T>&>().operator co_await()) aw = t.operator co_await();
  bool await_ready() {return aw.await_ready();}
  auto await_suspend(std::coroutine_handle<> h) {return aw.await_suspend(h);}
  T await_resume() {return aw.await_resume();}
};

}

struct wait_group
{
    // create a wait_group
    explicit
    wait_group(asio::cancellation_type normal_cancel = asio::cancellation_type::none,
               asio::cancellation_type exception_cancel = asio::cancellation_type::all)
        : ct_normal_(normal_cancel), ct_exception_(exception_cancel) {}

    // insert a task into the group
    void push_back(promise<void> p) { waitables_.push_back(std::move(p)); }

    // the number of tasks in the group
    std::size_t size() const {return waitables_.size();}
    // remove completed tasks without waiting (i.e. zombie tasks)
    std::size_t reap()
    {
      std::size_t n = 0u;
      for (auto it = waitables_.begin(); it != waitables_.end();)
        if (it->ready()) { it = waitables_.erase(it); ++n; } else ++it;
      return n;
    }
    // cancel all tasks in the group
    void cancel(asio::cancellation_type ct = asio::cancellation_type::all)
    {
      for (auto & w : waitables_) w.cancel(ct);
    }

    // wait for one task to complete.
    auto wait_one() { return detail::owning_task_awaitable<void>{wait_one_impl(waitables_)}; }
    // wait for all tasks to complete
    auto wait() { return detail::owning_task_awaitable<void>{wait_impl(waitables_)}; }
    // wait for all tasks to complete
    auto operator co_await () { return wait(); }
    // when used with with , this will receive the exception
    // and wait for the completion
    // if ep is set, this will use the exception_cancel level,
    // otherwise the normal_cancel to cancel all promises.
    auto await_exit(std::exception_ptr ep)
    {
      cancel(ep ? ct_exception_ : ct_normal_);
      return wait();
    }

  private:
    static task<void> wait_one_impl(std::list<promise<void>> & ws)
    {
      if (!ws.empty())
        co_await ws.front();
    }
    static task<void> wait_impl(std::list<promise<void>> & ws)
    {
      for (auto & w : ws)
        co_await w;
    }
    std::list<promise<void>> waitables_;
    asio::cancellation_type ct_normal_, ct_exception_;
};

}

#endif //BOOST_COBALT_WAIT_GROUP_HPP
