// API-shape header (not the real implementation).
// Upstream: David-Haim/concurrencpp, tag v.0.1.7 (commit 7a88f5401e15e1b64acae70077e40df1a5a9f6bf)
// Mirrors:  include/concurrencpp/task.h (concurrencpp::task: a move-only type-erased callable
//           that executors run; NOT a coroutine type)
#ifndef CONCURRENCPP_TASK_H
#define CONCURRENCPP_TASK_H

#include <memory>
#include <type_traits>
#include <utility>

namespace concurrencpp {
    class task {
        struct base {
            virtual ~base() = default;
            virtual void call() = 0;
        };
        template<class callable_type>
        struct impl final : base {
            callable_type callable;
            explicit impl(callable_type c) : callable(std::move(c)) {}
            void call() override { callable(); }
        };
        std::unique_ptr<base> m_impl;

       public:
        task() noexcept = default;
        task(task&& rhs) noexcept = default;

        template<class callable_type>
        task(callable_type&& callable) :
            m_impl(std::make_unique<impl<std::decay_t<callable_type>>>(std::forward<callable_type>(callable))) {}

        task& operator=(task&& rhs) noexcept = default;
        task(const task&) = delete;
        task& operator=(const task&) = delete;

        void operator()() {
            if (m_impl) {
                auto i = std::move(m_impl);
                i->call();
            }
        }

        void clear() noexcept { m_impl.reset(); }

        explicit operator bool() const noexcept { return static_cast<bool>(m_impl); }
    };
}  // namespace concurrencpp

#endif
