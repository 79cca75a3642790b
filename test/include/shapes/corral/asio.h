// Upstream: hudson-trading/corral, master at commit 5d1153705395640c9f9f8c91e242c9932cd0bd0e
//           (2026-08-12; the repository has no tags)
// Mirrors:  corral/asio.h (sleepFor, asio_awaitable) -- Boost.Asio flavour
//
// corral::sleepFor(io, delay) is the corral sleep; it needs the boost::asio::io_context.
// Upstream includes <boost/asio.hpp>; the shape only forward-declares io_context.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <chrono>

#include "defs.h"

namespace boost::asio {
class io_context;
}  // namespace boost::asio

namespace corral {
namespace detail {
template <class Impl>
class AsioTimer {
public:
    template <class R, class P>
    AsioTimer(boost::asio::io_context& io, std::chrono::duration<R, P> delay) : io_(io) {
        (void)delay;
    }
    bool await_ready() const noexcept { return false; }
    void await_suspend(Handle) {}
    void await_resume() {}

private:
    boost::asio::io_context& io_;
};
struct BoostAsioImpl {};
}  // namespace detail

template <class R, class P>
auto sleepFor(boost::asio::io_context& io, std::chrono::duration<R, P> delay) {
    return detail::AsioTimer<detail::BoostAsioImpl>(io, delay);
}

}  // namespace corral
