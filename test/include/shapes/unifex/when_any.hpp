// Upstream: facebookexperimental/libunifex, main at commit c6e5af988fd2b7c63fea1745b09c4cab04cc59be
//           (2026-05-07; v0.4.0-178-gc6e5af9; last tag v0.4.0 = 17fecea7, 2023-10-20)
// Mirrors:  include/unifex/when_any.hpp
//
// when_any(first, rest...) completes with the first child's result and stops the rest;
// all children must send compatible value types (a race).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <type_traits>

#include "sender_concepts.hpp"

namespace unifex {
namespace _when_any {
struct _fn {
    template <typename First, typename... Rest>
        requires unifex::sender<First> && (unifex::sender<Rest> && ...)
    auto operator()(First&&, Rest&&...) const {
        return typename sender_value_types_t<std::remove_cvref_t<First>, single_overload,
                                             _shape::to_sender>::type::type{};
    }
};
}  // namespace _when_any

inline constexpr _when_any::_fn when_any{};
}  // namespace unifex
