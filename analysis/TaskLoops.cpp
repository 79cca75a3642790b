//===--- TaskLoops.cpp - Tasks collected, then awaited one per iteration -===//

#include "TaskLoops.h"

#include "AccessPaths.h"
#include "BodyWalker.h"

using namespace clang;

namespace async_tidy {

namespace {

const VarDecl *localVariable(const Expr *E) {
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E ? withoutImplicit(E) : nullptr);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return Var && Var->hasLocalStorage() && !isa<ParmVarDecl>(Var) ? Var : nullptr;
}

} // namespace

const VarDecl *containerAddedTo(const Expr *Call, llvm::ArrayRef<const Stmt *> Ancestors) {
  const auto *Add = dyn_cast_or_null<CXXMemberCallExpr>(semanticParent(Ancestors, Call));
  const CXXMethodDecl *Method = Add ? Add->getMethodDecl() : nullptr;
  if (!Method || !Method->getIdentifier() || Add->getNumArgs() != 1 ||
      withoutImplicit(Add->getArg(0)) != withoutImplicit(Call))
    return nullptr;
  llvm::StringRef Name = Method->getName();
  if (Name != "push_back" && Name != "emplace_back")
    return nullptr;
  return localVariable(Add->getImplicitObjectArgument());
}

std::vector<ElementAwaitLoop> loopsAwaitingEachElement(const Stmt *Body, const VarDecl *Container) {
  std::vector<ElementAwaitLoop> Loops;
  forEachNode(Body, [&](const Stmt *S) {
    const auto *Loop = dyn_cast<CXXForRangeStmt>(S);
    if (!Loop || localVariable(Loop->getRangeInit()) != Container)
      return;
    const VarDecl *Element = Loop->getLoopVariable();
    forEachNode(Loop->getBody(), [&](const Stmt *Inner) {
      const auto *Await = dyn_cast<CoawaitExpr>(Inner);
      const auto *Ref =
          Await ? dyn_cast_or_null<DeclRefExpr>(namedObject(Await->getOperand())) : nullptr;
      if (Ref && Ref->getDecl() == Element)
        Loops.push_back({Loop, Await});
    });
  });
  return Loops;
}

} // namespace async_tidy
