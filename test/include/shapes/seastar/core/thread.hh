// Upstream: scylladb/seastar, master at commit 525fcc86ecd275b1c89a1c3f359693704c953a98
//           (2026-08-04; seastar-25.05.0-1175-g525fcc86e; newest tag seastar-25.05.0 = 8df8212e)
// Mirrors:  include/seastar/core/thread.hh (seastar::async, thread_attributes)
//
// seastar::async(func, args...) runs func in a seastar::thread (its own stack), where
// future::get() may block the thread (not the reactor); it returns
// futurize_t<std::invoke_result_t<Func, Args...>>.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <type_traits>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar {

class thread_attributes {};

template <typename Func, typename... Args>
inline futurize_t<std::invoke_result_t<Func, Args...>> async(thread_attributes attr, Func&& func,
                                                             Args&&... args) noexcept {
    (void)attr;
    return futurize_invoke(std::forward<Func>(func), std::forward<Args>(args)...);
}

template <typename Func, typename... Args>
inline futurize_t<std::invoke_result_t<Func, Args...>> async(Func&& func, Args&&... args) noexcept {
    return async(thread_attributes{}, std::forward<Func>(func), std::forward<Args>(args)...);
}

}  // namespace seastar
