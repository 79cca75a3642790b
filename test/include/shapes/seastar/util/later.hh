// Upstream: scylladb/seastar, master at commit 525fcc86ecd275b1c89a1c3f359693704c953a98
//           (2026-08-04; seastar-25.05.0-1175-g525fcc86e; newest tag seastar-25.05.0 = 8df8212e)
// Mirrors:  include/seastar/util/later.hh
//
// seastar::yield() "Returns a future which is not ready but is scheduled to resolve
// soon"; seastar::maybe_yield() yields only if preempted (coroutines and threads have
// their own variants: coroutine::maybe_yield, thread::maybe_yield).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <seastar/core/future.hh>

namespace seastar {

/// Returns a ready future.
inline future<> now() { return make_ready_future<>(); }

inline future<> yield() noexcept { return make_ready_future<>(); }

inline future<> maybe_yield() noexcept { return make_ready_future<>(); }

inline future<> check_for_io_immediately() noexcept { return make_ready_future<>(); }

}  // namespace seastar
