//===--- IterationLoops.h - Which loop repeats a call, and how often ------===//
//
// async-per-iteration-io asks of a call inside a coroutine: which loop runs
// it once per iteration (the innermost one whose body holds it; a lambda
// given to std::for_each or std::transform is such a body), what that loop
// iterates over (for messages), and whether the loop is one the check leaves
// alone: an event loop (it awaits its own input: an accept, the next message
// of a stream, a channel receive), a pull loop (it stops when an awaited
// result says so), a retry loop (it waits on a timer and leaves on success),
// or a loop with a small constant trip count.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_ITERATIONLOOPS_H
#define ASYNC_TIDY_ANALYSIS_ITERATIONLOOPS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <optional>
#include <string>

namespace async_tidy {

/// A loop that runs a call once per iteration.
struct IterationLoop {
  /// The for / range-for / while / do statement, or the call of
  /// std::for_each (or transform) whose lambda holds the call.
  const clang::Stmt *Loop = nullptr;
  /// The statements run per iteration: the loop body, or the lambda's body.
  const clang::Stmt *Body = nullptr;
  /// The range-for or for_each element variable, or a for loop's counter.
  const clang::VarDecl *Element = nullptr;
};

/// The innermost loop that runs `Call` once per iteration, from the call's
/// enclosing statements (outermost first). `IsLoopAlgorithm` says whether a
/// function runs its lambda argument once per element (std::for_each).
std::optional<IterationLoop>
innermostIterationLoop(llvm::ArrayRef<const clang::Stmt *> Ancestors, const clang::Stmt *Call,
                       llvm::function_ref<bool(const clang::FunctionDecl *)> IsLoopAlgorithm);

/// What the loop iterates over, as written: the range (`ids`,
/// `req.items()`), a for_each's first argument's container, or a counter
/// (`i`); "" for while and do loops.
std::string iterationSubject(const IterationLoop &Loop, const clang::ASTContext &Ctx);

/// The number of iterations when it is a constant: `for (int i = 0; i < 3;
/// ++i)`, a range-for over an array, std::array or braced list.
std::optional<uint64_t> constantTripCount(const IterationLoop &Loop, clang::ASTContext &Ctx);

/// The calls a loop's body (and condition) makes itself, outside nested
/// loops and lambdas, for the event-loop and retry-loop tests; also whether
/// the body can leave the loop (`break`, `return`, `co_return`, `throw` at
/// its own level).
struct LoopOwnCalls {
  llvm::SmallVector<const clang::CallExpr *, 8> Awaited; ///< Operands of co_await.
  llvm::SmallVector<const clang::CallExpr *, 8> All;
  bool CanExit = false;
  /// Whether the loop's condition, or a condition guarding one of its exits,
  /// reads a variable that an await in the body initialised or assigned:
  /// the loop pulls results until one says stop (a cursor, a download in
  /// chunks), so the awaited request is the loop's input.
  bool ExitDependsOnAwaitedResult = false;
};
LoopOwnCalls ownCallsOf(const IterationLoop &Loop);

/// Whether every path from `Call` leaves the loop before its next
/// iteration: the call is in a `return`/`co_return`, or a statement after
/// it at some level of the body always leaves (`break`, `return`,
/// `co_return`, `throw`, a call that does not return) and no `continue` or
/// `goto` comes first. Such a call runs at most once per run of the loop
/// (found the item, sent the request, done). `Ancestors` are the call's
/// enclosing statements, outermost first.
bool leavesLoopAfter(const IterationLoop &Loop, llvm::ArrayRef<const clang::Stmt *> Ancestors,
                     const clang::Stmt *Call);

/// Variables declared before the loop that its body sets from what it
/// awaited (`url = response.location`, `messages.push_back(reply)`): a
/// request that reads one needs the previous iteration's answer (following
/// redirects, an agent's turns, a pagination cursor), so it cannot be
/// batched. Also the variables the body computes, through its own
/// variables and awaits, from one of those that an iteration reads before
/// it sets it (`resp = co_await get(url); next = parse(resp.header); co_await
/// allowed(next); url = next;`): the next hop's check waits for this hop's
/// answer. A variable each iteration sets before reading it (`resp =
/// co_await get(item);`) starts nothing of the kind.
llvm::SmallPtrSet<const clang::VarDecl *, 4> loopCarriedVariables(const IterationLoop &Loop);

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_ITERATIONLOOPS_H
