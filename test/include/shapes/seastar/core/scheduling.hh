// Upstream: scylladb/seastar, master at commit 525fcc86ecd275b1c89a1c3f359693704c953a98
//           (2026-08-04; seastar-25.05.0-1175-g525fcc86e; newest tag seastar-25.05.0 = 8df8212e)
// Mirrors:  include/seastar/core/scheduling.hh (the future<T = void> forward declaration,
//           scheduling_group, current_scheduling_group)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

namespace seastar {

template <typename T = void>
class future;

class scheduling_group {
    unsigned _id;

public:
    constexpr scheduling_group() noexcept : _id(0) {}
    bool operator==(const scheduling_group& x) const noexcept { return _id == x._id; }
};

inline scheduling_group current_scheduling_group() noexcept { return scheduling_group(); }

}  // namespace seastar
