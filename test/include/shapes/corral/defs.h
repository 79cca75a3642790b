// Upstream: hudson-trading/corral, master at commit 5d1153705395640c9f9f8c91e242c9932cd0bd0e
//           (2026-08-12; the repository has no tags)
// Mirrors:  corral/defs.h (Handle)
#pragma once

#include <coroutine>

namespace corral {
using Handle = std::coroutine_handle<void>;
}  // namespace corral
