// Upstream: NVIDIA/stdexec, tag nvhpc-26.05 (commit 6d7ad689f4d4831c5136e4abe1c601f9a3b64e43)
// Mirrors:  include/exec/static_thread_pool.hpp (static_thread_pool, get_scheduler)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <cstdint>

#include "../stdexec/execution.hpp"

namespace experimental::execution {
namespace _pool_ {
class _static_thread_pool {
public:
    struct scheduler {
        stdexec::__shape_sender<stdexec::__shape::values<>> schedule() const noexcept { return {}; }
        friend bool operator==(const scheduler&, const scheduler&) noexcept = default;
    };
    auto get_scheduler() noexcept -> scheduler { return scheduler{}; }
};
}  // namespace _pool_

struct static_thread_pool : private _pool_::_static_thread_pool {
    static_thread_pool() = default;
    static_thread_pool(std::uint32_t thread_count) { (void)thread_count; }
    using _pool_::_static_thread_pool::scheduler;
    using _pool_::_static_thread_pool::get_scheduler;
};
}  // namespace experimental::execution

namespace exec = experimental::execution;
