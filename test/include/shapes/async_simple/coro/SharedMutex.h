// Upstream: alibaba/async_simple, tag 1.4 (commit 1a5579d2f2d63a54cd7e1882b310b6a38a670d4b)
// Mirrors:  async_simple/coro/SharedMutex.h
//
// Every lock AND unlock operation returns a Lazy and must be co_awaited:
// coLock(), unlock(), coLockShared(), unlockShared(). tryLock()/tryLockShared()
// are plain calls. SharedMutex = SharedMutexBase<SpinLock>.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <climits>
#include <utility>

#include "async_simple/coro/ConditionVariable.h"
#include "async_simple/coro/Lazy.h"
#include "async_simple/coro/SpinLock.h"

namespace async_simple::coro {

template <typename Lock>
class SharedMutexBase {
    Lock mut_;
    ConditionVariable<Lock> gate1_;
    ConditionVariable<Lock> gate2_;
    unsigned state_;

    static constexpr unsigned write_entered_flag = 1U << (sizeof(unsigned) * CHAR_BIT - 1);
    static constexpr unsigned max_readers = ~write_entered_flag;

public:
    template <typename... Args>
    SharedMutexBase(Args&&... args) : mut_(std::forward<Args>(args)...), state_(0) {}
    ~SharedMutexBase() {}
    SharedMutexBase(const SharedMutexBase&) = delete;
    SharedMutexBase& operator=(const SharedMutexBase&) = delete;

    async_simple::coro::Lazy<> coLock() noexcept {
        state_ |= write_entered_flag;
        co_return;
    }
    bool tryLock() noexcept {
        if (state_ != 0) return false;
        state_ = write_entered_flag;
        return true;
    }
    async_simple::coro::Lazy<void> unlock() noexcept {
        state_ = 0;
        co_return;
    }
    async_simple::coro::Lazy<void> coLockShared() {
        ++state_;
        co_return;
    }
    bool tryLockShared() {
        ++state_;
        return true;
    }
    async_simple::coro::Lazy<void> unlockShared() {
        --state_;
        co_return;
    }
};

struct SharedMutex : public SharedMutexBase<SpinLock> {
    SharedMutex(int count = 128) : SharedMutexBase<SpinLock>(count) {}
};

}  // namespace async_simple::coro
