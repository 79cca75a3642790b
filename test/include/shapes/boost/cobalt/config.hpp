// API-shape header (not the real implementation).
// Upstream: boostorg/cobalt, tag boost-1.88.0 (commit 61cf72a85be54ded1d81211baaf61dc52ec6bed2);
//           the same library ships as libs/cobalt in Boost >= 1.84.
// Needs Boost headers >= 1.78 (checked with 1.81: Asio, System, Variant2) for asio::any_io_executor,
// asio::cancellation_type, system::result, variant2::monostate.
// Mirrors:  include/boost/cobalt/config.hpp (default configuration: executor =
//           boost::asio::any_io_executor, pmr = std::pmr)
#ifndef BOOST_COBALT_CONFIG_HPP
#define BOOST_COBALT_CONFIG_HPP

#include <boost/asio/any_io_executor.hpp>
#include <memory_resource>

namespace boost::cobalt
{

using executor = boost::asio::any_io_executor;

namespace pmr = std::pmr;

}

#endif //BOOST_COBALT_CONFIG_HPP
