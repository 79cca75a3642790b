// Upstream: facebook/folly, tag v2024.07.08.00
//   (commit b0d11fa422d9715fbd2936932a0ad61e10efcaf3)
// Mirrors:  folly/Function.h (Function<ReturnType(Args...)>)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
//
// Only the non-const, non-noexcept signature form `Function<R(A...)>` is
// mirrored (that is what folly::Func = Function<void()> needs). Upstream's
// small-buffer optimisation, const/noexcept signatures, coercions between
// signatures and constCastFunction are not.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace folly {

template <typename FunctionType>
class Function;

template <typename ReturnType, typename... Args>
class Function<ReturnType(Args...)> final {
  // Shape-only type erasure.
  struct Base {
    virtual ~Base() = default;
    virtual ReturnType call(Args... args) = 0;
  };
  template <typename Fun>
  struct Impl final : Base {
    explicit Impl(Fun&& f) : fun(static_cast<Fun&&>(f)) {}
    ReturnType call(Args... args) override {
      return static_cast<ReturnType>(
          std::invoke(fun, static_cast<Args&&>(args)...));
    }
    Fun fun;
  };

  std::unique_ptr<Base> impl_;

 public:
  constexpr Function() = default;

  Function(const Function&) = delete;

  Function(Function&& that) noexcept = default;

  /* implicit */ constexpr Function(std::nullptr_t) noexcept {}

  template <
      typename Fun,
      typename = std::enable_if_t<!std::is_same_v<std::decay_t<Fun>, Function>>,
      typename = std::enable_if_t<
          std::is_invocable_r_v<ReturnType, Fun&, Args...>>>
  /* implicit */ Function(Fun fun) {
    if constexpr (std::is_pointer_v<Fun> || std::is_member_pointer_v<Fun>) {
      if (fun == nullptr) {
        return; // an empty Function, as upstream
      }
    }
    impl_ = std::make_unique<Impl<Fun>>(static_cast<Fun&&>(fun));
  }

  ~Function() = default;

  Function& operator=(const Function&) = delete;

  Function& operator=(Function&& that) noexcept = default;

  template <typename Fun, typename = decltype(Function(std::declval<Fun>()))>
  Function& operator=(Fun fun) {
    return *this = Function(static_cast<Fun&&>(fun));
  }

  Function& operator=(std::nullptr_t) noexcept {
    impl_.reset();
    return *this;
  }

  /// Call the wrapped callable (upstream throws std::bad_function_call when
  /// empty).
  ReturnType operator()(Args... args) {
    if (!impl_) {
      throw std::bad_function_call();
    }
    return impl_->call(static_cast<Args&&>(args)...);
  }

  void swap(Function& that) noexcept { std::swap(impl_, that.impl_); }

  explicit operator bool() const noexcept { return impl_ != nullptr; }

  friend bool operator==(const Function& f, std::nullptr_t) noexcept {
    return !f;
  }
  friend bool operator!=(const Function& f, std::nullptr_t) noexcept {
    return !!f;
  }
};

} // namespace folly
