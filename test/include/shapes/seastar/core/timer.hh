// Upstream: scylladb/seastar, master at commit 525fcc86ecd275b1c89a1c3f359693704c953a98
//           (2026-08-04; seastar-25.05.0-1175-g525fcc86e; newest tag seastar-25.05.0 = 8df8212e)
// Mirrors:  include/seastar/core/timer.hh (the timer<Clock> type names only)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <chrono>

namespace seastar {

using steady_clock_type = std::chrono::steady_clock;

template <typename Clock = steady_clock_type>
class timer {
public:
    using clock = Clock;
    using duration = typename Clock::duration;
    using time_point = typename Clock::time_point;
};

}  // namespace seastar
