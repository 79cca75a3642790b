// Upstream: NVIDIA/stdexec, tag nvhpc-26.05 (commit 6d7ad689f4d4831c5136e4abe1c601f9a3b64e43)
// Mirrors:  include/exec/when_any.hpp
//
// exec::when_any(sndrs...) completes with the first child to complete and requests
// stop of the others (a race). The object is experimental::execution::__when_any::when_any,
// brought into experimental::execution by `using __when_any::when_any;`.
// Shape: the senders must send the same values; the result is that value list.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include "../stdexec/execution.hpp"

namespace experimental::execution {
namespace __when_any {
struct __when_any_t {
    template <stdexec::sender _First, stdexec::sender... _Rest>
    constexpr auto operator()(_First&&, _Rest&&...) const {
        return stdexec::__shape_sender<stdexec::__shape::values_of<_First>>{};
    }
};

inline constexpr __when_any_t when_any{};
}  // namespace __when_any

using __when_any::when_any;
}  // namespace experimental::execution

namespace exec = experimental::execution;
