//===--- Guards.cpp - Awaited checks that reject by throwing --------------===//
//
// A handler often begins with a check of the project's own:
//
//   co_await PermissionChecker::checkPermission(userId, {"dept:add"});
//   co_await service_.create(request);
//
// The check is a coroutine that exists to throw when the request may not
// go on (`if (!allowed) throw ForbiddenException(..);`), and what follows
// runs only once it passed. Run concurrently, the write (or the read) would
// run for a caller the check rejects. So an await is a guard, and orders
// every await after it, when
//   - its value is not used: `co_await check(..);`, or a variable nothing
//     reads (`const auto project = co_await getUserProject(req, id);`);
//   - it calls a function of the project (a body in this translation unit,
//     outside system headers, not virtual) that rejects: its body throws
//     outside its own `try` blocks and `catch` handlers (a rethrow passes
//     a failure on; it rejects nothing), or calls or awaits such a
//     function, a few calls deep.
// An await whose value is used is a fetch: that it throws when nothing is
// found is incidental, and it stays an operation.
//
//===----------------------------------------------------------------------===//

#include "AwaitDependency.h"
#include "QualifiedNames.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace async_tidy {

namespace {

/// How deep the search follows calls of project functions.
constexpr unsigned MaxGuardDepth = 3;

/// Finds, in one function body, a `throw` that leaves it, or a call of a
/// function that `CalleeRejects`.
class RejectionFinder : public RecursiveASTVisitor<RejectionFinder> {
public:
  explicit RejectionFinder(llvm::function_ref<bool(const FunctionDecl &)> CalleeRejects)
      : CalleeRejects(CalleeRejects) {}

  bool Rejects = false;

  // A lambda's body is a function of its own, run when it is called.
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  // What a `try` throws, it may catch; what a handler throws is a failure
  // passed on.
  bool TraverseCXXTryStmt(CXXTryStmt *) { return true; }

  bool VisitCXXThrowExpr(CXXThrowExpr *) { return found(); }
  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    return Callee && CalleeRejects(*Callee) ? found() : true;
  }

private:
  bool found() {
    Rejects = true;
    return false;
  }

  llvm::function_ref<bool(const FunctionDecl &)> CalleeRejects;
};

} // namespace

namespace {

/// Whether nothing reads the variable (a structured binding: none of its
/// names).
bool neverRead(const VarDecl &V) {
  if (const auto *Bindings = dyn_cast<DecompositionDecl>(&V))
    return llvm::none_of(Bindings->bindings(),
                         [](const BindingDecl *B) { return B->isReferenced(); });
  return !V.isReferenced();
}

} // namespace

std::optional<Dependency> AwaitDependencyAnalysis::guards(const AwaitStatement &S) const {
  bool ValueUnused = S.StatementForm == AwaitStatement::Form::Discarded ||
                     (S.StatementForm == AwaitStatement::Form::Declaration && S.Declared &&
                      neverRead(*S.Declared));
  const CallExpr *Call = S.awaitedCall();
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!ValueUnused || !Callee || !functionRejects(*Callee, 0))
    return std::nullopt;
  return Dependency{DependencyRule::Guard,
                    "'" + displayName(*Callee) +
                        "' is a check: it throws to reject, and its value is not used, so what "
                        "follows runs only once it passed"};
}

bool AwaitDependencyAnalysis::functionRejects(const FunctionDecl &Callee, unsigned Depth) const {
  if (Depth > MaxGuardDepth)
    return false;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&Callee); Method && Method->isVirtual())
    return false; // An override may not reject.
  const FunctionDecl *Definition = nullptr;
  if (!Callee.hasBody(Definition) ||
      Ctx.getSourceManager().isInSystemHeader(Definition->getLocation()))
    return false;
  if (auto Known = RejectsMemo.find(Definition); Known != RejectsMemo.end())
    return Known->second;
  RejectsMemo[Definition] = false; // A function that calls itself rejects by its other paths.
  const Stmt *Body = Definition->getBody();
  if (const auto *Coroutine = dyn_cast<CoroutineBodyStmt>(Body))
    Body = Coroutine->getBody();
  auto CalleeRejects = [&](const FunctionDecl &Next) { return functionRejects(Next, Depth + 1); };
  RejectionFinder Finder(CalleeRejects);
  Finder.TraverseStmt(const_cast<Stmt *>(Body));
  RejectsMemo[Definition] = Finder.Rejects;
  return Finder.Rejects;
}

} // namespace async_tidy
