// Upstream: hudson-trading/corral, master at commit 5d1153705395640c9f9f8c91e242c9932cd0bd0e
//           (2026-08-12; the repository has no tags)
// Mirrors:  corral/Nursery.h (BasicNursery, Nursery, openNursery, join/cancel tags)
//
// nursery.start(callable, args...) starts std::invoke(callable, args...) (an awaitable)
// in the nursery without waiting; the nursery block does not complete until all its
// tasks have. Upstream opens a nursery with the CORRAL_WITH_NURSERY(n) { ... } macro
// (a co_yield into the task promise; omitted here) or co_await corral::openNursery(ptr).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <functional>
#include <type_traits>
#include <utility>

#include "Task.h"
#include "concepts.h"

namespace corral {
namespace detail {
class TagCtor {};
struct JoinTag {
    explicit constexpr JoinTag(TagCtor) {}
};
struct CancelTag {
    explicit constexpr CancelTag(TagCtor) {}
};
struct DefaultErrorPolicy;
}  // namespace detail

template <class Ret = void>
class TaskStarted {};

static constexpr detail::JoinTag join{detail::TagCtor{}};
static constexpr detail::CancelTag cancel{detail::TagCtor{}};

template <class PolicyT>
class BasicNursery {
public:
    unsigned taskCount() const noexcept { return taskCount_; }

    template <class Callable, class... Args>
        requires(std::invocable<Callable, Args...> && Awaitable<std::invoke_result_t<Callable, Args...>>)
    void start(Callable c, Args... args) {
        ++taskCount_;
        (void)c;
        ((void)args, ...);
    }

    void cancel() {}

private:
    unsigned taskCount_ = 0;
};

using Nursery = BasicNursery<detail::DefaultErrorPolicy>;

namespace detail {
struct NurseryOpener {
    explicit constexpr NurseryOpener(TagCtor) {}

    template <class Policy>
    Task<void> operator()(BasicNursery<Policy>*& ptr, TaskStarted<> started = {}) const;
};

template <class Policy>
Task<void> NurseryOpener::operator()(BasicNursery<Policy>*& ptr, TaskStarted<> started) const {
    (void)ptr;
    (void)started;
    co_return;
}
}  // namespace detail

static constexpr detail::NurseryOpener openNursery(detail::TagCtor{});

}  // namespace corral
