// Upstream: facebookexperimental/libunifex, main at commit c6e5af988fd2b7c63fea1745b09c4cab04cc59be
//           (2026-05-07; v0.4.0-178-gc6e5af9; last tag v0.4.0 = 17fecea7, 2023-10-20)
// Mirrors:  include/unifex/static_thread_pool.hpp (static_thread_pool = _static_thread_pool::context)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <cstdint>

#include "sender_concepts.hpp"

namespace unifex {
namespace _static_thread_pool {
class context {
public:
    class scheduler {
    public:
        auto schedule() const noexcept { return _shape::sender_of<>{}; }
        friend bool operator==(scheduler, scheduler) noexcept { return true; }
    };
    context() {}
    explicit context(std::uint32_t threadCount) { (void)threadCount; }
    scheduler get_scheduler() noexcept { return scheduler{}; }
};
}  // namespace _static_thread_pool

using static_thread_pool = _static_thread_pool::context;
}  // namespace unifex
