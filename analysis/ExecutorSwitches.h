//===--- ExecutorSwitches.h - Code that runs after an offload -------------===//
//
// `co_await asio::post(asio::bind_executor(pool, asio::use_awaitable));`
// moves the coroutine's next continuation to `pool`; `co_await
// resume_on(background)` moves the rest of it. A blocking call after such a
// switch runs there. The check cannot tell a pool meant for blocking work
// from the coroutine's own executor by the switch alone (`co_await
// pool.schedule()` at the top of a libcoro coroutine is how it gets home,
// a strand of the io_context is home), so a switch counts only when the
// executor it names has a type the catalog lists as a pool for blocking
// work (offload_executor_types: asio's thread_pool, concurrencpp's
// background and thread executors).
//
// Two forms (catalog):
//   - executor_switches, `resume_on(ex)`: the argument (or the object of a
//     member call) is where the rest of the coroutine runs;
//   - token_executor_switches, asio's post/dispatch/defer: only a token
//     bound with an executor_binders call (`bind_executor(pool, token)`)
//     moves, and only that one continuation: the next await resumes the
//     coroutine at home (in a loop, the awaits of earlier iterations count).
//     Any other token (`use_awaitable`, `deferred`, `as_tuple(...)`)
//     resumes at home.
// The offload fix's guarded switch, `if (home) co_await dispatch(pool);`
// (an async_simple Lazy may have no executor), counts as a switch: a test,
// with no `else`, of a pointer holding what the coroutine awaited (the
// executor it noted). A Lazy with no executor has no executor thread to
// block, and the call runs on the thread that resumed it.
// A switch covers the statements after it in its block and the blocks it
// encloses; a switch in a branch covers nothing after the branch, and a
// case label or goto target may be reached without it.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_EXECUTORSWITCHES_H
#define ASYNC_TIDY_ANALYSIS_EXECUTORSWITCHES_H

#include "ApiIndex.h"
#include "BodyWalker.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"

namespace async_tidy {

class ExecutorSwitches {
public:
  /// `PoolExpression`: the expression the user named as the pool for
  /// blocking work (the OffloadExecutor option), or empty.
  ExecutorSwitches(const ApiIndex &Index, const Catalog &Cat, clang::ASTContext &Ctx,
                   std::string PoolExpression = "");

  /// Whether the call at `Site` runs, on every path to it, after an awaited
  /// switch to a pool for blocking work.
  bool runsOffloaded(const CallSite &Site) const;

  /// The coroutine lambdas the call at `Site` runs on a pool for blocking
  /// work: it is an offload idiom's spawner (`co_spawn(pool, [&]() ->
  /// awaitable<T> {...}, use_awaitable)`, the fix's own form) whose first
  /// argument is such a pool, by its type or as the user's pool expression.
  void collectOffloadedLambdas(const CallSite &Site,
                               llvm::SmallPtrSetImpl<const clang::FunctionDecl *> &Out) const;

private:
  enum class Move {
    Stays,          ///< No switch, or not to a pool for blocking work.
    UntilNextAwait, ///< A token bound to such a pool.
    ForGood,        ///< `resume_on(background)`.
    Home,           ///< A switch to any other executor: back home.
  };
  /// How statement `S` moves the coroutine, if it awaits a switch.
  Move moveOf(const clang::Stmt *S) const;
  /// The executor a `bind_executor(ex, token)` argument names, or null.
  const clang::Expr *boundExecutor(const clang::Expr *Arg) const;
  bool isOffloadExecutor(const clang::Expr *Executor) const;
  /// Whether `E` is written as the user's pool expression.
  bool isPoolExpression(const clang::Expr *E) const;

  const ApiIndex &Index;
  clang::ASTContext &Ctx;
  llvm::StringSet<> Switches, TokenSwitches, Binders, OffloadTypes, Spawners;
  std::string PoolExpression; ///< Without whitespace.
};

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_EXECUTORSWITCHES_H
