//===--- ConcurrencyRewriter.h - Independent awaits become one await ------===//
//
// Rewrites a group of independent awaits (AwaitDependencyAnalysis) into one
// await of the framework's "run these concurrently" idiom (catalog
// `concurrently`):
//
//   auto a = co_await f();           auto [a, b] = co_await (f() && g());
//   auto b = co_await g();      ->   (Boost.Asio awaitable operators)
//
//   auto [a, b] = co_await folly::coro::collectAll(f(), g());
//   auto [a, b] = co_await cppcoro::when_all(f(), g());
//   auto [a_result, b_result] = co_await coro::when_all(f(), g());
//   auto a = std::move(a_result.return_value()); ...          (libcoro)
//
// The combined await replaces the first member's statement; the other
// members' statements are removed; statements between them stay, after it,
// in their order. A member assigned to an existing object, or declaring a
// variable returned by name (a structured binding is not moved implicitly),
// binds a fresh name instead, and its statement stays in place moving the
// value on: `x = std::move(x_value);`, `auto x = std::move(x_value);`. It
// refuses whenever the new code would not declare exactly the same
// variables with exactly the same types: awaits used in larger expressions,
// `const`/reference/converting declarations, operands that are not prvalue
// calls of the framework's awaitable type, and Boost.Asio's flattening of a
// leading std::tuple operand.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_REWRITERS_CONCURRENCYREWRITER_H
#define ASYNC_TIDY_REWRITERS_CONCURRENCYREWRITER_H

#include "ApiIndex.h"
#include "AwaitDependency.h"
#include "Catalog.h"
#include "FixPlan.h"
#include "SourceEdits.h"

namespace async_tidy {

class ConcurrencyRewriter {
public:
  ConcurrencyRewriter(clang::ASTContext &Ctx, const NameResolver &Resolver)
      : Ctx(Ctx), Resolver(Resolver) {}

  /// An unsafe plan (the awaits then start together), or why there is
  /// none.
  FixPlan rewrite(const AwaitGroup &Group, const clang::FunctionDecl &Coroutine,
                  const FrameworkIdioms &Framework) const;

private:
  clang::ASTContext &Ctx;
  const NameResolver &Resolver;
  mutable GivenNames Given;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_REWRITERS_CONCURRENCYREWRITER_H
