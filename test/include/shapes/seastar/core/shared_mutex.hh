// Upstream: scylladb/seastar, master at commit 525fcc86ecd275b1c89a1c3f359693704c953a98
//           (2026-08-04; seastar-25.05.0-1175-g525fcc86e; newest tag seastar-25.05.0 = 8df8212e)
// Mirrors:  include/seastar/core/shared_mutex.hh
//
// `co_await m.lock()` / `co_await m.lock_shared()` (future<>); unlock()/unlock_shared() are
// plain calls; with_lock(m, func) / with_shared(m, func).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <type_traits>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar {

class shared_mutex {
    unsigned _readers = 0;
    bool _writer = false;

public:
    shared_mutex() = default;
    shared_mutex(shared_mutex&&) = default;
    future<> lock_shared() noexcept {
        ++_readers;
        return make_ready_future<>();
    }
    bool try_lock_shared() noexcept {
        ++_readers;
        return true;
    }
    void unlock_shared() noexcept { --_readers; }
    future<> lock() noexcept {
        _writer = true;
        return make_ready_future<>();
    }
    bool try_lock() noexcept { return !std::exchange(_writer, true); }
    void unlock() noexcept { _writer = false; }
};

template <typename Lock, typename Func>
inline futurize_t<std::invoke_result_t<Func>> with_lock(Lock& lock, Func&& func) {
    return lock.lock().then([&lock, func = std::forward<Func>(func)]() mutable {
        auto f = futurize_invoke(func);
        lock.unlock();
        return f;
    });
}

template <typename Func>
inline futurize_t<std::invoke_result_t<Func>> with_shared(shared_mutex& sm, Func&& func) noexcept {
    return sm.lock_shared().then([&sm, func = std::forward<Func>(func)]() mutable {
        auto f = futurize_invoke(func);
        sm.unlock_shared();
        return f;
    });
}

}  // namespace seastar
