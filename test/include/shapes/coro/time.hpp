// Upstream: jbaldwin/libcoro, tag v0.11.1
//   (commit c05d2079afd7e9dbdd4ace2c5ecc12d97e6f4e48)
// Mirrors:  include/coro/time.hpp
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <chrono>

namespace coro
{
using clock      = std::chrono::steady_clock;
using time_point = clock::time_point;
} // namespace coro
