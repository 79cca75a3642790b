// Upstream: NVIDIA/stdexec, tag nvhpc-26.05 (commit 6d7ad689f4d4831c5136e4abe1c601f9a3b64e43)
// Mirrors:  include/exec/reschedule.hpp
//
// exec::reschedule() is a sender-adaptor closure (continues_on the receiver's current
// scheduler); in a task, `co_await exec::reschedule();` yields to the scheduler.
// Shape: reschedule() returns a sender of no values.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include "../stdexec/execution.hpp"

namespace experimental::execution {
namespace __resched {
struct reschedule_t {
    template <stdexec::sender _Sender>
    constexpr auto operator()(_Sender&&) const {
        return stdexec::__shape_sender<stdexec::__shape::values_of<_Sender>>{};
    }
    constexpr auto operator()() const { return stdexec::__shape_sender<stdexec::__shape::values<>>{}; }
};
}  // namespace __resched

inline constexpr auto reschedule = __resched::reschedule_t{};
}  // namespace experimental::execution

namespace exec = experimental::execution;
