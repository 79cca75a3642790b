// Upstream: scylladb/seastar, master at commit 525fcc86ecd275b1c89a1c3f359693704c953a98
//           (2026-08-04; seastar-25.05.0-1175-g525fcc86e; newest tag seastar-25.05.0 = 8df8212e)
// Mirrors:  include/seastar/core/gate.hh
//
// gate::enter()/leave() are plain calls; `co_await g.close()` waits for all holders.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <cstddef>

#include <seastar/core/future.hh>

namespace seastar {

class gate {
    std::size_t _count = 0;

public:
    gate() = default;
    void enter() { ++_count; }
    void leave() noexcept { --_count; }
    future<> close() noexcept { return make_ready_future<>(); }
    std::size_t get_count() const noexcept { return _count; }
};

}  // namespace seastar
