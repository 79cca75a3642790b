// Upstream: alibaba/yalantinglibs, tag 0.6.1 (commit 8c1f2ea927a5a879046067a686599f825a370858)
// Mirrors:  include/ylt/util/expected.hpp
//
// Under -std=c++20 ylt::expected is tl::expected (std::expected only when
// __cpp_lib_expected >= 202202L && __cplusplus > 202002L). The shape always uses tl.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include "tl/expected.hpp"

namespace ylt {
template <class T, class E>
using expected = tl::expected<T, E>;
template <class T>
using unexpected = tl::unexpected<T>;
using unexpect_t = tl::unexpect_t;
static constexpr unexpect_t unexpect;
}  // namespace ylt

// decrepeted, instead by ylt::expected
namespace coro_rpc {
template <class T, class E>
using expected = ylt::expected<T, E>;
template <class T>
using unexpected = ylt::unexpected<T>;
using unexpect_t = ylt::unexpect_t;
}  // namespace coro_rpc
