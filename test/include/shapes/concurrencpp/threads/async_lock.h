// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/threads/async_lock.h
// co_await lock.lock(resume_executor) -> scoped_async_lock (lazy_result<scoped_async_lock>);
// co_await lock.try_lock() -> bool; lock.unlock(). scoped_async_lock: RAII owner with
// lock(resume_executor) -> lazy_result<void>, try_lock(), unlock(), owns_lock(), release(), mutex().
// Shape: never contended.
#ifndef CONCURRENCPP_ASYNC_LOCK_H
#define CONCURRENCPP_ASYNC_LOCK_H

#include "concurrencpp/executors/executor.h"
#include "concurrencpp/results/lazy_result.h"
#include "concurrencpp/results/promises.h"
#include "concurrencpp/results/resume_on.h"

#include <memory>
#include <mutex>
#include <stdexcept>
#include <utility>

namespace concurrencpp {
    class scoped_async_lock;

    class async_lock {
        friend class scoped_async_lock;

        bool m_locked = false;

        lazy_result<scoped_async_lock> lock_impl(std::shared_ptr<executor> resume_executor, bool with_raii_guard);

       public:
        ~async_lock() noexcept = default;

        lazy_result<scoped_async_lock> lock(std::shared_ptr<executor> resume_executor);
        lazy_result<bool> try_lock();
        void unlock() { m_locked = false; }
    };

    class scoped_async_lock {
        async_lock* m_lock = nullptr;
        bool m_owns = false;

       public:
        scoped_async_lock() noexcept = default;
        scoped_async_lock(scoped_async_lock&& rhs) noexcept : m_lock(std::exchange(rhs.m_lock, nullptr)), m_owns(std::exchange(rhs.m_owns, false)) {}

        scoped_async_lock(async_lock& lock, std::defer_lock_t) noexcept : m_lock(&lock) {}
        scoped_async_lock(async_lock& lock, std::adopt_lock_t) noexcept : m_lock(&lock), m_owns(true) {}

        ~scoped_async_lock() noexcept { if (m_owns && m_lock) m_lock->unlock(); }

        lazy_result<void> lock(std::shared_ptr<executor> resume_executor);
        lazy_result<bool> try_lock();
        void unlock() { if (m_lock) m_lock->unlock(); m_owns = false; }

        bool owns_lock() const noexcept { return m_owns; }
        explicit operator bool() const noexcept { return owns_lock(); }

        void swap(scoped_async_lock& rhs) noexcept { std::swap(m_lock, rhs.m_lock); std::swap(m_owns, rhs.m_owns); }
        async_lock* release() noexcept { m_owns = false; return std::exchange(m_lock, nullptr); }
        async_lock* mutex() const noexcept { return m_lock; }
    };

    inline lazy_result<scoped_async_lock> async_lock::lock_impl(std::shared_ptr<executor> resume_executor, bool with_raii_guard) {
        (void)with_raii_guard;
        m_locked = true;
        co_await resume_on(resume_executor);
        co_return scoped_async_lock(*this, std::adopt_lock);
    }

    inline lazy_result<scoped_async_lock> async_lock::lock(std::shared_ptr<executor> resume_executor) {
        if (!static_cast<bool>(resume_executor)) {
            throw std::invalid_argument("concurrencpp::async_lock::lock() - given resume executor is null.");
        }
        return lock_impl(std::move(resume_executor), true);
    }

    inline lazy_result<bool> async_lock::try_lock() {
        if (m_locked) co_return false;
        m_locked = true;
        co_return true;
    }

    inline lazy_result<void> scoped_async_lock::lock(std::shared_ptr<executor> resume_executor) {
        auto guard = co_await m_lock->lock(std::move(resume_executor));
        guard.release();
        m_owns = true;
    }

    inline lazy_result<bool> scoped_async_lock::try_lock() {
        m_owns = co_await m_lock->try_lock();
        co_return m_owns;
    }
}  // namespace concurrencpp

#endif
