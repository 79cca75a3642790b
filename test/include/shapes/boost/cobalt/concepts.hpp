// API-shape header (not the real implementation).
// Upstream: boostorg/cobalt, tag boost-1.88.0 (commit 61cf72a85be54ded1d81211baaf61dc52ec6bed2);
//           the same library ships as libs/cobalt in Boost >= 1.84.
// Needs Boost headers >= 1.78 (checked with 1.81: Asio, System, Variant2) for asio::any_io_executor,
// asio::cancellation_type, system::result, variant2::monostate.
// Mirrors:  include/boost/cobalt/concepts.hpp (awaitable_type, awaitable, enable_awaitables)
#ifndef BOOST_COBALT_CONCEPTS_HPP
#define BOOST_COBALT_CONCEPTS_HPP

#include <coroutine>
#include <concepts>
#include <utility>

namespace boost::cobalt
{

template<typename Awaitable, typename Promise = void>
concept awaitable_type = requires (Awaitable aw, std::coroutine_handle<Promise> h)
{
    {aw.await_ready()} -> std::convertible_to<bool>;
    {aw.await_suspend(h)};
    {aw.await_resume()};
};

template<typename Awaitable, typename Promise = void>
concept awaitable =
        awaitable_type<Awaitable, Promise>
    || requires (Awaitable && aw) { {std::forward<Awaitable>(aw).operator co_await()} -> awaitable_type<Promise>;}
    || requires (Awaitable && aw) { {operator co_await(std::forward<Awaitable>(aw))} -> awaitable_type<Promise>;};

// Upstream: the promise types of promise/task/generator/thread/main inherit this; it makes
// "co_await x" accept only cobalt::awaitable<Promise> operands.
template<typename Promise = void>
struct enable_awaitables
{
    template<awaitable<Promise> Aw>
    Aw && await_transform(Aw && aw)
    {
        return static_cast<Aw&&>(aw);
    }
};

}

#endif //BOOST_COBALT_CONCEPTS_HPP
