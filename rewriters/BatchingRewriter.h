//===--- BatchingRewriter.h - A loop of awaits made one batched await -----===//
//
// The canonical N+1 loop awaits one call per element and appends its
// result:
//
//   for (const auto &id : ids)
//     rows.push_back(co_await load(id));
//
// becomes, in the framework's idiom (the catalog's `batch`):
//
//   std::vector<folly::coro::Task<Row>> rows_tasks;
//   for (const auto &id : ids)
//     rows_tasks.push_back(load(id));
//   for (auto &&rows_value : co_await folly::coro::collectAllWindowed(
//            std::move(rows_tasks), 8))
//     rows.push_back(std::move(rows_value));
//
// The results arrive in the elements' order. Boost.Asio gets
// make_parallel_group over co_spawn'ed deferred operations, and the
// exception of the first failed element (in order) is rethrown after all
// finish. Frameworks without a bounded form get the rewrite only when
// MaxConcurrency is 0 (unbounded, chosen by the user).
//
// Any other range-for (or index loop whose body only reads the index) whose body awaits the call
// once, on every path, and otherwise runs per-element statements (`auto x = co_await f(e); if (x)
// out.push_back(*x);`, `out[e] = co_await f(e);`, `total += co_await
// f(e);`) keeps its body: the tasks are made and awaited before it, and the
// await becomes the element's result, read in order. With Asio, an
// element's failure is rethrown before the statement that awaited it, after
// the earlier elements' bodies ran.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_REWRITERS_BATCHINGREWRITER_H
#define ASYNC_TIDY_REWRITERS_BATCHINGREWRITER_H

#include "ApiIndex.h"
#include "BodyWalker.h"
#include "FixPlan.h"
#include "IterationLoops.h"
#include "SourceEdits.h"

namespace async_tidy {

class BatchingRewriter {
public:
  BatchingRewriter(clang::ASTContext &Ctx, const NameResolver &Names) : Ctx(Ctx), Names(Names) {}

  /// The unsafe rewrite of `Loop` around the awaited call at `Site`;
  /// otherwise why not, or nothing to say when the loop is not of the
  /// canonical shape at all.
  FixPlan rewrite(const CallSite &Site, const IterationLoop &Loop,
                  const clang::FunctionDecl &Coroutine, const FrameworkIdioms *Framework,
                  unsigned MaxConcurrency) const;

private:
  /// `for (auto &x : xs)` or `for (std::size_t i = 0; i < n; ++i)`, as
  /// written (the range-for's element without its implicit initializer).
  std::optional<std::string> loopHeader(const clang::Stmt *Loop) const;
  /// The rewrite for a loop body that keeps its statements (a range-for,
  /// or a for loop over an index the body only reads).
  FixPlan rewritePerElement(const CallSite &Site, const IterationLoop &Loop,
                            const clang::FunctionDecl &Coroutine, const FrameworkIdioms *Framework,
                            unsigned MaxConcurrency) const;

  clang::ASTContext &Ctx;
  const NameResolver &Names;
  mutable GivenNames Given;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_REWRITERS_BATCHINGREWRITER_H
