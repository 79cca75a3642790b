// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/timers/timer.h (subset: the concurrencpp::timer handle)
#ifndef CONCURRENCPP_TIMER_H
#define CONCURRENCPP_TIMER_H

#include "concurrencpp/forward_declarations.h"

#include <chrono>
#include <cstddef>
#include <memory>

namespace concurrencpp {
    class timer {
        std::shared_ptr<concurrencpp::executor> m_executor;
        std::chrono::milliseconds m_due_time {0};
        std::chrono::milliseconds m_frequency {0};
        bool m_cancelled = false;

       public:
        timer() noexcept = default;
        timer(std::shared_ptr<concurrencpp::executor> executor, std::chrono::milliseconds due_time, std::chrono::milliseconds frequency) noexcept :
            m_executor(std::move(executor)), m_due_time(due_time), m_frequency(frequency) {}
        ~timer() noexcept { cancel(); }

        timer(timer&& rhs) noexcept = default;
        timer& operator=(timer&& rhs) noexcept = default;
        timer(const timer&) = delete;
        timer& operator=(const timer&) = delete;

        void cancel() { m_cancelled = true; }

        std::chrono::milliseconds get_due_time() const { return m_due_time; }
        std::shared_ptr<executor> get_executor() const { return m_executor; }
        std::chrono::milliseconds get_frequency() const { return m_frequency; }
        void set_frequency(std::chrono::milliseconds new_frequency) { m_frequency = new_frequency; }

        explicit operator bool() const noexcept { return static_cast<bool>(m_executor) && !m_cancelled; }
    };
}  // namespace concurrencpp

#endif
