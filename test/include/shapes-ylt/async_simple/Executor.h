// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858),
//           bundled copy of async_simple (API identical to alibaba/async_simple tag 1.4;
//           only FutureAwaiter.h message text and MoveWrapper [[deprecated]] differ)
// Mirrors:  include/ylt/thirdparty/async_simple/Executor.h
//
// `co_await async_simple::CurrentExecutor{}` (namespace async_simple, not
// async_simple::coro) yields the Lazy's Executor* (see Lazy.h await_transform).
// `co_await ex->after(dur)` resumes the coroutine on `ex` after `dur`.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <chrono>
#include <coroutine>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <utility>

#include "async_simple/Signal.h"

namespace async_simple {

// Awaitable to get the current executor.
//      auto current_executor = co_await CurrentExecutor{};
struct CurrentExecutor {};

class IOExecutor;

class Executor {
public:
    using Context = void*;
    static constexpr Context NULLCTX = nullptr;
    using Duration = std::chrono::duration<int64_t, std::micro>;
    using Func = std::function<void()>;
    class TimeAwaitable;
    class TimeAwaiter;

    Executor(std::string name = "default") : _name(std::move(name)) {}
    virtual ~Executor() {}
    Executor(const Executor&) = delete;
    Executor& operator=(const Executor&) = delete;

    virtual bool schedule(Func func) = 0;

    enum class Priority { HIGHEST = 0x0, DEFAULT = 0x7, YIELD = 0x8, LOWEST = 0xF };

    virtual bool schedule(Func func, uint64_t /*schedule_info*/) {
        return schedule(std::move(func));
    }
    virtual bool currentThreadInExecutor() const {
        throw std::logic_error("Not implemented");
    }
    virtual size_t currentContextId() const { return 0; }
    virtual Context checkout() { return NULLCTX; }
    virtual bool checkin(Func func, Context /*ctx*/) { return schedule(std::move(func)); }
    const std::string& name() const { return _name; }

    // Use co_await executor.after(sometime)
    // to schedule current execution after some time.
    TimeAwaitable after(Duration dur);
    TimeAwaitable after(Duration dur, uint64_t schedule_info, Slot* slot = nullptr);

private:
    std::string _name;
};

// Awaiter to implement Executor::after.
class Executor::TimeAwaiter {
public:
    TimeAwaiter(Executor* ex, Executor::Duration dur, uint64_t schedule_info, Slot* slot)
        : _ex(ex), _dur(dur), _schedule_info(schedule_info), _slot(slot) {}
    bool await_ready() const noexcept { return true; }  // shape: the timer fires at once
    template <typename PromiseType>
    void await_suspend(std::coroutine_handle<PromiseType>) {}
    void await_resume() {}

private:
    Executor* _ex;
    Executor::Duration _dur;
    uint64_t _schedule_info;
    Slot* _slot;
};

// Awaitable to implement Executor::after.
class Executor::TimeAwaitable {
public:
    TimeAwaitable(Executor* ex, Executor::Duration dur, uint64_t schedule_info, Slot* slot)
        : _ex(ex), _dur(dur), _schedule_info(schedule_info), _slot(slot) {}
    auto coAwait(Executor*) { return Executor::TimeAwaiter(_ex, _dur, _schedule_info, _slot); }

private:
    Executor* _ex;
    Executor::Duration _dur;
    uint64_t _schedule_info;
    Slot* _slot;
};

inline Executor::TimeAwaitable Executor::after(Executor::Duration dur) {
    return Executor::TimeAwaitable(this, dur, static_cast<uint64_t>(Priority::DEFAULT), nullptr);
}
inline Executor::TimeAwaitable Executor::after(Executor::Duration dur, uint64_t schedule_info,
                                               Slot* slot) {
    return Executor::TimeAwaitable(this, dur, schedule_info, slot);
}

}  // namespace async_simple
