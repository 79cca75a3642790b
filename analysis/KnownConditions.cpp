//===--- KnownConditions.cpp - Flag values a path of the leak walk knows --===//

#include "KnownConditions.h"
#include "BodyWalker.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace async_tidy {

namespace {

/// The variable `E` names, or the field it reads through a variable.
std::optional<FlagKey> flagKeyOf(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  const FieldDecl *Field = nullptr;
  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    Field = dyn_cast<FieldDecl>(Member->getMemberDecl());
    if (!Field)
      return std::nullopt;
    E = Member->getBase()->IgnoreParenImpCasts();
  }
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var)
    return std::nullopt;
  return FlagKey{Var, Field};
}

std::optional<FlagKey> flagIn(const Expr *E, const FlagSet &Flags) {
  std::optional<FlagKey> Key = flagKeyOf(E);
  return Key && Flags.contains(*Key) ? Key : std::nullopt;
}

/// Whether assigning `Target` changes `Flag`: it is the flag, or the
/// variable the flag's field is read through.
bool writes(const Expr *Target, const FlagKey &Flag) {
  std::optional<FlagKey> Key = flagKeyOf(Target);
  return Key && (*Key == Flag || (Flag.second && *Key == FlagKey{Flag.first, nullptr}));
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
std::optional<FlagFact> factOf(const Expr *Cond, ASTContext &Ctx, const FlagSet &Flags) {
  Cond = Cond->IgnoreParenImpCasts();
  if (const auto *Not = dyn_cast<UnaryOperator>(Cond); Not && Not->getOpcode() == UO_LNot) {
    std::optional<FlagFact> Inner = factOf(Not->getSubExpr(), Ctx, Flags);
    if (Inner)
      Inner->Equals = !Inner->Equals;
    return Inner;
  }
  if (std::optional<FlagKey> Flag = flagIn(Cond, Flags)) // `flag`: flag != 0
    return FlagFact{*Flag, false, llvm::APSInt::get(0)};
  const auto *Cmp = dyn_cast<BinaryOperator>(Cond);
  if (!Cmp || !Cmp->isEqualityOp())
    return std::nullopt;
  const Expr *FlagSide = Cmp->getLHS(), *ValueSide = Cmp->getRHS();
  if (!flagIn(FlagSide, Flags))
    std::swap(FlagSide, ValueSide);
  std::optional<FlagKey> Flag = flagIn(FlagSide, Flags);
  std::optional<llvm::APSInt> Value = Flag ? constantOf(ValueSide, Ctx) : std::nullopt;
  if (!Value)
    return std::nullopt;
  return FlagFact{*Flag, Cmp->getOpcode() == BO_EQ, *Value};
}

/// Adds to `Out` the facts that hold where `Cond` evaluates to `Holds`: one
/// test, or each operand of `a && b` (true) and of `a || b` (false).
void collectFacts(const Expr *Cond, bool Holds, ASTContext &Ctx, const FlagSet &Flags,
                  std::vector<FlagFact> &Out) {
  Cond = Cond->IgnoreParenImpCasts();
  if (const auto *Not = dyn_cast<UnaryOperator>(Cond); Not && Not->getOpcode() == UO_LNot)
    return collectFacts(Not->getSubExpr(), !Holds, Ctx, Flags, Out);
  if (const auto *Logical = dyn_cast<BinaryOperator>(Cond);
      Logical && Logical->getOpcode() == (Holds ? BO_LAnd : BO_LOr)) {
    collectFacts(Logical->getLHS(), Holds, Ctx, Flags, Out);
    collectFacts(Logical->getRHS(), Holds, Ctx, Flags, Out);
    return;
  }
  if (std::optional<FlagFact> Fact = factOf(Cond, Ctx, Flags)) {
    if (!Holds)
      Fact->Equals = !Fact->Equals;
    Out.push_back(std::move(*Fact));
  }
}

/// Whether `S` assigns, increments or decrements `Flag` anywhere in it.
bool writesFlag(const Stmt *S, const FlagKey &Flag) {
  if (!S)
    return false;
  if (const auto *Assign = dyn_cast<BinaryOperator>(S);
      Assign && Assign->isAssignmentOp() && writes(Assign->getLHS(), Flag))
    return true;
  if (const auto *Step = dyn_cast<UnaryOperator>(S);
      Step && Step->isIncrementDecrementOp() && writes(Step->getSubExpr(), Flag))
    return true;
  return llvm::any_of(S->children(), [Flag](const Stmt *Child) { return writesFlag(Child, Flag); });
}

/// Forgets the facts about flags that `S` may write.
void dropWrittenIn(const Stmt *S, std::vector<FlagFact> &Facts) {
  llvm::erase_if(Facts, [S](const FlagFact &Fact) { return writesFlag(S, Fact.Flag); });
}

/// Finds the flags of a body.
class FlagFinder : public RecursiveASTVisitor<FlagFinder> {
public:
  FlagSet Candidates, Escaped;

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (Var && !Var->getType()->isReferenceType() && isFlagType(Var->getType()))
      Candidates.insert({Var, nullptr});
    return true;
  }
  bool VisitMemberExpr(MemberExpr *Member) {
    std::optional<FlagKey> Key = flagKeyOf(Member);
    if (Key && Key->second && isFlagType(Key->second->getType()) &&
        !Key->first->getType().isVolatileQualified())
      Candidates.insert(*Key);
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *Op) {
    if (Op->getOpcode() == UO_AddrOf)
      escape(Op->getSubExpr());
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
          Escaped.insert({Var, nullptr});
    return true;
  }

private:
  /// A pointer is a flag too: null or not (`if (!in) return -1;`). A
  /// volatile variable (a signal handler's) is not: it changes between any
  /// two statements.
  static bool isFlagType(QualType Type) {
    return !Type.isVolatileQualified() &&
           (Type->isIntegralOrEnumerationType() || Type->isAnyPointerType());
  }
  void escape(const Expr *E) {
    if (std::optional<FlagKey> Key = flagKeyOf(E))
      Escaped.insert(*Key);
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
/// to `Child` passes: their conditions are false there, unless a statement
/// after the guard (or `Child` itself, on the way in) writes the variable.
void addGuardsBefore(const CompoundStmt &Block, const Stmt *Child, KnownConditions &Known,
                     ASTContext &Ctx, const FlagSet &Flags) {
  std::vector<FlagFact> Guards;
  for (const Stmt *Statement : Block.body()) {
    bool Entered = hasEntryPoint(Statement);
    if (Entered)
      Guards.clear(); // A jump to the label skips the guards before it.
    dropWrittenIn(Statement, Guards);
    if (Statement == Child)
      break;
    if (Entered)
      continue; // A jump into the guard itself may skip its test.
    const auto *If = dyn_cast<IfStmt>(Statement);
    if (!If || If->getElse() || If->getInit() || If->getConditionVariable() ||
        !jumpsAway(If->getThen()))
      continue;
    collectFacts(If->getCond(), false, Ctx, Flags, Guards);
  }
  for (FlagFact &Fact : Guards)
    Known.add(std::move(Fact));
}

/// The value a `switch (flag)` gives its flag where `Inner`, a statement of
/// its body, runs: the constant of the one `case` its run of statements
/// starts at, when the statement before that label cannot fall into it and
/// nothing in the run (up to `Inner`) is another way in or writes the flag.
std::optional<FlagFact> caseFactOf(const SwitchStmt &Switch, const Stmt *Inner, ASTContext &Ctx,
                                   const FlagSet &Flags) {
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Switch.getBody());
  std::optional<FlagKey> Flag = Switch.getInit() || Switch.getConditionVariable()
                                    ? std::nullopt
                                    : flagIn(Switch.getCond(), Flags);
  if (!Body || !Flag || !llvm::is_contained(Body->body(), Inner))
    return std::nullopt;
  const CaseStmt *Label = nullptr;
  const Stmt *Previous = nullptr;
  for (const Stmt *Statement : Body->body()) {
    const Stmt *Rest = Statement;
    if (const auto *Case = dyn_cast<SwitchCase>(Statement)) {
      Label = dyn_cast<CaseStmt>(Case); // `default:` says no single value.
      bool FallsIn = Previous && !jumpsAway(Previous);
      if (FallsIn || (Label && (Label->getRHS() || isa<SwitchCase>(Label->getSubStmt()))))
        Label = nullptr; // Several values reach the run.
      Rest = Case->getSubStmt();
    }
    if (hasEntryPoint(Rest) || writesFlag(Rest, *Flag))
      Label = nullptr;
    if (Statement == Inner)
      break;
    Previous = Statement;
  }
  std::optional<llvm::APSInt> Value = Label ? constantOf(Label->getLHS(), Ctx) : std::nullopt;
  if (!Value)
    return std::nullopt;
  return FlagFact{*Flag, true, *Value};
}

} // namespace

