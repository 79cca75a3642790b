//===--- KnownConditions.cpp - Flag values a path of the leak walk knows --===//

#include "KnownConditions.h"
#include "BodyWalker.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace async_tidy {

namespace {

const VarDecl *flagIn(const Expr *E, const llvm::DenseSet<const VarDecl *> &Flags) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return Var && Flags.contains(Var) ? Var : nullptr;
}

std::optional<llvm::APSInt> constantOf(const Expr *E, ASTContext &Ctx) {
  // `NULL`, `nullptr`, `(void *)0`: a pointer flag compared with null.
  if (!E->isValueDependent() && E->getType()->isAnyPointerType() &&
      E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
    return llvm::APSInt::get(0);
  Expr::EvalResult Result;
  if (E->isValueDependent() || !E->EvaluateAsInt(Result, Ctx))
    return std::nullopt;
  return Result.Val.getInt();
}

/// `Cond` as a fact about one flag: true exactly when the fact holds.
std::optional<FlagFact> factOf(const Expr *Cond, ASTContext &Ctx,
                               const llvm::DenseSet<const VarDecl *> &Flags) {
  Cond = Cond->IgnoreParenImpCasts();
  if (const auto *Not = dyn_cast<UnaryOperator>(Cond); Not && Not->getOpcode() == UO_LNot) {
    std::optional<FlagFact> Inner = factOf(Not->getSubExpr(), Ctx, Flags);
    if (Inner)
      Inner->Equals = !Inner->Equals;
    return Inner;
  }
  if (const VarDecl *Flag = flagIn(Cond, Flags)) // `flag`: flag != 0
    return FlagFact{Flag, false, llvm::APSInt::get(0)};
  const auto *Cmp = dyn_cast<BinaryOperator>(Cond);
  if (!Cmp || !Cmp->isEqualityOp())
    return std::nullopt;
  const Expr *FlagSide = Cmp->getLHS(), *ValueSide = Cmp->getRHS();
  if (!flagIn(FlagSide, Flags))
    std::swap(FlagSide, ValueSide);
  const VarDecl *Flag = flagIn(FlagSide, Flags);
  std::optional<llvm::APSInt> Value = Flag ? constantOf(ValueSide, Ctx) : std::nullopt;
  if (!Value)
    return std::nullopt;
  return FlagFact{Flag, Cmp->getOpcode() == BO_EQ, *Value};
}

/// Finds the flags of a body, and which of them it writes.
class FlagFinder : public RecursiveASTVisitor<FlagFinder> {
public:
  llvm::DenseSet<const VarDecl *> Candidates, Escaped, Written;

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    // A pointer is a flag too: null or not (`if (!in) return -1;`).
    if (Var && Var->hasLocalStorage() && !Var->getType()->isReferenceType() &&
        (Var->getType()->isIntegralOrEnumerationType() || Var->getType()->isAnyPointerType()))
      Candidates.insert(Var);
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *Op) {
    if (Op->getOpcode() == UO_AddrOf)
      escape(Op->getSubExpr());
    else if (Op->isIncrementDecrementOp())
      write(Op->getSubExpr());
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *Op) {
    if (Op->isAssignmentOp())
      write(Op->getLHS());
    return true;
  }
  bool VisitCallExpr(CallExpr *Call) {
    // `read_flag(&f)` is caught above; `set(f)` with an `int &` here.
    const FunctionDecl *Callee = Call->getDirectCallee();
    for (unsigned I = 0; I < Call->getNumArgs(); ++I) {
      QualType Param =
          Callee && I < Callee->getNumParams() ? Callee->getParamDecl(I)->getType() : QualType();
      if (Param.isNull() ||
          (Param->isReferenceType() && !Param.getNonReferenceType().isConstQualified()))
        escape(Call->getArg(I));
    }
    return true;
  }
  bool VisitVarDecl(VarDecl *Var) {
    if (Var->getType()->isReferenceType() && Var->getInit())
      escape(Var->getInit());
    return true;
  }
  bool VisitLambdaExpr(LambdaExpr *Lambda) {
    for (const LambdaCapture &Capture : Lambda->captures())
      if (Capture.capturesVariable() && Capture.getCaptureKind() == LCK_ByRef)
        if (const auto *Var = dyn_cast<VarDecl>(Capture.getCapturedVar()))
          Escaped.insert(Var);
    return true;
  }

private:
  void escape(const Expr *E) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
        Escaped.insert(Var);
  }
  void write(const Expr *E) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
        Written.insert(Var);
  }
};

/// Whether `S` never goes on to the statement after it: it returns,
/// throws, jumps, or calls a function that does not return, on every path.
bool jumpsAway(const Stmt *S) {
  if (!S)
    return false;
  if (isa<ReturnStmt, CoreturnStmt, GotoStmt, BreakStmt, ContinueStmt>(S))
    return true;
  if (isa<Expr>(S))
    return neverCompletes(S);
  if (const auto *If = dyn_cast<IfStmt>(S))
    return If->getElse() && jumpsAway(If->getThen()) && jumpsAway(If->getElse());
  if (const auto *Block = dyn_cast<CompoundStmt>(S))
    return llvm::any_of(Block->body(), [](const Stmt *Statement) { return jumpsAway(Statement); });
  return false;
}

/// Whether a jump can enter `S` (a label or a case in it).
bool hasEntryPoint(const Stmt *S) {
  if (!S)
    return false;
  if (isa<LabelStmt, SwitchCase>(S))
    return true;
  return llvm::any_of(S->children(), [](const Stmt *Child) { return hasEntryPoint(Child); });
}

