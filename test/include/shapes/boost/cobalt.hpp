// API-shape header (not the real implementation).
// Upstream: boostorg/cobalt, tag boost-1.88.0 (commit 61cf72a85be54ded1d81211baaf61dc52ec6bed2);
//           the same library ships as libs/cobalt in Boost >= 1.84.
// Needs Boost headers >= 1.78 (checked with 1.81: Asio, System, Variant2) for asio::any_io_executor,
// asio::cancellation_type, system::result, variant2::monostate.
// Mirrors:  include/boost/cobalt.hpp (umbrella; main.hpp, with.hpp, async_for.hpp, generator
//           Push, experimental/ are not modelled; io/ is post-1.88 and must be included
//           explicitly as <boost/cobalt/io/sleep.hpp>)
#ifndef BOOST_COBALT_HPP
#define BOOST_COBALT_HPP

#include <boost/cobalt/channel.hpp>
#include <boost/cobalt/concepts.hpp>
#include <boost/cobalt/config.hpp>
#include <boost/cobalt/detached.hpp>
#include <boost/cobalt/gather.hpp>
#include <boost/cobalt/generator.hpp>
#include <boost/cobalt/join.hpp>
#include <boost/cobalt/op.hpp>
#include <boost/cobalt/promise.hpp>
#include <boost/cobalt/race.hpp>
#include <boost/cobalt/run.hpp>
#include <boost/cobalt/spawn.hpp>
#include <boost/cobalt/task.hpp>
#include <boost/cobalt/this_coro.hpp>
#include <boost/cobalt/this_thread.hpp>
#include <boost/cobalt/thread.hpp>
#include <boost/cobalt/wait_group.hpp>

#endif //BOOST_COBALT_HPP
