// The project's pool for blocking work (offload-option.cpp).
#pragma once
#include <boost/asio/thread_pool.hpp>

namespace app {
boost::asio::thread_pool &blocking_pool();
} // namespace app
