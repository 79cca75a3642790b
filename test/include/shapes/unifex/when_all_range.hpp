// Upstream: facebookexperimental/libunifex, main at commit c6e5af988fd2b7c63fea1745b09c4cab04cc59be
//           (2026-05-07; v0.4.0-178-gc6e5af9; last tag v0.4.0 = 17fecea7, 2023-10-20)
// Mirrors:  include/unifex/when_all_range.hpp
//
// when_all_range(std::vector<Sender>) / when_all_range(first, last) sends
// std::vector<sender_single_value_result_t<Sender>> (void -> unifex::unit), unbounded.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <iterator>
#include <type_traits>
#include <vector>

#include "sender_concepts.hpp"

namespace unifex {
namespace _when_all_range {
namespace _cpo {
struct _fn {
    template <typename Sender>
        requires unifex::sender<Sender>
    auto operator()(std::vector<Sender> senders) const {
        (void)senders;
        return _shape::sender_of<std::vector<sender_single_value_result_t<std::remove_cvref_t<Sender>>>>{};
    }
    template <typename Iterator>
    auto operator()(Iterator first, Iterator last) const {
        using Sender = typename std::iterator_traits<Iterator>::value_type;
        return (*this)(std::vector<Sender>(first, last));
    }
};
}  // namespace _cpo
}  // namespace _when_all_range

inline constexpr _when_all_range::_cpo::_fn when_all_range{};
}  // namespace unifex
