// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858),
//           bundled copy of async_simple (API identical to alibaba/async_simple tag 1.4;
//           only FutureAwaiter.h message text and MoveWrapper [[deprecated]] differ)
// Mirrors:  include/ylt/thirdparty/async_simple/Signal.h (SignalType and the Slot/Signal names only)
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
