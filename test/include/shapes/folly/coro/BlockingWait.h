// Upstream: facebook/folly, tag v2024.07.08.00
//   (commit b0d11fa422d9715fbd2936932a0ad61e10efcaf3)
// Mirrors:  folly/coro/BlockingWait.h (blocking_wait_fn, blocking_wait,
//           blockingWait)
// API shape for tests: declarations match upstream; bodies are not the real implementation (the shape runs the awaitable inline on the calling thread).
//
// NOTE: as upstream, blockingWait is NOT a function: it is a reference to the
// constexpr function object `blocking_wait`, so `blockingWait(t)` is a call to
// blocking_wait_fn::operator() (CXXOperatorCallExpr in the AST).
// Not mirrored: the (SemiAwaitable, DrivableExecutor*) overload.
#pragma once

#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include <folly/Unit.h>
#include <folly/coro/Task.h>

namespace folly {
namespace coro {
namespace detail {

// Shape-only driver coroutine: starts eagerly, awaits the operand.
template <typename T>
class BlockingWaitTask {
 public:
  class promise_type {
   public:
    BlockingWaitTask get_return_object() noexcept {
      return BlockingWaitTask{
          std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() noexcept {
      exception_ = std::current_exception();
    }
    template <typename U>
    void return_value(U&& value) {
      result_.emplace(static_cast<U&&>(value));
    }
    template <typename U>
    auto await_transform(Task<U>&& task) noexcept {
      return TaskAccess::makeAwaiter(std::move(task));
    }
    template <typename Awaitable>
    Awaitable&& await_transform(Awaitable&& awaitable) noexcept {
      return static_cast<Awaitable&&>(awaitable);
    }

   private:
    friend class BlockingWaitTask;
    std::optional<lift_lvalue_reference_t<T>> result_;
    std::exception_ptr exception_;
  };

  BlockingWaitTask(BlockingWaitTask&& other) noexcept
      : coro_(std::exchange(other.coro_, {})) {}
  BlockingWaitTask(const BlockingWaitTask&) = delete;
  ~BlockingWaitTask() {
    if (coro_) {
      coro_.destroy();
    }
  }

  T get() {
    if (!coro_.done()) {
      std::terminate(); // shapes never block
    }
    auto& promise = coro_.promise();
    if (promise.exception_) {
      std::rethrow_exception(promise.exception_);
    }
    if constexpr (std::is_lvalue_reference_v<T>) {
      return promise.result_->get();
    } else {
      return std::move(*promise.result_);
    }
  }

 private:
  explicit BlockingWaitTask(std::coroutine_handle<promise_type> coro) noexcept
      : coro_(coro) {}

  std::coroutine_handle<promise_type> coro_;
};

template <typename Result, typename SemiAwaitable>
BlockingWaitTask<lift_unit_t<Result>> makeBlockingWaitTask(
    SemiAwaitable awaitable) {
  if constexpr (std::is_void_v<Result>) {
    co_await std::move(awaitable);
    co_return Unit{};
  } else {
    co_return co_await std::move(awaitable);
  }
}

} // namespace detail

/// blockingWait(SemiAwaitable&&) -> T
///
/// Blocks the calling thread until the awaitable completes.
struct blocking_wait_fn {
  template <typename SemiAwaitable>
  auto operator()(SemiAwaitable&& awaitable) const
      -> detail::decay_rvalue_reference_t<semi_await_result_t<SemiAwaitable>> {
    using Result =
        detail::decay_rvalue_reference_t<semi_await_result_t<SemiAwaitable>>;
    auto task = detail::makeBlockingWaitTask<Result, std::remove_cvref_t<SemiAwaitable>>(
        static_cast<SemiAwaitable&&>(awaitable));
    if constexpr (std::is_void_v<Result>) {
      (void)task.get();
    } else {
      return task.get();
    }
  }
};
inline constexpr blocking_wait_fn blocking_wait{};
static constexpr blocking_wait_fn const& blockingWait =
    blocking_wait; // backcompat

} // namespace coro
} // namespace folly
