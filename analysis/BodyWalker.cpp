//===--- BodyWalker.cpp - One walk over the code a function body runs -----===//

#include "BodyWalker.h"
#include "ApiIndex.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace async_tidy {

namespace {

/// The lambda `E` evaluates to, seen through temporaries and copies.
const LambdaExpr *asLambda(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreImplicit();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    if (Construct->getNumArgs() == 1)
      E = Construct->getArg(0)->IgnoreImplicit();
  return dyn_cast<LambdaExpr>(E->IgnoreParens());
}

bool isTransparent(const Stmt *S, bool StopAtParens) {
  if (isa<ParenExpr>(S))
    return !StopAtParens;
  return isa<ImplicitCastExpr, FullExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr>(S);
}

class Walker : public RecursiveASTVisitor<Walker> {
  using Base = RecursiveASTVisitor<Walker>;

public:
  Walker(ASTContext &Ctx, const WalkPolicy &Policy,
         llvm::function_ref<void(const CallSite &)> OnCall)
      : Ctx(Ctx), Policy(Policy), OnCall(OnCall) {}

  bool shouldVisitImplicitCode() const { return false; }
  bool shouldVisitTemplateInstantiations() const { return false; }

  // Recurse directly instead of through RAV's work queue so that the
  // ancestor stack is exact when a call is visited.
  bool TraverseStmt(Stmt *S, DataRecursionQueue * = nullptr) {
    if (!S)
      return true;
    Ancestors.push_back(S);
    bool Result = Base::TraverseStmt(S, nullptr);
    Ancestors.pop_back();
    return Result;
  }

  // --- What is not part of the walked code.
  bool TraverseUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *,
                                        DataRecursionQueue * = nullptr) {
    return true;
  }
  bool TraverseCXXNoexceptExpr(CXXNoexceptExpr *, DataRecursionQueue * = nullptr) { return true; }
  bool TraverseCXXTypeidExpr(CXXTypeidExpr *E, DataRecursionQueue *Q = nullptr) {
    return E->isPotentiallyEvaluated() ? Base::TraverseCXXTypeidExpr(E, Q) : true;
  }
  bool TraverseRequiresExpr(RequiresExpr *, DataRecursionQueue * = nullptr) { return true; }
  bool TraverseConceptSpecializationExpr(ConceptSpecializationExpr *,
                                         DataRecursionQueue * = nullptr) {
    return true;
  }
  bool TraverseDecltypeTypeLoc(DecltypeTypeLoc) { return true; }
  bool TraverseTypeOfExprTypeLoc(TypeOfExprTypeLoc) { return true; }
  bool TraverseStaticAssertDecl(StaticAssertDecl *) { return true; }
  bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }
  bool TraverseFunctionDecl(FunctionDecl *) { return true; }

  bool TraverseLambdaExpr(LambdaExpr *L, DataRecursionQueue * = nullptr) {
    // Init-captures are evaluated where the lambda is created.
    for (Expr *Init : L->capture_inits())
      TraverseStmt(Init);
    const CXXMethodDecl *Call = L->getCallOperator();
    if (isa_and_nonnull<CoroutineBodyStmt>(Call->getBody()))
      return true; // A coroutine of its own, analysed on its own.
    if (!InlineLambdas.contains(L))
      return true; // Handed to something else to run.
    ++InlineLambdaDepth;
    TraverseStmt(L->getBody());
    // A generic lambda's calls are resolved in its specializations.
    if (const FunctionTemplateDecl *Template = L->getDependentCallOperator())
      for (const FunctionDecl *Spec : Template->specializations())
        TraverseStmt(Spec->getBody());
    --InlineLambdaDepth;
    return true;
  }

  // --- Context that decides whether a co_await may be inserted.
  bool TraverseCXXCatchStmt(CXXCatchStmt *S, DataRecursionQueue * = nullptr) {
    ++CatchDepth;
    TraverseStmt(S->getHandlerBlock());
    --CatchDepth;
    return true;
  }

  bool TraverseVarDecl(VarDecl *D) {
    bool Static = D->isStaticLocal() || D->getTLSKind() != VarDecl::TLS_None;
    StaticInitDepth += Static;
    bool Result = Base::TraverseVarDecl(D);
    StaticInitDepth -= Static;
    return Result;
  }

  bool TraverseCompoundStmt(CompoundStmt *S, DataRecursionQueue * = nullptr) {
    std::size_t Scope = Locks.size();
    for (Stmt *Child : S->body()) {
      TraverseStmt(Child);
      noteLocks(Child);
    }
    Locks.resize(Scope);
    return true;
  }

  bool TraverseIfStmt(IfStmt *S, DataRecursionQueue * = nullptr) {
    std::size_t Scope = Locks.size();
    TraverseStmt(S->getInit());
    noteLocks(S->getInit());
    if (DeclStmt *CondVar = S->getConditionVariableDeclStmt())
      TraverseStmt(CondVar);
    else
      TraverseStmt(S->getCond());
    if (S->isConstexpr()) {
      // Only the branch that is compiled runs; in a template pattern with a
      // dependent condition neither is known, and the instantiations are
      // walked instead.
      if (std::optional<Stmt *> Taken = S->getNondiscardedCase(Ctx))
        TraverseStmt(*Taken);
    } else {
      TraverseStmt(S->getThen());
      TraverseStmt(S->getElse());
    }
    Locks.resize(Scope);
    return true;
  }

  // --- Calls.
  bool VisitCallExpr(CallExpr *CE) {
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(CE))
      if (Op->getOperator() == OO_Call)
        if (const LambdaExpr *L = asLambda(Op->getArg(0)))
          InlineLambdas.insert(L); // [&] { ... }();
    const FunctionDecl *Callee = CE->getDirectCallee();
    if (!Callee)
      return true;
    if (Policy.IsInlineCaller && Policy.IsInlineCaller(Callee))
      for (const Expr *Arg : CE->arguments())
        if (const LambdaExpr *L = asLambda(Arg))
          InlineLambdas.insert(L);
    report(CE, Callee);
    return true;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *CE) {
    report(CE, CE->getConstructor());
    return true;
  }

