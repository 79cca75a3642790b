// Upstream: hudson-trading/corral, master at commit 5d1153705395640c9f9f8c91e242c9932cd0bd0e
//           (2026-08-12; the repository has no tags)
// Mirrors:  corral/Event.h
//
// `co_await event;` (operator co_await) or `co_await event.get();` waits until
// event.trigger(); triggered() is a plain query.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include "concepts.h"
#include "defs.h"

namespace corral {

class Event {
public:
    class Awaiter {
    public:
        explicit Awaiter(Event& e) : event_(&e) {}
        explicit operator bool() { return event_->triggered(); }
        bool await_ready() const noexcept { return event_->triggered(); }
        void await_suspend(Handle) {}
        void await_resume() {}

    private:
        Event* event_;
    };

    using Awaitable = Awaiter;  // backwards compatibility

    /// Trigger the event, waking any tasks that are waiting for it to occur.
    void trigger() { triggered_ = true; }

    /// Returns true if the event has happened yet.
    bool triggered() const noexcept { return triggered_; }

    /// Returns an awaitable which becomes ready when the event is triggered.
    [[nodiscard]] corral::Awaitable<void> auto get() { return Awaiter(*this); }

    bool get() const noexcept { return triggered(); }

    corral::Awaiter<void> auto operator co_await() { return Awaiter(*this); }

private:
    bool triggered_ = false;
};

}  // namespace corral
