//===--- StartUpCode.cpp - What a program does once, as it starts ---------===//

#include "StartUpCode.h"
#include "BodyWalker.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace async_tidy {

namespace {

bool isLoop(const Stmt *S) { return isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S); }

/// The expression that makes the closure `Class` in `Body`.
const LambdaExpr *lambdaMaking(const CXXRecordDecl &Class, const Stmt &Body) {
  const LambdaExpr *Found = nullptr;
  forEachNode(&Body, [&](const Stmt *S) {
    if (const auto *Lambda = dyn_cast<LambdaExpr>(S); Lambda && Lambda->getLambdaClass() == &Class)
      Found = Lambda;
  });
  return Found;
}

/// Whether the value of `Child` only passes through `Parent` on its way to
/// a call: a conversion, a temporary, or a wrapper made from it
/// (`std::function<void()>` from the closure).
bool passesThrough(const Stmt *Parent) {
  return isa<ImplicitCastExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr, ExprWithCleanups,
             ParenExpr, CXXConstructExpr, CXXFunctionalCastExpr>(Parent);
}

/// Whether `Lambda`, in main's `Body`, is handed only to functions that run
/// it once, in a statement outside any loop.
bool handedOnlyToRunOnce(const LambdaExpr &Lambda, const Stmt &Body,
                         llvm::function_ref<bool(const FunctionDecl *)> RunsOnce) {
  ParentMap Parents(const_cast<Stmt *>(&Body));
  bool InStatement = false; // past the expression, in the statements around it
  for (const Stmt *Child = &Lambda, *Parent = Parents.getParent(Child); Parent;
       Child = Parent, Parent = Parents.getParent(Parent)) {
    if (isLoop(Parent))
      return false;
    if (InStatement || passesThrough(Parent))
      continue;
    if (const auto *Call = dyn_cast<CallExpr>(Parent)) {
      // An argument of the call, not its callee or object.
      const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
      if (Call->getCallee() == Child || (Member && Member->getImplicitObjectArgument() == Child) ||
          !RunsOnce(Call->getDirectCallee()))
        return false;
      continue;
    }
    // The expression's value goes nowhere else: it is a statement of a
    // block. Kept in a variable or returned, it may run again.
    if (!isa<CompoundStmt>(Parent) || !isa<Expr>(Child))
      return false;
    InStatement = true;
  }
  return InStatement;
}

/// Whether the coroutine may have suspended before `Call`: an await or
/// yield written before it, or one in a loop that holds it.
bool maySuspendBefore(const Stmt &Body, const Stmt &Call, const SourceManager &SM) {
  bool Suspends = false;
  forEachNode(&Body, [&](const Stmt *S) {
    if (isa<CoawaitExpr, DependentCoawaitExpr, CoyieldExpr>(S) &&
        SM.isBeforeInTranslationUnit(S->getBeginLoc(), Call.getBeginLoc()))
      Suspends = true;
    if (isLoop(S) && containsAwait(S) && holdsNode(S, [&](const Stmt *N) { return N == &Call; }))
      Suspends = true;
  });
  return Suspends;
}

} // namespace

bool StartUpCode::isStartUpLambda(const CXXRecordDecl &Closure) {
  auto [It, Inserted] = StartUpLambdas.try_emplace(&Closure, false);
  if (!Inserted)
    return It->second;
  const auto *Main = dyn_cast<FunctionDecl>(Closure.getDeclContext());
  if (!Main || !Main->isMain() || !Main->getBody())
    return false;
  const LambdaExpr *Lambda = lambdaMaking(Closure, *Main->getBody());
  return It->second = Lambda && handedOnlyToRunOnce(*Lambda, *Main->getBody(), RunsOnce);
}

bool StartUpCode::runsOnceAtStartUp(const FunctionDecl &Coroutine, const Stmt &Call) {
  const auto *Method = dyn_cast<CXXMethodDecl>(&Coroutine);
  const CXXRecordDecl *Closure = Method ? Method->getParent() : nullptr;
  if (!Closure || !Closure->isLambda())
    return false;
  const auto *Body = dyn_cast_or_null<CoroutineBodyStmt>(Method->getBody());
  return Body && isStartUpLambda(*Closure) &&
         !maySuspendBefore(*Body->getBody(), Call, Ctx.getSourceManager());
}

} // namespace async_tidy
