// Upstream: facebookexperimental/libunifex, main at commit c6e5af988fd2b7c63fea1745b09c4cab04cc59be
//           (2026-05-07; v0.4.0-178-gc6e5af9; last tag v0.4.0 = 17fecea7, 2023-10-20)
// Mirrors:  include/unifex/timed_single_thread_context.hpp
//
// Its scheduler has schedule_after(duration) / schedule_at(time_point): the way to sleep
// in unifex is `co_await unifex::schedule_after(ctx.get_scheduler(), 10ms);`.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <chrono>

#include "sender_concepts.hpp"

namespace unifex {
class timed_single_thread_context;

namespace _timed_single_thread_context {
using clock_t = std::chrono::steady_clock;
using time_point = typename clock_t::time_point;

class scheduler {
    friend timed_single_thread_context;
    explicit scheduler(timed_single_thread_context& context) noexcept : context_(&context) {}
    friend bool operator==(scheduler a, scheduler b) noexcept { return a.context_ == b.context_; }
    timed_single_thread_context* context_;

public:
    template <typename Rep, typename Ratio>
    auto schedule_after(std::chrono::duration<Rep, Ratio>) const noexcept {
        return _shape::sender_of<>{};
    }
    auto schedule_at(time_point) const noexcept { return _shape::sender_of<>{}; }
    auto schedule() const noexcept { return _shape::sender_of<>{}; }
};
}  // namespace _timed_single_thread_context

class timed_single_thread_context {
    using scheduler = _timed_single_thread_context::scheduler;

public:
    timed_single_thread_context() {}
    scheduler get_scheduler() noexcept { return scheduler{*this}; }
};
}  // namespace unifex
