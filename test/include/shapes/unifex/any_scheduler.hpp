// Upstream: facebookexperimental/libunifex, main at commit c6e5af988fd2b7c63fea1745b09c4cab04cc59be
//           (2026-05-07; v0.4.0-178-gc6e5af9; last tag v0.4.0 = 17fecea7, 2023-10-20)
// Mirrors:  include/unifex/any_scheduler.hpp (any_scheduler = _any_sched::any_scheduler<>)
// A type-erased scheduler: it has schedule() but no schedule_after().
#pragma once

#include "sender_concepts.hpp"

namespace unifex {
namespace _any_sched {
template <typename... CPOs>
struct any_scheduler {
    auto schedule() const noexcept { return _shape::sender_of<>{}; }
    friend bool operator==(const any_scheduler&, const any_scheduler&) noexcept { return true; }
};
}  // namespace _any_sched
using any_scheduler = _any_sched::any_scheduler<>;
}  // namespace unifex
