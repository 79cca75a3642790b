// Upstream: facebookexperimental/libunifex, main at commit c6e5af988fd2b7c63fea1745b09c4cab04cc59be
//           (2026-05-07; v0.4.0-178-gc6e5af9; last tag v0.4.0 = 17fecea7, 2023-10-20)
// Mirrors:  include/unifex/when_all.hpp
//
// when_all(senders...) sends one argument per child: std::variant<std::tuple<Vs...>...>
// of that child's value signatures (value_variant_for_sender, decayed). So in a task
//   co_await unifex::when_all(task<int>{}, task<void>{})
//     -> std::tuple<std::variant<std::tuple<int>>, std::variant<std::tuple<>>>
// and a child's value is std::get<0>(std::get<0>(std::get<I>(result))).
// With exactly one child the await gives that child's variant (single value).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <tuple>
#include <type_traits>
#include <variant>

#include "sender_concepts.hpp"

namespace unifex {
namespace _when_all {

template <typename... Values>
using decayed_value_tuple = std::tuple<std::decay_t<Values>...>;

template <typename Sender>
using value_variant_for_sender = sender_value_types_t<Sender, std::variant, decayed_value_tuple>;

namespace _cpo {
struct _fn {
    template <typename... Senders>
        requires(unifex::sender<Senders> && ...)
    auto operator()(Senders&&...) const {
        return _shape::sender_of<value_variant_for_sender<std::remove_cvref_t<Senders>>...>{};
    }
};
}  // namespace _cpo
}  // namespace _when_all

inline constexpr _when_all::_cpo::_fn when_all{};
}  // namespace unifex