/// The guards `if (C) return ..;` before `Child` in `Block` that every path
/// to `Child` passes: their conditions are false there.
void addGuardsBefore(const CompoundStmt &Block, const Stmt *Child, KnownConditions &Known,
                     ASTContext &Ctx, const llvm::DenseSet<const VarDecl *> &Stable) {
  std::vector<FlagFact> Guards;
  for (const Stmt *Statement : Block.body()) {
    bool Entered = hasEntryPoint(Statement);
    if (Entered)
      Guards.clear(); // A jump to the label skips the guards before it.
    if (Statement == Child)
      break;
    if (Entered)
      continue; // A jump into the guard itself may skip its test.
    const auto *If = dyn_cast<IfStmt>(Statement);
    if (!If || If->getElse() || If->getInit() || If->getConditionVariable() ||
        !jumpsAway(If->getThen()))
      continue;
    if (std::optional<FlagFact> Fact = factOf(If->getCond(), Ctx, Stable)) {
      Fact->Equals = !Fact->Equals;
      Guards.push_back(std::move(*Fact));
    }
  }
  for (FlagFact &Fact : Guards)
    Known.add(std::move(Fact));
}

} // namespace

std::optional<bool> KnownConditions::evaluate(const Expr *Cond, ASTContext &Ctx,
                                              const llvm::DenseSet<const VarDecl *> &Flags) const {
  std::optional<FlagFact> Asked = factOf(Cond, Ctx, Flags);
  if (!Asked)
    return std::nullopt;
  for (const FlagFact &Known : Facts) {
    if (Known.Flag != Asked->Flag)
      continue;
    bool SameValue = llvm::APSInt::isSameValue(Known.Value, Asked->Value);
    if (Known.Equals) // flag == K: decides any comparison with a constant.
      return Asked->Equals ? SameValue : !SameValue;
    if (SameValue) // flag != K: decides only comparisons with K.
      return !Asked->Equals;
    return std::nullopt;
  }
  return std::nullopt;
}

void KnownConditions::update(const Stmt *S, ASTContext &Ctx,
                             const llvm::DenseSet<const VarDecl *> &Flags) {
  const VarDecl *Flag = nullptr;
  std::optional<llvm::APSInt> Value;
  if (const auto *Assign = dyn_cast<BinaryOperator>(S); Assign && Assign->isAssignmentOp()) {
    Flag = flagIn(Assign->getLHS(), Flags);
    if (Flag && Assign->getOpcode() == BO_Assign)
      Value = constantOf(Assign->getRHS(), Ctx);
  } else if (const auto *Step = dyn_cast<UnaryOperator>(S);
             Step && Step->isIncrementDecrementOp()) {
    Flag = flagIn(Step->getSubExpr(), Flags);
  } else if (const auto *Decl = dyn_cast<DeclStmt>(S); Decl && Decl->isSingleDecl()) {
    const auto *Var = dyn_cast<VarDecl>(Decl->getSingleDecl());
    if (Var && Flags.contains(Var)) {
      Flag = Var;
      if (Var->getInit())
        Value = constantOf(Var->getInit(), Ctx);
    }
  }
  if (!Flag)
    return;
  llvm::erase_if(Facts, [Flag](const FlagFact &F) { return F.Flag == Flag; });
  if (Value)
    add(FlagFact{Flag, true, *Value});
}

void KnownConditions::add(FlagFact Fact) {
  llvm::erase_if(Facts, [&](const FlagFact &F) { return F.Flag == Fact.Flag; });
  auto At = llvm::find_if(Facts, [&](const FlagFact &F) { return F.Flag > Fact.Flag; });
  Facts.insert(At, std::move(Fact));
}

bool KnownConditions::operator==(const KnownConditions &Other) const {
  return Facts.size() == Other.Facts.size() &&
         llvm::all_of(llvm::zip(Facts, Other.Facts), [](const auto &Pair) {
           const FlagFact &A = std::get<0>(Pair), &B = std::get<1>(Pair);
           return A.Flag == B.Flag && A.Equals == B.Equals &&
                  llvm::APSInt::isSameValue(A.Value, B.Value);
         });
}

BodyFlags flagsOf(const Stmt &Body) {
  FlagFinder Found;
  Found.TraverseStmt(const_cast<Stmt *>(&Body));
  BodyFlags Out;
  for (const VarDecl *Var : Found.Candidates) {
    if (Found.Escaped.contains(Var))
      continue;
    Out.Flags.insert(Var);
    if (!Found.Written.contains(Var))
      Out.Unwritten.insert(Var);
  }
  return Out;
}

KnownConditions conditionsAround(const Stmt &S, const ParentMap &Parents, ASTContext &Ctx,
                                 const llvm::DenseSet<const VarDecl *> &Stable) {
  KnownConditions Known;
  for (const Stmt *Child = &S, *Parent = Parents.getParent(&S); Parent;
       Child = Parent, Parent = Parents.getParent(Parent)) {
    if (const auto *Block = dyn_cast<CompoundStmt>(Parent))
      addGuardsBefore(*Block, Child, Known, Ctx, Stable);
    const auto *If = dyn_cast<IfStmt>(Parent);
    if (!If || !If->getCond() || If->getConditionVariable() ||
        (Child != If->getThen() && Child != If->getElse()))
      continue;
    if (std::optional<FlagFact> Fact = factOf(If->getCond(), Ctx, Stable)) {
      if (Child == If->getElse())
        Fact->Equals = !Fact->Equals;
      Known.add(std::move(*Fact));
    }
  }
  return Known;
}

} // namespace async_tidy
