// API-shape header (not the real implementation).
// Upstream: boostorg/cobalt, tag boost-1.88.0 (commit 61cf72a85be54ded1d81211baaf61dc52ec6bed2);
//           the same library ships as libs/cobalt in Boost >= 1.84.
// Needs Boost headers >= 1.78 (checked with 1.81: Asio, System, Variant2) for asio::any_io_executor,
// asio::cancellation_type, system::result, variant2::monostate.
// Mirrors:  include/boost/cobalt/spawn.hpp
// boost::cobalt::spawn(context_or_executor, task<T>&&, token): runs a (lazy) task on another
// executor; completion signature void(std::exception_ptr, T) (void(std::exception_ptr) for
// task<void>). co_await spawn(exec, t(), boost::cobalt::use_op) yields T; "spawn" is, with
// awaiting a cobalt::thread, the only thread-safe operation (doc/reference/thread.adoc:46).
// Shape: the task runs inline; the executor is ignored; no default completion token.
#ifndef BOOST_COBALT_SPAWN_HPP
#define BOOST_COBALT_SPAWN_HPP

#include <boost/cobalt/task.hpp>
#include <boost/cobalt/run.hpp>
#include <boost/cobalt/op.hpp>
#include <boost/asio/async_result.hpp>

#include <concepts>
#include <exception>
#include <utility>

namespace boost::cobalt
{

template <typename T>
concept with_get_executor = requires (T& t)
{
  {t.get_executor()};
};

namespace detail
{

struct async_initiate_spawn
{
  executor exec;

  template<typename Handler, typename T>
  void operator()(Handler && h, task<T> t)
  {
    std::exception_ptr ep;
    if constexpr (std::is_void_v<T>)
    {
      try { cobalt::run(std::move(t)); } catch (...) { ep = std::current_exception(); }
      std::move(h)(ep);
    }
    else
    {
      std::optional<T> v;
      try { v.emplace(cobalt::run(std::move(t))); } catch (...) { ep = std::current_exception(); }
      std::move(h)(ep, v ? std::move(*v) : T{});
    }
  }
};

}

template<with_get_executor Context, typename T, typename CompletionToken>
auto spawn(Context & context, task<T> && t, CompletionToken&& token)
{
    return asio::async_initiate<CompletionToken, void(std::exception_ptr, T)>(
            detail::async_initiate_spawn{context.get_executor()}, token, std::move(t));
}

template<std::convertible_to<executor> Executor, typename T, typename CompletionToken>
auto spawn(Executor executor, task<T> && t, CompletionToken&& token)
{
    return asio::async_initiate<CompletionToken, void(std::exception_ptr, T)>(
            detail::async_initiate_spawn{executor}, token, std::move(t));
}

template<with_get_executor Context, typename CompletionToken>
auto spawn(Context & context, task<void> && t, CompletionToken&& token)
{
    return asio::async_initiate<CompletionToken, void(std::exception_ptr)>(
            detail::async_initiate_spawn{context.get_executor()}, token, std::move(t));
}

template<std::convertible_to<executor> Executor, typename CompletionToken>
auto spawn(Executor executor, task<void> && t, CompletionToken&& token)
{
    return asio::async_initiate<CompletionToken, void(std::exception_ptr)>(
            detail::async_initiate_spawn{executor}, token, std::move(t));
}

}

#endif //BOOST_COBALT_SPAWN_HPP
