// Upstream: facebook/folly, tag v2024.07.08.00
//   (commit b0d11fa422d9715fbd2936932a0ad61e10efcaf3)
// Mirrors:  folly/coro/Task.h (Task, TaskWithExecutor, Task::scheduleOn,
//           the Task customization of co_invoke,
//           detail::TaskPromise{Base,<T>,<void>}),
//           folly/coro/detail/Traits.h (lift_lvalue_reference,
//           decay_rvalue_reference), folly/coro/ViaIfAsync.h +
//           folly/coro/Traits.h (semi_await_result_t, await_result_t)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
//
// Upstream Task<T> is a *SemiAwaitable*: it has no operator co_await. It is
// awaited from inside another Task coroutine through
// TaskPromiseBase::await_transform (co_viaIfAsync upstream); the same is done
// here. No cancellation, co_error/co_result or AsyncStack support.
//
// Executors: Task<T>::scheduleOn(Executor::KeepAlive<>) && gives a
// TaskWithExecutor<T>, which (as upstream) has `operator co_await() &&` and so
// can be awaited anywhere; awaiting it yields T and rethrows the task's
// exception. Shape-only: the bound executor is recorded in the promise but
// the task is started inline (symmetric transfer) instead of through
// executor->add(), and the awaiter resumes inline when the task completes.
// A Task awaited inside a Task inherits the parent's executor (an alias
// keep-alive), as upstream's co_viaIfAsync does.
//
// co_withExecutor(KeepAlive, Task) does NOT exist at this tag (upstream added
// it in March 2025, first tagged in v2025.03.10.00), so it is not declared.
#pragma once

#include <coroutine>
#include <exception>
#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

#include <folly/Executor.h>
#include <folly/Traits.h>
#include <folly/Unit.h>
#include <folly/coro/Invoke.h>

namespace folly {
namespace coro {

template <typename T = void>
class Task;

template <typename T = void>
class TaskWithExecutor;

namespace detail {

template <typename T>
struct lift_lvalue_reference {
  using type = T;
};
template <typename T>
struct lift_lvalue_reference<T&> {
  using type = std::reference_wrapper<T>;
};
template <typename T>
using lift_lvalue_reference_t = typename lift_lvalue_reference<T>::type;

template <typename T>
struct decay_rvalue_reference {
  using type = T;
};
template <typename T>
struct decay_rvalue_reference<T&&> : std::remove_cvref<T> {};
template <typename T>
using decay_rvalue_reference_t = typename decay_rvalue_reference<T>::type;

// Shape-only: awaiter/result lookup. Only an rvalue Task is semi-awaitable
// (upstream: co_viaIfAsync(KeepAlive, Task&&)); other operands must be
// awaitables (member operator co_await or await_resume).
template <typename U>
U semiAwaitResultOf(Task<U>&&);
template <typename A>
auto semiAwaitResultOf(A&& a)
    -> decltype(static_cast<A&&>(a).operator co_await().await_resume());
template <typename A>
auto semiAwaitResultOf(A&& a) -> decltype(static_cast<A&&>(a).await_resume());

struct TaskAccess;
class TaskPromiseBase;
template <typename T>
class TaskPromise;

} // namespace detail

template <typename SemiAwaitable>
using semi_await_result_t =
    decltype(detail::semiAwaitResultOf(std::declval<SemiAwaitable>()));

template <typename Awaitable>
using await_result_t = semi_await_result_t<Awaitable>;

namespace detail {

struct TaskAccess {
  template <typename U>
  static auto makeAwaiter(Task<U>&& task) noexcept {
    return typename Task<U>::Awaiter{std::exchange(task.coro_, {})};
  }
};

class TaskPromiseBase {
  class FinalAwaiter {
   public:
    bool await_ready() noexcept { return false; }
    template <typename Promise>
    std::coroutine_handle<> await_suspend(
        std::coroutine_handle<Promise> coro) noexcept {
      TaskPromiseBase& promise = coro.promise();
      if (promise.continuation_) {
        return promise.continuation_;
      }
      return std::noop_coroutine();
    }
    void await_resume() noexcept {}
  };

