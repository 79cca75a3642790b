// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858)
// Mirrors:  include/ylt/coro_rpc/impl/expected.hpp
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <ylt/util/expected.hpp>

#include "errno.h"

namespace coro_rpc {
template <typename T>
using rpc_result = expected<T, coro_rpc::rpc_error>;
}  // namespace coro_rpc
