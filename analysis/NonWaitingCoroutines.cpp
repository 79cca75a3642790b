//===--- NonWaitingCoroutines.cpp - Awaited coroutines that never wait ----===//
//
// Awaiting a coroutine of the project whose body waits for nothing (it
// computes a value, reads a cache, takes an async lock around memory)
// runs its body to the end before the caller goes on: there is no wait to
// overlap, so running it concurrently with a request shortens nothing.
// Such an await is no operation of a serial run.
//
// "Waits" is decided from the body this translation unit has: every
// co_await in it must be a query, a lock of the catalog's `lock_functions`
// (it waits for other coroutines of the program around memory, not for
// I/O), or an await of another project coroutine that never waits, a few
// calls deep. A timer, an executor switch, any other awaitable, a
// co_yield, a virtual call or a body the unit does not have all mean
// "may wait", which keeps the await an operation as before.
//
//===----------------------------------------------------------------------===//

#include "AccessPaths.h"
#include "AwaitDependency.h"
#include "FrameworkDetector.h"
#include "QualifiedNames.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace async_tidy {

namespace {

/// How deep the search follows awaits of project coroutines.
constexpr unsigned MaxNonWaitingDepth = 3;

/// Finds an await in a coroutine body that may wait: the first one the
/// analysis cannot show to be a query, a lock or a non-waiting coroutine.
class WaitFinder : public RecursiveASTVisitor<WaitFinder> {
public:
  WaitFinder(llvm::function_ref<bool(const CoawaitExpr &)> AwaitNeverWaits)
      : AwaitNeverWaits(AwaitNeverWaits) {}

  bool MayWait = false;

  // A lambda's body is a function of its own, run when it is called.
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }

  bool VisitCoawaitExpr(CoawaitExpr *Await) {
    MayWait = !AwaitNeverWaits(*Await);
    return !MayWait;
  }
  bool VisitDependentCoawaitExpr(DependentCoawaitExpr *) { return stop(); }
  bool VisitCoyieldExpr(CoyieldExpr *) { return stop(); }

private:
  bool stop() {
    MayWait = true;
    return false;
  }

  llvm::function_ref<bool(const CoawaitExpr &)> AwaitNeverWaits;
};

} // namespace

std::optional<Dependency> AwaitDependencyAnalysis::neverWaits(const AwaitStatement &S) const {
  const CallExpr *Call = S.awaitedCall();
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee || !coroutineNeverWaits(*Callee, 0))
    return std::nullopt;
  return Dependency{DependencyRule::NeverWaits,
                    "'" + displayName(*Callee) +
                        "' never waits for I/O or time (its body awaits only locks, queries "
                        "and coroutines like it): awaiting it runs it to the end, with no "
                        "wait to overlap"};
}

bool AwaitDependencyAnalysis::coroutineNeverWaits(const FunctionDecl &Callee,
                                                  unsigned Depth) const {
  if (Depth > MaxNonWaitingDepth)
    return false;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&Callee); Method && Method->isVirtual())
    return false; // An override may wait.
  const FunctionDecl *Definition = nullptr;
  if (!Callee.hasBody(Definition) ||
      Ctx.getSourceManager().isInSystemHeader(Definition->getLocation()))
    return false;
  const auto *Coroutine = dyn_cast_or_null<CoroutineBodyStmt>(Definition->getBody());
  if (!Coroutine)
    return false; // A function returning an awaitable: what it returns may wait.
  if (auto Known = NeverWaitsMemo.find(Definition); Known != NeverWaitsMemo.end())
    return Known->second;
  NeverWaitsMemo[Definition] = false; // A coroutine that awaits itself may wait.
  auto AwaitNeverWaits = [&](const CoawaitExpr &Await) { return awaitNeverWaits(Await, Depth); };
  WaitFinder Finder(AwaitNeverWaits);
  Finder.TraverseStmt(Coroutine->getBody());
  NeverWaitsMemo[Definition] = !Finder.MayWait;
  return !Finder.MayWait;
}

bool AwaitDependencyAnalysis::awaitNeverWaits(const CoawaitExpr &Await, unsigned Depth) const {
  if (isQueryAwait(&Await))
    return true;
  const auto *Call = dyn_cast_or_null<CallExpr>(withoutImplicit(Await.getOperand()));
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee)
    return false;
  if (isLock(*Callee))
    return true;
  // Events, latches, conditions and semaphores may stand for I/O that
  // another coroutine finishes (a worker that answers queued queries).
  if (llvm::is_contained(Policy.SynchronizationFunctions, Index.nameOf(Callee).str()))
    return false;
  return coroutineNeverWaits(*Callee, Depth + 1);
}

bool AwaitDependencyAnalysis::isLock(const FunctionDecl &Callee) const {
  return llvm::is_contained(Policy.LockFunctions, Index.nameOf(&Callee).str());
}

} // namespace async_tidy
