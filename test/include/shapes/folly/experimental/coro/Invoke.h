// Upstream: facebook/folly, tag v2024.07.08.00
//   (commit b0d11fa422d9715fbd2936932a0ad61e10efcaf3)
// Mirrors:  folly/experimental/coro/Invoke.h, which at this tag is only a
//           forwarding include of folly/coro/Invoke.h (the coro library moved
//           out of experimental/ in v2024.07.08.00).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <folly/coro/Invoke.h>
