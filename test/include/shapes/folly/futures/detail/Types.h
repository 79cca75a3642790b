// Upstream: facebook/folly, tag v2024.07.08.00
//   (commit b0d11fa422d9715fbd2936932a0ad61e10efcaf3)
// Mirrors:  folly/futures/detail/Types.h
// API shape for tests: declarations match upstream; bodies are not the real implementation.
//
// NOTE: upstream defines HighResDuration as std::chrono::microseconds (not
// nanoseconds) at this tag and still at upstream HEAD.
#pragma once

#include <chrono>

namespace folly {

using Duration = std::chrono::milliseconds;
using HighResDuration = std::chrono::microseconds;

} // namespace folly
