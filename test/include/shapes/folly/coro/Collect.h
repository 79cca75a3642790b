// Upstream: facebook/folly, tag v2024.07.08.00
//   (commit b0d11fa422d9715fbd2936932a0ad61e10efcaf3)
// Mirrors:  folly/coro/Collect.h (collectAll, collectAllRange,
//           collectAllWindowed, detail::collect_all_*_component_t,
//           detail::MoveRange)
// API shape for tests: declarations match upstream; bodies are not the real implementation (operands are awaited one after another, no cancellation).
//
// Result shapes (as upstream):
//   co_await collectAll(Task<A>, Task<void>, ...) -> std::tuple<A, Unit, ...>
//     (void -> folly::Unit; rvalue refs decayed; lvalue refs kept)
//   co_await collectAllRange(range of Task<T>)       -> std::vector<T>
//   co_await collectAllRange(range of Task<void>)    -> void
//   co_await collectAllWindowed(range, n)            -> same as collectAllRange
//   Task<T&> elements in ranges become std::reference_wrapper<T>.
// Not mirrored: collectAllTry*, collectAny*, makeUnordered*AsyncGenerator.
#pragma once

#include <cstddef>
#include <iterator>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <folly/Unit.h>
#include <folly/coro/Task.h>

namespace folly {
namespace coro {
namespace detail {

template <typename SemiAwaitable>
using collect_all_component_t =
    decay_rvalue_reference_t<lift_unit_t<semi_await_result_t<SemiAwaitable>>>;

template <typename SemiAwaitable>
using collect_all_range_component_t = decay_rvalue_reference_t<
    lift_lvalue_reference_t<lift_unit_t<semi_await_result_t<SemiAwaitable>>>>;

template <typename Range>
using range_iterator_t = decltype(std::begin(std::declval<Range&>()));

template <typename Iterator>
using iterator_reference_t = typename std::iterator_traits<Iterator>::reference;

template <typename Range>
using range_reference_t = iterator_reference_t<range_iterator_t<Range>>;

// A bare-bones std::range implementation that is similar to
// ranges::views::move
template <typename Container>
class MoveRange {
 public:
  explicit MoveRange(Container& container) : container_(container) {}

  auto begin() { return std::make_move_iterator(container_.begin()); }
  auto end() { return std::make_move_iterator(container_.end()); }

 private:
  Container& container_;
};

// Shape-only helpers.
template <typename SemiAwaitable>
Task<collect_all_component_t<SemiAwaitable>> collectOne(
    SemiAwaitable awaitable) {
  if constexpr (std::is_void_v<semi_await_result_t<SemiAwaitable>>) {
    co_await std::move(awaitable);
    co_return Unit{};
  } else {
    co_return co_await std::move(awaitable);
  }
}

template <typename... SemiAwaitables>
Task<std::tuple<collect_all_component_t<SemiAwaitables>...>> collectAllImpl(
    SemiAwaitables... awaitables) {
  co_return std::tuple<collect_all_component_t<SemiAwaitables>...>{
      co_await collectOne(std::move(awaitables))...};
}

} // namespace detail

// collectAll(SemiAwaitable<Ts>...) -> SemiAwaitable<std::tuple<Ts...>>
template <typename... SemiAwaitables>
auto collectAll(SemiAwaitables&&... awaitables)
    -> folly::coro::Task<std::tuple<
        detail::collect_all_component_t<std::remove_cvref_t<SemiAwaitables>>...>> {
  return detail::collectAllImpl<std::remove_cvref_t<SemiAwaitables>...>(
      static_cast<SemiAwaitables&&>(awaitables)...);
}

// collectAllRange(RangeOf<SemiAwaitable<T>>&&)
//   -> SemiAwaitable<std::vector<T>>
template <
    typename InputRange,
    std::enable_if_t<
        !std::is_void_v<
            semi_await_result_t<detail::range_reference_t<InputRange>>>,
        int> = 0>
auto collectAllRange(InputRange awaitables)
    -> folly::coro::Task<std::vector<detail::collect_all_range_component_t<
        detail::range_reference_t<InputRange>>>> {
  std::vector<detail::collect_all_range_component_t<
      detail::range_reference_t<InputRange>>>
      results;
  for (auto&& awaitable : awaitables) {
    results.emplace_back(co_await static_cast<decltype(awaitable)>(awaitable));
  }
  co_return results;
}

template <
    typename InputRange,
    std::enable_if_t<
        std::is_void_v<
            semi_await_result_t<detail::range_reference_t<InputRange>>>,
        int> = 0>
auto collectAllRange(InputRange awaitables) -> folly::coro::Task<void> {
  for (auto&& awaitable : awaitables) {
    co_await static_cast<decltype(awaitable)>(awaitable);
  }
}

// Overload for the common case of an rvalue std::vector<SemiAwaitable>.
template <typename SemiAwaitable>
auto collectAllRange(std::vector<SemiAwaitable> awaitables)
    -> decltype(collectAllRange(detail::MoveRange(awaitables))) {
  co_return co_await collectAllRange(detail::MoveRange(awaitables));
}

// collectAllWindowed(RangeOf<SemiAwaitable<T>>&&, size_t maxConcurrency)
//   -> SemiAwaitable<std::vector<T>>
// collectAllWindowed(RangeOf<SemiAwaitable<void>>&&, size_t maxConcurrency)
//   -> SemiAwaitable<void>
template <
    typename InputRange,
    std::enable_if_t<
        std::is_void_v<
            semi_await_result_t<detail::range_reference_t<InputRange>>>,
        int> = 0>
auto collectAllWindowed(InputRange awaitables, std::size_t maxConcurrency)
    -> folly::coro::Task<void> {
  (void)maxConcurrency;
  co_await collectAllRange(std::move(awaitables));
}

template <
    typename InputRange,
    std::enable_if_t<
        !std::is_void_v<
            semi_await_result_t<detail::range_reference_t<InputRange>>>,
        int> = 0>
auto collectAllWindowed(InputRange awaitables, std::size_t maxConcurrency)
    -> folly::coro::Task<std::vector<detail::collect_all_range_component_t<
        detail::range_reference_t<InputRange>>>> {
  (void)maxConcurrency;
  co_return co_await collectAllRange(std::move(awaitables));
}

template <typename SemiAwaitable>
auto collectAllWindowed(
    std::vector<SemiAwaitable> awaitables, std::size_t maxConcurrency)
    -> decltype(collectAllWindowed(
        detail::MoveRange(awaitables), maxConcurrency)) {
  co_return co_await collectAllWindowed(
      detail::MoveRange(awaitables), maxConcurrency);
}

} // namespace coro
} // namespace folly
