// Upstream: facebookexperimental/libunifex, main at commit c6e5af988fd2b7c63fea1745b09c4cab04cc59be
//           (2026-05-07; v0.4.0-178-gc6e5af9; last tag v0.4.0 = 17fecea7, 2023-10-20)
// Mirrors:  include/unifex/sync_wait.hpp
//
// sync_wait(sender) BLOCKS the calling thread; it returns
// std::optional<sender_single_value_result_t<Sender>> (void -> unifex::unit; empty when the
// sender completes with done) and rethrows errors. sync_wait_r<R>(sender) likewise.
// In a task the non-blocking form is `co_await sender` (which gives the value itself).
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <optional>
#include <type_traits>

#include "sender_concepts.hpp"

namespace unifex {
namespace _sync_wait_cpo {
class _fn {
public:
    template <typename Sender>
        requires unifex::sender<Sender>
    auto operator()(Sender&&) const -> std::optional<sender_single_value_result_t<std::remove_cvref_t<Sender>>> {
        return std::nullopt;
    }
};
}  // namespace _sync_wait_cpo

inline constexpr _sync_wait_cpo::_fn sync_wait{};

namespace _sync_wait_r_cpo {
template <typename Result>
struct _fn {
    template <typename Sender>
        requires unifex::sender<Sender>
    decltype(auto) operator()(Sender&&) const {
        return std::optional<non_void_t<std::decay_t<Result>>>{};
    }
};
}  // namespace _sync_wait_r_cpo

template <typename Result>
inline constexpr _sync_wait_r_cpo::_fn<Result> sync_wait_r{};
}  // namespace unifex