 protected:
  TaskPromiseBase() noexcept = default;

 public:
  std::suspend_always initial_suspend() noexcept { return {}; }
  FinalAwaiter final_suspend() noexcept { return {}; }

  template <typename U>
  auto await_transform(Task<U>&& task) noexcept {
    // Child task inherits the awaiting task's executor (upstream:
    // co_viaIfAsync(executor_.get_alias(), task)).
    if (executor_) {
      task.coro_.promise().executor_ = executor_.get_alias();
    }
    return TaskAccess::makeAwaiter(std::move(task));
  }

  template <typename Awaitable>
  Awaitable&& await_transform(Awaitable&& awaitable) noexcept {
    return static_cast<Awaitable&&>(awaitable);
  }

  folly::Executor::KeepAlive<> getExecutor() const noexcept {
    return executor_;
  }

 private:
  template <typename>
  friend class folly::coro::TaskWithExecutor;

  template <typename>
  friend class folly::coro::Task;

  std::coroutine_handle<> continuation_;
  folly::Executor::KeepAlive<> executor_;
};

template <typename T>
class TaskPromise final : public TaskPromiseBase {
 public:
  static_assert(
      !std::is_rvalue_reference_v<T>,
      "Task<T&&> is not supported. "
      "Consider using Task<T> or Task<std::unique_ptr<T>> instead.");

  using StorageType = detail::lift_lvalue_reference_t<T>;

  TaskPromise() noexcept = default;

  Task<T> get_return_object() noexcept;

  void unhandled_exception() noexcept { exception_ = std::current_exception(); }

  template <typename U = T>
  void return_value(U&& value) {
    static_assert(
        std::is_convertible<U&&, StorageType>::value,
        "cannot convert return value to type T");
    result_.emplace(static_cast<U&&>(value));
  }

  T result() {
    if (exception_) {
      std::rethrow_exception(exception_);
    }
    if constexpr (std::is_lvalue_reference_v<T>) {
      return result_->get();
    } else {
      return std::move(*result_);
    }
  }

 private:
  std::optional<StorageType> result_;
  std::exception_ptr exception_;
};

template <>
class TaskPromise<void> final : public TaskPromiseBase {
 public:
  using StorageType = void;

  TaskPromise() noexcept = default;

  Task<void> get_return_object() noexcept;

  void unhandled_exception() noexcept { exception_ = std::current_exception(); }

  void return_void() noexcept {}

  void result() {
    if (exception_) {
      std::rethrow_exception(exception_);
    }
  }

 private:
  std::exception_ptr exception_;
};

} // namespace detail

/// Represents an allocated but not yet started coroutine that has already
/// been bound to an executor.
///
/// This task, when co_awaited, will launch the task on the bound executor
/// and will resume the awaiting coroutine on the bound executor when it
/// completes. (Shape-only: it runs inline, see the comment at the top.)
template <typename T>
class [[nodiscard]] TaskWithExecutor {
  using handle_t = std::coroutine_handle<detail::TaskPromise<T>>;
  using StorageType = typename detail::TaskPromise<T>::StorageType;

 public:
  ~TaskWithExecutor() {
    if (coro_) {
      coro_.destroy();
    }
  }

  TaskWithExecutor(TaskWithExecutor&& t) noexcept
      : coro_(std::exchange(t.coro_, {})) {}

  TaskWithExecutor& operator=(TaskWithExecutor t) noexcept {
    swap(t);
    return *this;
  }

  /// Returns the executor that the task is bound to
  folly::Executor* executor() const noexcept {
    return coro_.promise().executor_.get();
  }

  void swap(TaskWithExecutor& t) noexcept { std::swap(coro_, t.coro_); }

  class Awaiter {
   public:
    explicit Awaiter(handle_t coro) noexcept : coro_(coro) {}

    Awaiter(Awaiter&& other) noexcept : coro_(std::exchange(other.coro_, {})) {}

    ~Awaiter() {
      if (coro_) {
        coro_.destroy();
      }
    }

    bool await_ready() const { return false; }

