//===--- SchedulingAwaiters.h - Awaiters that only move or delay ---------===//
//
// Projects write their own awaiters for what their framework lacks:
//
//   struct Sleep {
//     trantor::EventLoop *loop; double seconds;
//     bool await_ready() const noexcept { return false; }
//     void await_suspend(std::coroutine_handle<> h) {
//       loop->runAfter(seconds, [h] { h.resume(); });
//     }
//     void await_resume() const noexcept {}
//   };
//
// Awaiting one does no operation: it hands the coroutine to an executor,
// now (a switch to a strand or loop) or after a delay (a sleep). So it
// orders what follows, like the catalog's own switches and timers, and it
// paces a loop. An awaiter type is one when its `await_suspend` is defined
// in the project (library awaiters are the catalog's business), hands its
// coroutine on through one of the catalog's `resume_schedulers`, and makes
// no catalogued request, its lambdas included.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_SCHEDULINGAWAITERS_H
#define ASYNC_TIDY_ANALYSIS_SCHEDULINGAWAITERS_H

#include "clang/AST/Type.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class CXXRecordDecl;
} // namespace clang

namespace async_tidy {

class ApiIndex;

class SchedulingAwaiters {
public:
  SchedulingAwaiters(clang::ASTContext &Ctx, const ApiIndex &Index,
                     const std::vector<std::string> &ResumeSchedulers);

  /// Whether awaiting an object of type `T` only hands the coroutine to an
  /// executor or a timer.
  bool onlySchedules(clang::QualType T) const;

private:
  bool classify(const clang::CXXRecordDecl &Awaiter) const;

  clang::ASTContext &Ctx;
  const ApiIndex &Index;
  llvm::StringSet<> Schedulers;
  mutable llvm::DenseMap<const clang::CXXRecordDecl *, bool> Known;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_SCHEDULINGAWAITERS_H
