// Upstream: facebookexperimental/libunifex, main at commit c6e5af988fd2b7c63fea1745b09c4cab04cc59be
//           (2026-05-07; v0.4.0-178-gc6e5af9; last tag v0.4.0 = 17fecea7, 2023-10-20)
// Mirrors:  include/unifex/scheduler_concepts.hpp (schedule, schedule_after, get_scheduler,
//           current_scheduler)
//
// In a unifex::task, `co_await unifex::schedule(s)` moves the rest of the task onto
// scheduler `s` (task.hpp: "the implementation of the magic of co_await schedule(s)").
// `unifex::schedule_after(s, d)` needs a time scheduler (timed_single_thread_context);
// `schedule_after(d)` reads the scheduler from the receiver.
// unifex::schedule_after is `inline const struct _fn {...} schedule_after{}` (not constexpr).
#pragma once

#include <utility>

#include "sender_concepts.hpp"

namespace unifex {
namespace _schedule {
struct _fn {
    template <typename Scheduler>
        requires requires(Scheduler&& s) { static_cast<Scheduler&&>(s).schedule(); }
    constexpr auto operator()(Scheduler&& s) const {
        return static_cast<Scheduler&&>(s).schedule();
    }
    constexpr auto operator()() const noexcept { return _shape::sender_of<>{}; }
};
}  // namespace _schedule
inline constexpr _schedule::_fn schedule{};

namespace _schedule_after {
inline const struct _fn {
    template <typename TimeScheduler, typename Duration>
        requires requires(TimeScheduler&& s, Duration&& d) {
            static_cast<TimeScheduler&&>(s).schedule_after(static_cast<Duration&&>(d));
        }
    constexpr auto operator()(TimeScheduler&& s, Duration&& d) const {
        return static_cast<TimeScheduler&&>(s).schedule_after(static_cast<Duration&&>(d));
    }
    template <typename Duration>
    constexpr auto operator()(Duration) const {
        return _shape::sender_of<>{};
    }
} schedule_after{};
}  // namespace _schedule_after
using _schedule_after::schedule_after;

namespace _get_scheduler {
struct _fn {
    template <typename SchedulerProvider>
    constexpr auto operator()(const SchedulerProvider& context) const noexcept
        -> decltype(context.get_scheduler()) {
        return context.get_scheduler();
    }
};
}  // namespace _get_scheduler
inline constexpr _get_scheduler::_fn get_scheduler{};

namespace _current {
// `co_await unifex::current_scheduler()` gives the awaiting task's scheduler.
struct _scheduler {
    auto schedule() const noexcept { return unifex::schedule(); }
    friend constexpr bool operator==(_scheduler, _scheduler) noexcept { return true; }
    constexpr _scheduler operator()() const noexcept { return {}; }
};
}  // namespace _current
inline constexpr _current::_scheduler current_scheduler{};

}  // namespace unifex