    // Shape-only: upstream returns void and starts the task with
    // promise.executor_->add(...); the shape starts it inline.
    template <typename Promise>
    std::coroutine_handle<> await_suspend(
        std::coroutine_handle<Promise> continuation) noexcept {
      detail::TaskPromiseBase& promise = coro_.promise();
      promise.continuation_ = continuation;
      return coro_;
    }

    T await_resume() { return coro_.promise().result(); }

   private:
    handle_t coro_;
  };

  Awaiter operator co_await() && noexcept {
    return Awaiter{std::exchange(coro_, {})};
  }

  std::pair<Task<T>, Executor::KeepAlive<>> unwrap() && {
    auto executor = std::move(coro_.promise().executor_);
    Task<T> task{std::exchange(coro_, {})};
    return {std::move(task), std::move(executor)};
  }

 private:
  friend class Task<T>;

  explicit TaskWithExecutor(handle_t coro) noexcept : coro_(coro) {}

  handle_t coro_;
};

template <typename T>
class [[nodiscard]] Task {
 public:
  using promise_type = detail::TaskPromise<T>;
  using StorageType = typename promise_type::StorageType;

 private:
  class Awaiter;
  using handle_t = std::coroutine_handle<promise_type>;

 public:
  Task(const Task& t) = delete;

  Task(Task&& t) noexcept : coro_(std::exchange(t.coro_, {})) {}

  ~Task() {
    if (coro_) {
      coro_.destroy();
    }
  }

  Task& operator=(Task t) noexcept {
    swap(t);
    return *this;
  }

  void swap(Task& t) noexcept { std::swap(coro_, t.coro_); }

  /// Specify the executor that this task should execute on.
  /// @param executor An Executor::KeepAlive object, which can be implicity
  /// constructed from Executor
  /// @returns a new TaskWithExecutor object, which represents the existing Task
  /// bound to an executor
  [[nodiscard]] TaskWithExecutor<T> scheduleOn(
      Executor::KeepAlive<> executor) && noexcept {
    coro_.promise().executor_ = std::move(executor);
    return TaskWithExecutor<T>{std::exchange(coro_, {})};
  }

  // co_invoke customization (see folly/coro/Invoke.h): f and a are
  // decay-copied into this coroutine's frame, so they outlive the Task that
  // the callable returns. Upstream's body is
  //   co_yield co_result(co_await co_awaitTry(invoke(F&&(f), A&&(a)...)));
  template <typename F, typename... A, typename F_, typename... A_>
  friend Task tag_invoke(
      tag_t<co_invoke_fn>, tag_t<Task, F, A...>, F_ f, A_... a) {
    co_return co_await std::invoke(static_cast<F&&>(f), static_cast<A&&>(a)...);
  }

 private:
  friend class detail::TaskPromiseBase;
  friend class detail::TaskPromise<T>;
  friend class TaskWithExecutor<T>;
  friend struct detail::TaskAccess;

  class Awaiter {
   public:
    explicit Awaiter(handle_t coro) noexcept : coro_(coro) {}
    Awaiter(Awaiter&& other) noexcept : coro_(std::exchange(other.coro_, {})) {}
    Awaiter(const Awaiter&) = delete;
    ~Awaiter() {
      if (coro_) {
        coro_.destroy();
      }
    }

    bool await_ready() noexcept { return false; }

    template <typename Promise>
    std::coroutine_handle<> await_suspend(
        std::coroutine_handle<Promise> continuation) noexcept {
      detail::TaskPromiseBase& promise = coro_.promise();
      promise.continuation_ = continuation;
      return coro_;
    }

    T await_resume() { return coro_.promise().result(); }

   private:
    handle_t coro_;
  };

  Task(handle_t coro) noexcept : coro_(coro) {}

  handle_t coro_;
};

template <typename T>
Task<T> detail::TaskPromise<T>::get_return_object() noexcept {
  return Task<T>{std::coroutine_handle<TaskPromise<T>>::from_promise(*this)};
}

inline Task<void> detail::TaskPromise<void>::get_return_object() noexcept {
  return Task<void>{
      std::coroutine_handle<TaskPromise<void>>::from_promise(*this)};
}

} // namespace coro
} // namespace folly
