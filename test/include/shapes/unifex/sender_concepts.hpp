// Upstream: facebookexperimental/libunifex, main at commit c6e5af988fd2b7c63fea1745b09c4cab04cc59be
//           (2026-05-07; v0.4.0-178-gc6e5af9; last tag v0.4.0 = 17fecea7, 2023-10-20)
// Mirrors:  include/unifex/sender_concepts.hpp (sender concept, sender_traits value_types,
//           single_value_type, sender_single_value_return_type_t, sender_single_value_result_t)
//
// A sender declares `template <template <class...> class Variant, template <class...> class Tuple>
// using value_types = Variant<Tuple<Vs...>...>`. Awaiting a sender in a unifex::task gives
// sender_single_value_return_type_t: void / V / std::tuple<Vs...> for 0 / 1 / 2+ values.
// SHAPE: only result types are computed; nothing is run (std::terminate() where a value
// would be needed). -fsyntax-only / clang-tidy use only.
#pragma once

#include <exception>
#include <functional>
#include <tuple>
#include <type_traits>

#include "type_traits.hpp"

namespace unifex {

template <typename... Overloads>
struct single_overload {};
template <typename Overload>
struct single_overload<Overload> {
    using type = Overload;
};
template <>
struct single_overload<> {
private:
    struct impl {
        using type = void;
    };

public:
    using type = impl;
};

template <typename... Types>
struct single_value_type {
    using type = std::tuple<Types...>;
};
template <typename T>
struct single_value_type<T> {
    using type = T;
};
template <>
struct single_value_type<> {
    using type = void;
};

template <typename Sender>
struct sender_traits {
    template <template <typename...> class Variant, template <typename...> class Tuple>
    using value_types = typename Sender::template value_types<Variant, Tuple>;
    static constexpr bool sends_done = Sender::sends_done;
};

template <typename Sender, template <typename...> class Variant, template <typename...> class Tuple>
using sender_value_types_t = typename sender_traits<Sender>::template value_types<Variant, Tuple>;

template <typename S>
concept sender = requires { typename std::remove_cvref_t<S>::template value_types<std::tuple, std::tuple>; };

template <typename Sender>
using sender_single_value_return_type_t =
    typename sender_value_types_t<Sender, single_overload, single_value_type>::type::type;

template <typename T>
using wrap_reference_t =
    std::conditional_t<std::is_reference_v<T>, std::reference_wrapper<std::remove_reference_t<T>>, T>;

template <typename Sender>
using sender_single_value_result_t =
    non_void_t<wrap_reference_t<std::decay_t<sender_single_value_return_type_t<Sender>>>>;

namespace _shape {
// A value-only sender used by the shapes' algorithms.
template <typename... Vs>
struct sender_of {
    template <template <typename...> class Variant, template <typename...> class Tuple>
    using value_types = Variant<Tuple<Vs...>>;
    template <template <typename...> class Variant>
    using error_types = Variant<std::exception_ptr>;
    static constexpr bool sends_done = true;
};
template <typename... Vs>
struct to_sender {
    using type = sender_of<Vs...>;
};
template <typename R>
[[noreturn]] inline R unreachable() {
    std::terminate();
}
}  // namespace _shape

}  // namespace unifex
