// Upstream: facebookexperimental/libunifex, main at commit c6e5af988fd2b7c63fea1745b09c4cab04cc59be
//           (2026-05-07; v0.4.0-178-gc6e5af9; last tag v0.4.0 = 17fecea7, 2023-10-20)
// Mirrors:  include/unifex/just.hpp
#pragma once

#include <type_traits>

#include "sender_concepts.hpp"

namespace unifex {
inline const struct just_fn {
    template <typename... Values>
    constexpr auto operator()(Values&&...) const {
        return _shape::sender_of<std::decay_t<Values>...>{};
    }
} just{};
}  // namespace unifex
