// Upstream: NVIDIA/stdexec, tag nvhpc-26.05 (commit 6d7ad689f4d4831c5136e4abe1c601f9a3b64e43)
// Mirrors:  include/exec/timed_thread_scheduler.hpp (timed_thread_context, timed_thread_scheduler)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <chrono>

#include "../stdexec/execution.hpp"
#include "timed_scheduler.hpp"

namespace experimental::execution {
class timed_thread_scheduler {
public:
    using time_point = std::chrono::steady_clock::time_point;
    using duration = std::chrono::steady_clock::duration;
    stdexec::__shape_sender<stdexec::__shape::values<>> schedule() const noexcept { return {}; }
    stdexec::__shape_sender<stdexec::__shape::values<>> schedule_after(duration) const noexcept { return {}; }
    stdexec::__shape_sender<stdexec::__shape::values<>> schedule_at(time_point) const noexcept { return {}; }
    time_point now() const noexcept { return std::chrono::steady_clock::now(); }
    friend bool operator==(const timed_thread_scheduler&, const timed_thread_scheduler&) noexcept = default;
};

class timed_thread_context {
public:
    timed_thread_context() noexcept {}
    constexpr auto get_scheduler() noexcept -> timed_thread_scheduler { return {}; }
};
}  // namespace experimental::execution

namespace exec = experimental::execution;