private:
  void report(const Expr *Call, const FunctionDecl *Callee) {
    CallSite Site;
    Site.Call = Call;
    Site.Callee = Callee;
    // The call itself is the top of the stack.
    Site.Ancestors = llvm::ArrayRef(Ancestors).drop_back();
    Site.InlineLambdaDepth = InlineLambdaDepth;
    Site.InCatchHandler = CatchDepth > 0;
    Site.InStaticInitializer = StaticInitDepth > 0;
    Site.HeldLock = Locks.empty() ? nullptr : Locks.back();
    OnCall(Site);
  }

  void noteLocks(const Stmt *S) {
    const auto *DS = dyn_cast_or_null<DeclStmt>(S);
    if (!DS || !Policy.IsHostileRAII)
      return;
    for (const Decl *D : DS->decls())
      if (const auto *Var = dyn_cast<VarDecl>(D))
        if (Policy.IsHostileRAII(Var))
          Locks.push_back(Var);
  }

  ASTContext &Ctx;
  const WalkPolicy &Policy;
  llvm::function_ref<void(const CallSite &)> OnCall;
  llvm::SmallVector<const Stmt *, 32> Ancestors;
  llvm::SmallVector<const VarDecl *, 4> Locks;
  llvm::SmallPtrSet<const LambdaExpr *, 4> InlineLambdas;
  unsigned InlineLambdaDepth = 0;
  unsigned CatchDepth = 0;
  unsigned StaticInitDepth = 0;
};

} // namespace

void walkBody(const Stmt *Body, ASTContext &Ctx, const WalkPolicy &Policy,
              llvm::function_ref<void(const CallSite &)> OnCall) {
  Walker W(Ctx, Policy, OnCall);
  W.TraverseStmt(const_cast<Stmt *>(Body));
}

const Stmt *semanticParent(llvm::ArrayRef<const Stmt *> Ancestors, const Stmt *Node,
                           const Stmt **Child, bool StopAtParens) {
  const Stmt *Below = Node;
  for (auto It = Ancestors.rbegin(); It != Ancestors.rend(); ++It) {
    if (!isTransparent(*It, StopAtParens)) {
      if (Child)
        *Child = Below;
      return *It;
    }
    Below = *It;
  }
  if (Child)
    *Child = Below;
  return nullptr;
}

bool isStatementPosition(const Stmt *Child, const Stmt *Parent) {
  if (!Parent || isa<CompoundStmt, LabelStmt, AttributedStmt, SwitchCase>(Parent))
    return true;
  if (const auto *If = dyn_cast<IfStmt>(Parent))
    return Child == If->getThen() || Child == If->getElse();
  if (const auto *While = dyn_cast<WhileStmt>(Parent))
    return Child == While->getBody();
  if (const auto *Do = dyn_cast<DoStmt>(Parent))
    return Child == Do->getBody();
  if (const auto *For = dyn_cast<ForStmt>(Parent))
    return Child == For->getBody() || Child == For->getInc() || Child == For->getInit();
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(Parent))
    return Child == Range->getBody();
  return false;
}

bool neverCompletes(const Stmt *S) {
  const auto *E = dyn_cast_or_null<Expr>(S);
  if (!E)
    return false;
  E = E->IgnoreParenImpCasts();
  if (isa<CXXThrowExpr>(E))
    return true;
  const auto *Call = dyn_cast<CallExpr>(E);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  return Callee && Callee->isNoReturn();
}

bool containsAwait(const Stmt *S) {
  if (!S || isa<LambdaExpr>(S))
    return false;
  if (isa<CoawaitExpr, DependentCoawaitExpr, CoyieldExpr>(S))
    return true;
  return llvm::any_of(S->children(), [](const Stmt *Child) { return containsAwait(Child); });
}

void forEachNode(const Stmt *S, llvm::function_ref<void(const Stmt *)> Visit, bool EnterLambdas) {
  if (!S)
    return;
  Visit(S);
  if (isa<LambdaExpr>(S) && !EnterLambdas)
    return;
  for (const Stmt *Child : S->children())
    forEachNode(Child, Visit, EnterLambdas);
}

bool holdsNode(const Stmt *S, llvm::function_ref<bool(const Stmt *)> Matches, bool EnterLambdas) {
  if (!S)
    return false;
  if (Matches(S))
    return true;
  if (isa<LambdaExpr>(S) && !EnterLambdas)
    return false;
  return llvm::any_of(S->children(),
                      [&](const Stmt *Child) { return holdsNode(Child, Matches, EnterLambdas); });
}

bool mentionedBefore(const CompoundStmt &Block, const Stmt *Stop, const VarDecl *Var) {
  for (const Stmt *S : Block.body()) {
    if (S == Stop)
      return false;
    if (mentionsVariable(S, [&](const VarDecl *V) { return V == Var; }))
      return true;
  }
  return false;
}

bool mentionsVariable(const Stmt *S, llvm::function_ref<bool(const VarDecl *)> Matches) {
  if (!S)
    return false;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()); Var && Matches(Var))
      return true;
  for (const Stmt *Child : S->children())
    if (mentionsVariable(Child, Matches))
      return true;
  return false;
}

} // namespace async_tidy
