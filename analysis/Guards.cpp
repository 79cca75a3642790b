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
//     function, a few calls deep. A function whose body is in another
//     unit rejects when the summaries (--cross-tu, SummaryFile) say it
//     throws, through any depth of calls; they do not tell a rethrow from
//     a `throw` of its own, which can only make one more guard.
// An await whose value is used is a fetch: that it throws when nothing is
// found is incidental, and it stays an operation. So is an await of the
// same function as the await after it: more of the same work.
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
  // What a `try` block throws, it may catch. A handler may reject in turn
  // (`catch (...) { throw Unauthorized(); }`); a rethrow (`throw;`) passes
  // a failure on and rejects nothing.
  bool TraverseCXXTryStmt(CXXTryStmt *Try) {
    bool WasInHandler = InHandler;
    InHandler = true;
    for (unsigned I = 0; I < Try->getNumHandlers() && !Rejects; ++I)
      TraverseStmt(Try->getHandler(I)->getHandlerBlock());
    InHandler = WasInHandler;
    return !Rejects;
  }

  bool VisitCXXThrowExpr(CXXThrowExpr *Throw) {
    return InHandler && !Throw->getSubExpr() ? true : found();
  }
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
  bool InHandler = false;
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

std::optional<Dependency> AwaitDependencyAnalysis::guards(const AwaitStatement &Earlier,
                                                          const AwaitStatement &Later) const {
  bool ValueUnused = Earlier.StatementForm == AwaitStatement::Form::Discarded ||
                     (Earlier.StatementForm == AwaitStatement::Form::Declaration &&
                      Earlier.Declared && neverRead(*Earlier.Declared));
  const CallExpr *Call = Earlier.awaitedCall();
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!ValueUnused || !Callee)
    return std::nullopt;
  // The same function again is more of the same work (`notify(a);
  // notify(b);`), not a check and what it guards.
  const CallExpr *LaterCall = Later.awaitedCall();
  const FunctionDecl *LaterCallee = LaterCall ? LaterCall->getDirectCallee() : nullptr;
  if (LaterCallee && LaterCallee->getCanonicalDecl() == Callee->getCanonicalDecl())
    return std::nullopt;
  bool DepthReached = false;
  if (!functionRejects(*Callee, 0, DepthReached))
    return std::nullopt;
  return Dependency{DependencyRule::Guard,
                    "'" + displayName(*Callee) +
                        "' is a check: it throws to reject, and its value is not used, so what "
                        "follows runs only once it passed"};
}

bool AwaitDependencyAnalysis::functionRejects(const FunctionDecl &Callee, unsigned Depth,
                                              bool &DepthReached) const {
  if (Depth > MaxGuardDepth) {
    DepthReached = true;
    return false;
  }
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&Callee); Method && Method->isVirtual())
    return false; // An override may not reject.
  const FunctionDecl *Definition = nullptr;
  if (!Callee.hasBody(Definition))
    return Policy.ThrowsElsewhere && Policy.ThrowsElsewhere(Callee);
  if (Ctx.getSourceManager().isInSystemHeader(Definition->getLocation()))
    return false;
  if (auto Known = RejectsMemo.find(Definition); Known != RejectsMemo.end())
    return Known->second;
  // A function that calls itself rejects by its other paths, if at all; the
  // answer found while it is open is not kept, like one cut short by depth.
  if (!RejectsOpen.insert(Definition).second) {
    DepthReached = true;
    return false;
  }
  const Stmt *Body = Definition->getBody();
  if (const auto *Coroutine = dyn_cast<CoroutineBodyStmt>(Body))
    Body = Coroutine->getBody();
  bool Cut = false;
  auto CalleeRejects = [&](const FunctionDecl &Next) {
    return functionRejects(Next, Depth + 1, Cut);
  };
  RejectionFinder Finder(CalleeRejects);
  Finder.TraverseStmt(const_cast<Stmt *>(Body));
  RejectsOpen.erase(Definition);
  // "Rejects" holds from any depth; "does not" only when nothing was cut.
  if (Finder.Rejects || !Cut)
    RejectsMemo[Definition] = Finder.Rejects;
  DepthReached |= Cut;
  return Finder.Rejects;
}

} // namespace async_tidy
