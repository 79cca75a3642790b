// Upstream: scylladb/seastar, master at commit 525fcc86ecd275b1c89a1c3f359693704c953a98
//           (2026-08-04; seastar-25.05.0-1175-g525fcc86e; newest tag seastar-25.05.0 = 8df8212e)
// Mirrors:  include/seastar/core/condition-variable.hh
//
// `co_await cv.wait()` / `co_await cv.wait(pred)` (future<>) or the coroutine-only
// `co_await cv.when()` / `when(pred)` / `when(timeout...)`; cv.signal() / cv.broadcast().
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <chrono>
#include <coroutine>
#include <type_traits>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar {

class condition_variable {
public:
    struct awaiter {
        bool await_ready() const noexcept { return true; }
        void await_suspend(std::coroutine_handle<>) noexcept {}
        void await_resume() {}
    };

    condition_variable() noexcept = default;
    condition_variable(condition_variable&& rhs) noexcept = default;

    future<> wait() noexcept { return make_ready_future<>(); }
    template <typename Clock, typename Duration>
    future<> wait(std::chrono::time_point<Clock, Duration> timeout) noexcept {
        (void)timeout;
        return make_ready_future<>();
    }
    template <typename Rep, typename Period>
    future<> wait(std::chrono::duration<Rep, Period> timeout) noexcept {
        (void)timeout;
        return make_ready_future<>();
    }
    template <typename Pred>
        requires std::is_invocable_r_v<bool, Pred>
    future<> wait(Pred&& pred) noexcept {
        (void)pred;
        return make_ready_future<>();
    }

    awaiter when() noexcept { return awaiter{}; }
    template <typename Rep, typename Period>
    auto when(std::chrono::duration<Rep, Period> timeout) noexcept {
        (void)timeout;
        return awaiter{};
    }
    template <typename Pred>
        requires std::is_invocable_r_v<bool, Pred>
    auto when(Pred&& pred) noexcept {
        (void)pred;
        return awaiter{};
    }

    void signal() noexcept {}
    void broadcast() noexcept {}
    void broken() noexcept {}
};

}  // namespace seastar
