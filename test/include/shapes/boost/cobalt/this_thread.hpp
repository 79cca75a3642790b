// API-shape header (not the real implementation).
// Upstream: boostorg/cobalt, tag boost-1.88.0 (commit 61cf72a85be54ded1d81211baaf61dc52ec6bed2);
//           the same library ships as libs/cobalt in Boost >= 1.84.
// Needs Boost headers >= 1.78 (checked with 1.81: Asio, System, Variant2) for asio::any_io_executor,
// asio::cancellation_type, system::result, variant2::monostate.
// Mirrors:  include/boost/cobalt/this_thread.hpp (get_executor / set_executor / get_default_resource)
#ifndef BOOST_COBALT_THIS_THREAD_HPP
#define BOOST_COBALT_THIS_THREAD_HPP

#include <boost/cobalt/config.hpp>

namespace boost::cobalt::this_thread
{

inline pmr::memory_resource* get_default_resource() noexcept { return pmr::get_default_resource(); }

inline executor & get_executor()
{
  thread_local executor exec;
  return exec;
}

inline void set_executor(executor exec) noexcept { get_executor() = std::move(exec); }

}

#endif //BOOST_COBALT_THIS_THREAD_HPP
