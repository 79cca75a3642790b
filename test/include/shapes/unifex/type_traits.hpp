// Upstream: facebookexperimental/libunifex, main at commit c6e5af988fd2b7c63fea1745b09c4cab04cc59be
//           (2026-05-07; v0.4.0-178-gc6e5af9; last tag v0.4.0 = 17fecea7, 2023-10-20)
// Mirrors:  include/unifex/type_traits.hpp (unit, non_void_t)
#pragma once

#include <type_traits>

namespace unifex {
namespace _unit {
struct unit {};
}  // namespace _unit
using _unit::unit;

template <typename T>
using non_void_t = std::conditional_t<std::is_void_v<T>, unit, T>;
}  // namespace unifex
