//===--- RequestInputs.cpp - What a request reads, and what changes it ----===//

#include "RequestInputs.h"

#include "AccessPaths.h"
#include "BodyWalker.h"
#include "QualifiedNames.h"
#include "SqlText.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"

using namespace clang;

namespace async_tidy {

namespace {

/// Whether a variable `E` names keeps its value for the check's purpose,
/// and whether it is an input to track.
enum class VariableKind { Constant, Input, Unknown };

/// A type that views storage it does not own (`std::string_view`): what it
/// shows may change without the variable changing.
bool isView(QualType T) {
  std::string Name = catalogNameOfType(T.getNonReferenceType());
  return Name == "std::basic_string_view" || Name == "std::span";
}

VariableKind kindOf(const VarDecl &Var) {
  if (Var.getType().isVolatileQualified() || isView(Var.getType()))
    return VariableKind::Unknown;
  if (isa<ParmVarDecl>(Var))
    return VariableKind::Input;
  if (Var.hasLocalStorage())
    // A reference declared in the body reads an object the analysis does
    // not name.
    return Var.getType()->isReferenceType() ? VariableKind::Unknown : VariableKind::Input;
  if (Var.isConstexpr() || Var.getType().isConstQualified())
    return VariableKind::Constant;
  return VariableKind::Unknown;
}

/// Adds what `Other` is another name for: a non-const reference or a
/// pointer to (a part of) a variable, or a view made from one.
void addAliasedBy(const VarDecl &Other, llvm::SmallPtrSetImpl<const VarDecl *> &Out) {
  QualType T = Other.getType();
  const Expr *Init = Other.getInit();
  if (!Init || !(T->isReferenceType() || T->isPointerType() || isView(T)))
    return;
  if (isView(T)) {
    mentionsVariable(Init, [&](const VarDecl *V) {
      Out.insert(V);
      return false;
    });
    return;
  }
  if (T->isLValueReferenceType() && T.getNonReferenceType().isConstQualified())
    return;
  if (const auto *Var = dyn_cast_or_null<VarDecl>(rootOf(Init)))
    Out.insert(Var);
}

/// Functions that compute from their arguments alone, by namespace: the
/// standard library's and {fmt}'s, but not those that move or swap.
bool computesFromArguments(const FunctionDecl &Callee, unsigned NumArgs) {
  std::string Name = catalogName(&Callee);
  llvm::StringRef N(Name);
  if (NumArgs == 0 || !(N.starts_with("std::") || N.starts_with("fmt::")))
    return false;
  static const char *Moving[] = {"std::move", "std::forward", "std::exchange", "std::swap",
                                 "std::move_if_noexcept"};
  return !llvm::is_contained(Moving, N);
}

/// Whether the node `S` of an argument keeps the argument stable; adds the
/// variables it reads to `Inputs`.
bool isStableNode(const Stmt *S, Variables &Inputs) {
  if (isa<LambdaExpr, CoawaitExpr, CoyieldExpr, StmtExpr, BlockExpr>(S))
    return false;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (!Var)
      return true; // a function, an enumerator
    switch (kindOf(*Var)) {
    case VariableKind::Input:
      if (!llvm::is_contained(Inputs, Var))
        Inputs.push_back(Var);
      return true;
    case VariableKind::Constant:
      return true;
    case VariableKind::Unknown:
      return false;
    }
  }
  // What a pointer points to is not the variable: code that changes it
  // does not name the variable (`ctx->summary = ...` through a copy).
  // A const member function of `*this` reads members that may change.
  if (const auto *Member = dyn_cast<MemberExpr>(S)) {
    const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl());
    if (isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
      return Field && Field->getType().isConstQualified();
    return !Member->isArrow();
  }
  if (const auto *Unary = dyn_cast<UnaryOperator>(S))
    return !Unary->isIncrementDecrementOp() && Unary->getOpcode() != UO_Deref;
  if (const auto *Binary = dyn_cast<BinaryOperator>(S))
    return !Binary->isAssignmentOp();
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(S)) {
    OverloadedOperatorKind Kind = Operator->getOperator();
    bool Dereferences = Kind == OO_Arrow || (Kind == OO_Star && Operator->getNumArgs() == 1);
    return !Operator->isAssignmentOp() && Kind != OO_Call && Kind != OO_PlusPlus &&
           Kind != OO_MinusMinus && !Dereferences;
  }
  if (const auto *MemberCall = dyn_cast<CXXMemberCallExpr>(S)) {
    const CXXMethodDecl *Method = MemberCall->getMethodDecl();
    return Method && Method->isConst();
  }
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    return Callee && computesFromArguments(*Callee, Call->getNumArgs());
  }
  return true;
}

} // namespace

std::optional<Variables> stableInputs(const Expr *E) {
  Variables Inputs;
  bool Stable = true;
  forEachNode(E, [&](const Stmt *S) { Stable = Stable && isStableNode(S, Inputs); });
  if (!Stable)
    return std::nullopt;
  return Inputs;
}

