// Upstream: facebookexperimental/libunifex, main at commit c6e5af988fd2b7c63fea1745b09c4cab04cc59be
//           (2026-05-07; v0.4.0-178-gc6e5af9; last tag v0.4.0 = 17fecea7, 2023-10-20)
// Mirrors:  include/unifex/v1/async_manual_reset_event.hpp
//
// `co_await evt.async_wait();` suspends until evt.set(); ready()/reset() are plain calls.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once

#include <atomic>

#include "../sender_concepts.hpp"

namespace unifex {
inline namespace v1 {
struct _sender_amre {
    template <template <typename...> class Variant, template <typename...> class Tuple>
    using value_types = Variant<Tuple<>>;
    template <template <typename...> class Variant>
    using error_types = Variant<>;
    static constexpr bool sends_done = true;
};

struct async_manual_reset_event {
    async_manual_reset_event() noexcept : async_manual_reset_event(false) {}
    explicit async_manual_reset_event(bool startSignalled) noexcept : ready_(startSignalled) {}
    void set() noexcept { ready_ = true; }
    bool ready() const noexcept { return ready_; }
    void reset() noexcept { ready_ = false; }
    [[nodiscard]] _sender_amre async_wait() noexcept { return {}; }

private:
    std::atomic<bool> ready_{};
};
}  // namespace v1
}  // namespace unifex