std::optional<bool> KnownConditions::evaluate(const Expr *Cond, ASTContext &Ctx,
                                              const FlagSet &Flags) const {
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

void KnownConditions::update(const Stmt *S, ASTContext &Ctx, const FlagSet &Flags) {
  std::optional<FlagKey> Target; // What `S` writes.
  const Expr *NewValue = nullptr;
  if (const auto *Assign = dyn_cast<BinaryOperator>(S); Assign && Assign->isAssignmentOp()) {
    Target = flagKeyOf(Assign->getLHS());
    if (Assign->getOpcode() == BO_Assign)
      NewValue = Assign->getRHS();
  } else if (const auto *Step = dyn_cast<UnaryOperator>(S);
             Step && Step->isIncrementDecrementOp()) {
    Target = flagKeyOf(Step->getSubExpr());
  } else if (const auto *Decl = dyn_cast<DeclStmt>(S); Decl && Decl->isSingleDecl()) {
    if (const auto *Var = dyn_cast<VarDecl>(Decl->getSingleDecl())) {
      Target = FlagKey{Var, nullptr};
      NewValue = Var->getInit();
    }
  }
  if (!Target)
    return;
  // A variable written anew changes what its fields were known to be too.
  llvm::erase_if(Facts, [&](const FlagFact &F) {
    return F.Flag == *Target || (!Target->second && F.Flag.first == Target->first);
  });
  std::optional<llvm::APSInt> Value =
      NewValue && Flags.contains(*Target) ? constantOf(NewValue, Ctx) : std::nullopt;
  if (Value)
    add(FlagFact{*Target, true, *Value});
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

FlagSet flagsOf(const Stmt &Body) {
  FlagFinder Found;
  Found.TraverseStmt(const_cast<Stmt *>(&Body));
  FlagSet Flags;
  for (const FlagKey &Key : Found.Candidates)
    if (!Found.Escaped.contains(Key))
      Flags.insert(Key);
  return Flags;
}

KnownConditions conditionsAround(const Stmt &S, const ParentMap &Parents, ASTContext &Ctx,
                                 const FlagSet &Flags) {
  KnownConditions Known;
  const Stmt *Inner = nullptr; // The child of `Child` on the way to `S`.
  for (const Stmt *Child = &S, *Parent = Parents.getParent(&S); Parent;
       Inner = Child, Child = Parent, Parent = Parents.getParent(Parent)) {
    if (const auto *Block = dyn_cast<CompoundStmt>(Parent))
      addGuardsBefore(*Block, Child, Known, Ctx, Flags);
    if (const auto *Switch = dyn_cast<SwitchStmt>(Parent); Switch && Child == Switch->getBody())
      if (std::optional<FlagFact> Fact = caseFactOf(*Switch, Inner, Ctx, Flags))
        Known.add(std::move(*Fact));
    const auto *If = dyn_cast<IfStmt>(Parent);
    if (!If || !If->getCond() || If->getConditionVariable() ||
        (Child != If->getThen() && Child != If->getElse()))
      continue;
    // The branch may change the variable before it reaches `S`.
    std::vector<FlagFact> Facts;
    collectFacts(If->getCond(), Child == If->getThen(), Ctx, Flags, Facts);
    dropWrittenIn(Child, Facts);
    for (FlagFact &Fact : Facts)
      Known.add(std::move(Fact));
  }
  return Known;
}

} // namespace async_tidy
