// Upstream: facebook/folly, tag v2024.07.08.00
//   (commit b0d11fa422d9715fbd2936932a0ad61e10efcaf3)
// Mirrors:  folly/coro/Invoke.h (co_invoke_fn, co_invoke)
// API shape for tests: declarations match upstream; bodies are not the real implementation.
//
// As upstream, this header only defines the CPO: the customization for Task
// (a hidden friend `tag_invoke(tag_t<co_invoke_fn>, tag_t<Task, F, A...>,
// F_ f, A_... a)`, a coroutine that holds the decay-copied callable and
// arguments in its frame) lives in folly/coro/Task.h. Upstream spells the
// result type folly::invoke_result_t (folly/functional/Invoke.h), which is
// std::invoke_result_t from C++17 on; the shape uses the std name.
#pragma once

#include <type_traits>

#include <folly/Traits.h>
#include <folly/lang/CustomizationPoint.h>

namespace folly {
namespace coro {

//  co_invoke
//
//  This utility callable is a safe way to instantiate a coroutine using a
//  coroutine callable. It guarantees that the callable and the arguments
//  outlive the coroutine which invocation returns. Otherwise, the callable
//  and the arguments are not safe to be used within the coroutine body.
//
//  For example, if the callable is a lambda with captures, the captures would
//  not otherwise be safe to use in the coroutine body without using co_invoke.
//
//  Models invoke for any callable which returns a coroutine type which declares
//  support for co_invoke, including:
//    * AsyncGenerator<...>
//    * Task<...>
//
//  Different from invoke in that the callable and all arguments are decay-
//  copied and it is the copies that are held for the lifetime of the coroutine
//  and used in the invocation.
//
//  Example:
//
//      auto task = co_invoke([name, dob]() -> Task<T> {
//        co_return co_await make<T>(name, dob);
//      });
struct co_invoke_fn {
  template <typename F, typename... A>
  constexpr auto operator()(F&& f, A&&... a) const
      noexcept(noexcept(tag_invoke(
          tag<co_invoke_fn>,
          tag<std::invoke_result_t<F, A...>, F, A...>,
          static_cast<F&&>(f),
          static_cast<A&&>(a)...)))
          -> decltype(tag_invoke(
              tag<co_invoke_fn>,
              tag<std::invoke_result_t<F, A...>, F, A...>,
              static_cast<F&&>(f),
              static_cast<A&&>(a)...)) {
    return tag_invoke(
        tag<co_invoke_fn>,
        tag<std::invoke_result_t<F, A...>, F, A...>,
        static_cast<F&&>(f),
        static_cast<A&&>(a)...);
  }
};
FOLLY_DEFINE_CPO(co_invoke_fn, co_invoke)

} // namespace coro
} // namespace folly