namespace {

/// Calls `Visit` on every reference below `S` but those below `Except`.
void forEachReference(const Stmt *S, const Stmt *Except,
                      llvm::function_ref<void(const DeclRefExpr &)> Visit) {
  if (!S || S == Except)
    return;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    Visit(*Ref);
  for (const Stmt *Child : S->children())
    forEachReference(Child, Except, Visit);
}

} // namespace

llvm::SmallPtrSet<const VarDecl *, 8> aliasedVariables(const Stmt &Body) {
  llvm::SmallPtrSet<const VarDecl *, 8> Out;
  auto Named = [](const Expr *E) -> const VarDecl * {
    const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreParenImpCasts() : nullptr);
    return Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  };
  forEachNode(
      &Body,
      [&](const Stmt *S) {
        if (const auto *Unary = dyn_cast<UnaryOperator>(S);
            Unary && Unary->getOpcode() == UO_AddrOf)
          if (const VarDecl *Var = Named(Unary->getSubExpr()))
            Out.insert(Var);
        if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
          for (const LambdaCapture &Capture : Lambda->captures())
            if (Capture.capturesVariable() && Capture.getCaptureKind() == LCK_ByRef)
              if (const auto *Var = dyn_cast<VarDecl>(Capture.getCapturedVar()))
                Out.insert(Var);
        if (const auto *Decl = dyn_cast<DeclStmt>(S))
          for (const clang::Decl *D : Decl->decls())
            if (const auto *Other = dyn_cast<VarDecl>(D))
              addAliasedBy(*Other, Out);
      },
      /*EnterLambdas=*/true);
  return Out;
}

bool changesAny(const Stmt &Region, llvm::ArrayRef<const VarDecl *> Inputs, ASTContext &Ctx,
                const Stmt *Except) {
  if (Inputs.empty())
    return false;
  ExprMutationAnalyzer Analyzer(Region, Ctx);
  bool Changes = false;
  forEachReference(&Region, Except, [&](const DeclRefExpr &Ref) {
    if (Changes || !llvm::is_contained(Inputs, Ref.getDecl()))
      return;
    const Stmt *By = Analyzer.findMutation(&Ref);
    const auto *Call = dyn_cast_or_null<CallExpr>(By);
    Changes = By && !(Call && isStringFormat(*Call));
  });
  return Changes;
}

namespace {

bool names(const Expr *E, const Decl *Root) {
  E = E ? E->IgnoreParenImpCasts() : nullptr;
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    return Ref->getDecl()->getCanonicalDecl() == Root;
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(E))
    return isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()) &&
           Member->getMemberDecl() == Root;
  return false;
}

/// Whether the call `S` replaces what `Root` denotes.
bool callReplaces(const CallExpr &Call, const Decl *Root,
                  llvm::function_ref<bool(const CallExpr &)> IsRequest) {
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(&Call))
    if (Operator->isAssignmentOp())
      return names(Operator->getArg(0), Root);
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call)) {
    static const char *Replacing[] = {"reset", "emplace", "swap", "release"};
    const CXXMethodDecl *Method = Member->getMethodDecl();
    if (Method && Method->getIdentifier() && names(Member->getImplicitObjectArgument(), Root) &&
        llvm::is_contained(Replacing, Method->getName()))
      return true;
  }
  if (IsRequest(Call))
    return false;
  const FunctionDecl *Callee = Call.getDirectCallee();
  unsigned First = isa<CXXOperatorCallExpr>(Call) && isa_and_nonnull<CXXMethodDecl>(Callee) ? 1 : 0;
  for (unsigned I = First; I < Call.getNumArgs(); ++I) {
    if (!names(Call.getArg(I), Root))
      continue;
    unsigned Param = I - First;
    if (!Callee || Param >= Callee->getNumParams() ||
        mayChangeArgument(Callee->getParamDecl(Param)->getType()))
      return true;
  }
  return false;
}

} // namespace

bool replacesObject(const Stmt &Region, const Decl *Root,
                    llvm::function_ref<bool(const CallExpr &)> IsRequest) {
  return holdsNode(&Region, [&](const Stmt *S) {
    if (const auto *Binary = dyn_cast<BinaryOperator>(S))
      return Binary->isAssignmentOp() && names(Binary->getLHS(), Root);
    if (const auto *Unary = dyn_cast<UnaryOperator>(S))
      return Unary->getOpcode() == UO_AddrOf && names(Unary->getSubExpr(), Root);
    const auto *Call = dyn_cast<CallExpr>(S);
    return Call && callReplaces(*Call, Root, IsRequest);
  });
}

bool declaredWithin(const Decl &D, const Stmt &Region, const SourceManager &SM) {
  SourceRange R = Region.getSourceRange();
  SourceLocation L = SM.getExpansionLoc(D.getLocation());
  return !SM.isBeforeInTranslationUnit(L, SM.getExpansionLoc(R.getBegin())) &&
         !SM.isBeforeInTranslationUnit(SM.getExpansionLoc(R.getEnd()), L);
}

bool declaredInside(const Decl *D, const Stmt &Region, const SourceManager &SM) {
  return D && isa<VarDecl>(D) && declaredWithin(*D, Region, SM);
}

} // namespace async_tidy
