// Upstream: NVIDIA/stdexec, tag nvhpc-26.05 (commit 6d7ad689f4d4831c5136e4abe1c601f9a3b64e43)
// Mirrors:  include/exec/timed_scheduler.hpp
//
// exec::schedule_after(sched, duration) / exec::schedule_at(sched, time_point) need a
// *timed* scheduler (e.g. exec::timed_thread_context::get_scheduler()); the task's own
// scheduler is not one, so stdexec has no framework-wide sleep.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include "../stdexec/execution.hpp"

namespace experimental::execution {
namespace __schedule_after {
struct schedule_after_t {
    template <class _Scheduler, class _Duration>
        requires requires(_Scheduler&& s, const _Duration& d) { static_cast<_Scheduler&&>(s).schedule_after(d); }
    constexpr auto operator()(_Scheduler&& __sched, const _Duration& __duration) const {
        return static_cast<_Scheduler&&>(__sched).schedule_after(__duration);
    }
};
}  // namespace __schedule_after
using __schedule_after::schedule_after_t;
inline constexpr schedule_after_t schedule_after{};

namespace __schedule_at {
struct schedule_at_t {
    template <class _Scheduler, class _TimePoint>
        requires requires(_Scheduler&& s, const _TimePoint& t) { static_cast<_Scheduler&&>(s).schedule_at(t); }
    constexpr auto operator()(_Scheduler&& __sched, const _TimePoint& __tp) const {
        return static_cast<_Scheduler&&>(__sched).schedule_at(__tp);
    }
};
}  // namespace __schedule_at
using __schedule_at::schedule_at_t;
inline constexpr schedule_at_t schedule_at{};
}  // namespace experimental::execution

namespace exec = experimental::execution;
