// Upstream: scylladb/seastar, master at commit 525fcc86ecd275b1c89a1c3f359693704c953a98
//           (2026-08-04; seastar-25.05.0-1175-g525fcc86e; newest tag seastar-25.05.0 = 8df8212e)
// Mirrors:  include/seastar/core/sleep.hh
//
// seastar::sleep(dur) takes any std::chrono::duration<Rep, Period>; it is not abortable.
// sleep_abortable(dur[, abort_source&]) takes Clock::duration.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <chrono>

#include <seastar/core/future.hh>
#include <seastar/core/timer.hh>

namespace seastar {

class abort_source;

template <typename Clock = steady_clock_type, typename Rep, typename Period>
future<> sleep(std::chrono::duration<Rep, Period> dur) {
    (void)dur;
    return make_ready_future<>();
}

template <typename Clock = steady_clock_type>
future<> sleep_abortable(typename Clock::duration dur) {
    (void)dur;
    return make_ready_future<>();
}

template <typename Clock = steady_clock_type>
future<> sleep_abortable(typename Clock::duration dur, abort_source& as) {
    (void)dur;
    (void)as;
    return make_ready_future<>();
}

}  // namespace seastar
