//===--- ScopeGuards.cpp - Handles a scope guard releases -------------------===//

#include "ScopeGuards.h"
#include "BodyWalker.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace async_tidy {

namespace {

/// Whether `S` passes `Var` to a catalogued release function.
bool releasesVariable(const Stmt *S, const VarDecl *Var, const ResourceModel &Model) {
  return holdsNode(S, [&](const Stmt *Node) {
    const auto *Call = dyn_cast<CallExpr>(Node);
    const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
    return Callee && Model.releasedResource(*Callee) &&
           llvm::any_of(Call->arguments(), [&](const Expr *Arg) {
             const auto *Ref = dyn_cast<DeclRefExpr>(Arg->IgnoreParenCasts());
             return Ref && Ref->getDecl() == Var;
           });
  });
}

/// The local object built from `Lambda`, when it is not the closure itself:
/// the lambda reaches the variable's initializer through constructor and
/// call arguments only. `Declaration` is set to its declaration.
const VarDecl *guardBuiltFrom(const LambdaExpr &Lambda, const ParentMap &Parents,
                              const DeclStmt *&Declaration) {
  const Stmt *Child = &Lambda;
  for (const Stmt *P = Parents.getParent(Child); P; Child = P, P = Parents.getParent(P)) {
    if (const auto *Declared = dyn_cast<DeclStmt>(P)) {
      if (!Declared->isSingleDecl())
        return nullptr;
      const auto *Var = dyn_cast<VarDecl>(Declared->getSingleDecl());
      if (!Var || !Var->hasLocalStorage() || Var->getInit() != Child)
        return nullptr;
      const CXXRecordDecl *Class = Var->getType()->getAsCXXRecordDecl();
      Declaration = Declared;
      // A lambda kept as itself, or in a standard holder (`std::function`,
      // `std::thread`, `std::packaged_task`), runs when something calls it,
      // not when the object goes.
      return Class && !Class->isLambda() && !Class->isInStdNamespace() ? Var : nullptr;
    }
    if (!isa<Expr>(P))
      return nullptr;
  }
  return nullptr;
}

class GuardFinder : public RecursiveASTVisitor<GuardFinder> {
public:
  GuardFinder(const ParentMap &Parents, const ResourceModel &Model)
      : Parents(Parents), Model(Model) {}

  std::vector<ScopeGuard> Found;

  bool VisitLambdaExpr(LambdaExpr *Lambda) {
    const DeclStmt *Declaration = nullptr;
    const VarDecl *Guard = guardBuiltFrom(*Lambda, Parents, Declaration);
    if (!Guard)
      return true;
    for (const LambdaCapture &Capture : Lambda->captures()) {
      if (!Capture.capturesVariable() || Capture.getCaptureKind() != LCK_ByRef)
        continue;
      const auto *Handle = dyn_cast<VarDecl>(Capture.getCapturedVar());
      if (Handle && releasesVariable(Lambda->getBody(), Handle, Model))
        Found.push_back({Handle, Guard, Parents.getParent(Declaration)});
    }
    return true;
  }

private:
  const ParentMap &Parents;
  const ResourceModel &Model;
};

} // namespace

std::vector<ScopeGuard> scopeGuardsOf(const Stmt &Body, const ParentMap &Parents,
                                      const ResourceModel &Model) {
  GuardFinder Finder(Parents, Model);
  Finder.TraverseStmt(const_cast<Stmt *>(&Body));
  return Finder.Found;
}

bool guardReleases(const std::vector<ScopeGuard> &Guards, const VarDecl *Handle,
                   const Expr &Acquirer, const ParentMap &Parents, const SourceManager &SM) {
  for (const ScopeGuard &G : Guards) {
    if (G.Handle != Handle ||
        !SM.isBeforeInTranslationUnit(G.Guard->getLocation(), Acquirer.getBeginLoc()))
      continue;
    for (const Stmt *S = &Acquirer; S; S = Parents.getParent(S))
      if (S == G.Scope)
        return true;
  }
  return false;
}

} // namespace async_tidy
