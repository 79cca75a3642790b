// Upstream: scylladb/seastar, master at commit 525fcc86ecd275b1c89a1c3f359693704c953a98
//           (2026-08-04; seastar-25.05.0-1175-g525fcc86e; newest tag seastar-25.05.0 = 8df8212e)
// Mirrors:  include/seastar/coroutine/maybe_yield.hh
//
// `co_await seastar::coroutine::maybe_yield();` yields to the reactor only if the task
// quota is exhausted (need_preempt()).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <coroutine>

#include <seastar/core/coroutine.hh>

namespace seastar::coroutine {

namespace internal {
struct maybe_yield_awaiter final {
    bool await_ready() const { return !seastar::internal::need_preempt(); }
    template <typename T>
    void await_suspend(std::coroutine_handle<T> h) noexcept {
        h.resume();
    }
    void await_resume() {}
};
}  // namespace internal

class [[nodiscard("must co_await an maybe_yield() object")]] maybe_yield {
public:
    auto operator co_await() { return internal::maybe_yield_awaiter(); }
};

}  // namespace seastar::coroutine
