// Upstream: scylladb/seastar, master at commit 525fcc86ecd275b1c89a1c3f359693704c953a98
//           (2026-08-04; seastar-25.05.0-1175-g525fcc86e; newest tag seastar-25.05.0 = 8df8212e)
// Mirrors:  include/seastar/coroutine/switch_to.hh
//
// `auto prev = co_await seastar::coroutine::switch_to(sg);` reschedules the coroutine in
// scheduling group sg (if different) and returns the previous group.
// Upstream switch_to derives from seastar::task (omitted).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <coroutine>
#include <utility>

#include <seastar/core/coroutine.hh>
#include <seastar/core/scheduling.hh>

namespace seastar::coroutine {

struct [[nodiscard("must co_await a switch_to object")]] switch_to final {
    scheduling_group _prev_sg;
    scheduling_group _switch_to_sg;

public:
    explicit switch_to(scheduling_group new_sg) noexcept
        : _prev_sg(current_scheduling_group()), _switch_to_sg(std::move(new_sg)) {}
    switch_to(const switch_to&) = delete;
    switch_to(switch_to&&) = delete;

    bool await_ready() const noexcept { return current_scheduling_group() == _switch_to_sg; }
    template <typename T>
    void await_suspend(std::coroutine_handle<T> hndl) noexcept {
        hndl.resume();
    }
    scheduling_group await_resume() { return _prev_sg; }
};

}  // namespace seastar::coroutine
