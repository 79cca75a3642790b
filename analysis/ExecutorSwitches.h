//===--- ExecutorSwitches.h - Code that runs after a move to another executor //
//
// `co_await asio::post(asio::bind_executor(pool, use_awaitable));` moves the
// rest of the coroutine to `pool`; so do a scheduler's `co_await
// pool.schedule()` and `co_await resume_on(ex)` (the catalog's
// executor_switches). A blocking call after such a switch runs on the
// executor it named, which may be a pool meant for blocking work; which
// one it is cannot be told from the code, so async-blocking-call-in-coroutine
// reports nothing there. A switch that names no executor of its own
// (`co_await asio::post(use_awaitable)`, a reschedule on the current
// executor) stays home, and so does one whose bare completion token brings
// the coroutine back (`co_await asio::post(pool, use_awaitable)`). A token
// bound to another executor moves only its own continuation: the next
// await resumes the coroutine at home again (in a loop, the awaits of
// earlier iterations count).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_EXECUTORSWITCHES_H
#define ASYNC_TIDY_ANALYSIS_EXECUTORSWITCHES_H

#include "ApiIndex.h"
#include "BodyWalker.h"

#include "llvm/ADT/StringSet.h"

namespace async_tidy {

class ExecutorSwitches {
public:
  ExecutorSwitches(const ApiIndex &Index, const Catalog &Cat);

  /// The awaited switch to another executor that runs before the call at
  /// `Site` on every path to it, or null.
  const clang::Stmt *switchBefore(const CallSite &Site) const;

private:
  enum class Move {
    Stays,          ///< No switch, or one that names no other executor.
    UntilNextAwait, ///< A completion token bound to another executor.
    ForGood,        ///< `pool.schedule()`, `resume_on(ex)`.
  };
  /// How statement `S` moves the coroutine, if it awaits a switch.
  Move moveOf(const clang::Stmt *S) const;
  /// Whether `Arg` is a call given a completion token
  /// (`bind_executor(pool, use_awaitable)`).
  bool isBoundCompletionToken(const clang::Expr *Arg) const;
  /// Whether `Arg` is a framework's completion token (`use_awaitable`).
  bool isCompletionToken(const clang::Expr *Arg) const;
  /// Whether `Arg` awaits the coroutine's own executor
  /// (`co_await this_coro::executor`).
  bool isCurrentExecutorQuery(const clang::Expr *Arg) const;

  const ApiIndex &Index;
  llvm::StringSet<> Switches, CompletionTokens, Queries;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_EXECUTORSWITCHES_H
