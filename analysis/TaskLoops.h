//===--- TaskLoops.h - Tasks collected, then awaited one per iteration ---===//
//
// Collecting tasks in a vector and awaiting them afterwards is the batched
// form of a loop of requests only when the tasks run together:
//
//   std::vector<drogon::Task<long>> tasks;
//   for (const auto &key : keys)
//     tasks.push_back(redis.ttl(key));   // makes a task; nothing runs
//   for (auto &task : tasks)
//     results.push_back(co_await std::move(task));   // one request at a time
//
// A lazy task starts when it is awaited, so the second loop runs the
// requests one after another. These helpers find the two halves; whether
// the task type is lazy (AwaitableStart.h) and whether the calls are
// requests is the check's to decide.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_TASKLOOPS_H
#define ASYNC_TIDY_ANALYSIS_TASKLOOPS_H

#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/ArrayRef.h"
#include <vector>

namespace async_tidy {

/// The local container `Call`'s value is added to (`tasks.push_back(call)`,
/// `tasks.emplace_back(call)`), given the call's enclosing statements; null
/// when it is not added to one.
const clang::VarDecl *containerAddedTo(const clang::Expr *Call,
                                       llvm::ArrayRef<const clang::Stmt *> Ancestors);

/// A range-for over a container whose body awaits the element itself
/// (`co_await std::move(task)`, `co_await task`).
struct ElementAwaitLoop {
  const clang::CXXForRangeStmt *Loop = nullptr;
  const clang::CoawaitExpr *Await = nullptr;
};

/// The range-for loops of `Body` (not of its lambdas) over `Container` that
/// await their element.
std::vector<ElementAwaitLoop> loopsAwaitingEachElement(const clang::Stmt *Body,
                                                       const clang::VarDecl *Container);

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_TASKLOOPS_H
