// Upstream: libcpr/cpr, tag 1.10.5
//   (commit 3b15fa82ea74739b574d705fea44959b58142eb8)
// Mirrors:  include/cpr/async.h (cpr::async function template; the thread pool is
//           replaced by std::async(std::launch::deferred))
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#ifndef CPR_ASYNC_H
#define CPR_ASYNC_H

#include "cpr/async_wrapper.h"

#include <future>
#include <utility>

namespace cpr {

/// Return a wrapper for a future; calling get() waits until the task is done.
template <class Fn, class... Args>
auto async(Fn&& fn, Args&&... args) {
    return AsyncWrapper{std::async(std::launch::deferred, std::forward<Fn>(fn), std::forward<Args>(args)...)};
}

} // namespace cpr

#endif
