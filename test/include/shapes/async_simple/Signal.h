// Upstream: alibaba/async_simple, tag 1.4 (commit 1a5579d2f2d63a54cd7e1882b310b6a38a670d4b)
// Mirrors:  async_simple/Signal.h (SignalType and the Slot/Signal names only)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <cstdint>

namespace async_simple {

enum SignalType : uint64_t {
    None = 0,
    Terminate = 1,
    All = UINT64_MAX,
};

class Signal;
class Slot;

}  // namespace async_simple
