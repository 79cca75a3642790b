// Upstream: facebookexperimental/libunifex, main at commit c6e5af988fd2b7c63fea1745b09c4cab04cc59be
//           (2026-05-07; v0.4.0-178-gc6e5af9; last tag v0.4.0 = 17fecea7, 2023-10-20)
// Mirrors:  include/unifex/v1/async_mutex.hpp
//
// unifex::async_mutex is unifex::v1::async_mutex (inline namespace v1).
// `co_await m.async_lock();` ... m.unlock(); try_lock() never blocks.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <atomic>
#include <exception>

#include "../sender_concepts.hpp"

namespace unifex {
inline namespace v1 {
class async_mutex {
    class lock_sender;

public:
    async_mutex() noexcept {}
    async_mutex(const async_mutex&) = delete;
    async_mutex(async_mutex&&) = delete;
    ~async_mutex() {}
    async_mutex& operator=(const async_mutex&) = delete;
    async_mutex& operator=(async_mutex&&) = delete;

    [[nodiscard]] bool try_lock() noexcept { return !locked_.exchange(true); }
    [[nodiscard]] lock_sender async_lock() noexcept;
    void unlock() noexcept { locked_.store(false); }

private:
    class lock_sender {
    public:
        template <template <typename...> class Variant, template <typename...> class Tuple>
        using value_types = Variant<Tuple<>>;
        template <template <typename...> class Variant>
        using error_types = Variant<>;
        static constexpr bool sends_done = false;

        lock_sender(const lock_sender&) = delete;
        lock_sender(lock_sender&&) = default;

    private:
        friend async_mutex;
        explicit lock_sender(async_mutex& mutex) noexcept : mutex_(&mutex) {}
        async_mutex* mutex_;
    };

    std::atomic<bool> locked_{false};
};

inline async_mutex::lock_sender async_mutex::async_lock() noexcept { return lock_sender{*this}; }
}  // namespace v1
}  // namespace unifex
