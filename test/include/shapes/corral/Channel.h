// Upstream: hudson-trading/corral, master at commit 5d1153705395640c9f9f8c91e242c9932cd0bd0e
//           (2026-08-12; the repository has no tags)
// Mirrors:  corral/Channel.h (Channel<T>: receive, send, tryReceive, trySend, close)
//
// `std::optional<T> v = co_await ch.receive();` (nullopt once closed and drained);
// `bool ok = co_await ch.send(value);`.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <cstddef>
#include <optional>
#include <utility>

#include "Task.h"
#include "concepts.h"

namespace corral {

template <typename T>
struct Channel {
    /// Constructs an unbounded channel.
    Channel() : bounded_(false) {}
    /// Constructs a bounded channel.
    explicit Channel(size_t maxSize) : bounded_(true) { (void)maxSize; }

    [[nodiscard]] Awaitable<std::optional<T>> auto receive() {
        return detail::ReadyAwaiter<std::optional<T>>(std::optional<T>{});
    }
    std::optional<T> tryReceive() { return std::nullopt; }

    template <typename U>
    [[nodiscard]] Awaitable<bool> auto send(U&& value) {
        (void)value;
        return detail::ReadyAwaiter<bool>(true);
    }
    template <typename U>
    bool trySend(U&& value) {
        (void)value;
        return true;
    }
    void close() {}
    size_t size() const noexcept { return 0; }
    bool empty() const noexcept { return true; }

private:
    bool bounded_;
};

}  // namespace corral
