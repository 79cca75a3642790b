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
    if (const auto *Deref = dyn_cast<UnaryOperator>(E); Deref && Deref->getOpcode() == UO_Deref)
      E = Deref->getSubExpr()->IgnoreParenImpCasts(); // `(*p).f` is `p->f`
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

/// What one statement writes, as flags see it.
struct Write {
  /// `{V, null}`: the variable V; `{V, F}`: its field F.
  FlagKey Target;
  /// `*V = ..`, `V[i] = ..`, `V.reset()`: the object V is or points to, so
  /// its fields, not V itself.
  bool Pointee = false;
  /// The value a plain assignment or initialization gives the target.
  const Expr *NewValue = nullptr;
};

/// The variable or field an assignment's left side names, if any.
std::optional<Write> targetOf(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  bool Pointee = false;
  if (const auto *Deref = dyn_cast<UnaryOperator>(E); Deref && Deref->getOpcode() == UO_Deref) {
    E = Deref->getSubExpr();
    Pointee = true;
  } else if (const auto *Element = dyn_cast<ArraySubscriptExpr>(E)) {
    E = Element->getBase();
    Pointee = true;
  }
  std::optional<FlagKey> Key = flagKeyOf(E);
  if (!Key)
    return std::nullopt;
  return Write{*Key, Pointee && !Key->second};
}

/// What `S` writes: an assignment (built in or an `operator=`), a step
/// (`++`, `--`), a declaration with its initializer, a non-const method
/// called on a variable's object.
std::optional<Write> writeOf(const Stmt *S) {
  if (const auto *Assign = dyn_cast<BinaryOperator>(S); Assign && Assign->isAssignmentOp()) {
    std::optional<Write> W = targetOf(Assign->getLHS());
    if (W && Assign->getOpcode() == BO_Assign)
      W->NewValue = Assign->getRHS();
    return W;
  }
  if (const auto *Step = dyn_cast<UnaryOperator>(S); Step && Step->isIncrementDecrementOp())
    return targetOf(Step->getSubExpr());
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(S);
      Operator && Operator->isAssignmentOp() && Operator->getNumArgs() > 0)
    return targetOf(Operator->getArg(0));
  if (const auto *Method = dyn_cast<CXXMemberCallExpr>(S)) {
    const CXXMethodDecl *Callee = Method->getMethodDecl();
    std::optional<FlagKey> Object = Callee && !Callee->isConst() && !Callee->isStatic()
                                        ? flagKeyOf(Method->getImplicitObjectArgument())
                                        : std::nullopt;
    if (Object && !Object->second)
      return Write{*Object, /*Pointee=*/true};
    return std::nullopt;
  }
  if (const auto *Decl = dyn_cast<DeclStmt>(S); Decl && Decl->isSingleDecl()) {
    // A static local keeps its value from the last call: its declaration
    // writes nothing after the first one.
    const auto *Var = dyn_cast<VarDecl>(Decl->getSingleDecl());
    if (Var && Var->hasLocalStorage())
      return Write{FlagKey{Var, nullptr}, false, Var->getInit()};
  }
  return std::nullopt;
}

/// Whether `W` may change `Flag`: the flag itself, a field of the object
/// written or of a variable written anew, or another member of a union.
bool changes(const Write &W, const FlagKey &Flag) {
  if (W.Target.first != Flag.first)
    return false;
  if (!W.Target.second) // the variable, or its object
    return W.Pointee ? Flag.second != nullptr : true;
  return W.Target.second == Flag.second || (Flag.second && W.Target.second->getParent()->isUnion());
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

/// Every write in `S` (lambda bodies too: a flag they capture by reference
/// is no flag anyway).
std::vector<Write> writesIn(const Stmt *S) {
  std::vector<Write> Writes;
  if (S)
    forEachNode(
        S,
        [&Writes](const Stmt *Node) {
          if (std::optional<Write> W = writeOf(Node))
            Writes.push_back(*W);
        },
        /*EnterLambdas=*/true);
  return Writes;
}

/// Whether `S` may write `Flag` anywhere in it.
bool writesFlag(const Stmt *S, const FlagKey &Flag) {
  return llvm::any_of(writesIn(S), [&Flag](const Write &W) { return changes(W, Flag); });
}

/// Forgets the facts about flags that `S` may write (one walk of `S`).
void dropWrittenIn(const Stmt *S, std::vector<FlagFact> &Facts) {
  if (Facts.empty())
    return;
  std::vector<Write> Writes = writesIn(S);
  llvm::erase_if(Facts, [&Writes](const FlagFact &Fact) {
    return llvm::any_of(Writes, [&Fact](const Write &W) { return changes(W, Fact.Flag); });
  });
}

/// Finds the flags of a body, and those another name may change.
class FlagFinder : public RecursiveASTVisitor<FlagFinder> {
public:
  FlagSet Candidates, Escaped;
  /// Variables whose object another name reaches (`p = &o`, `T &r = o`, a
  /// copy of the pointer `o`, a pointer whose own address is taken): writes
  /// to its fields through that name are not seen, so its fields are no
  /// flags.
  llvm::DenseSet<const VarDecl *> SharedObjects;

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (Var && !Var->getType()->isReferenceType() && isFlagType(Var->getType()))
      Candidates.insert({Var, nullptr});
    return true;
  }
  bool VisitMemberExpr(MemberExpr *Member) {
    // The member's type carries the volatile of the object it is read from.
    std::optional<FlagKey> Key = flagKeyOf(Member);
    if (Key && Key->second && !Key->second->getParent()->isUnion() && isFlagType(Member->getType()))
      Candidates.insert(*Key);
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *Op) {
    if (Op->getOpcode() != UO_AddrOf)
      return true;
    escape(Op->getSubExpr());
    if (const VarDecl *Var = variableOf(Op->getSubExpr()))
      AddressesTaken.push_back({Op, Var});
    return true;
  }
  bool VisitCallExpr(CallExpr *Call) {
    // `read_flag(&f)` is caught above; `set(f)` with an `int &` here. A
    // member operator's first argument is its object, not a parameter.
    const FunctionDecl *Callee = Call->getDirectCallee();
    unsigned Shift = isa<CXXOperatorCallExpr>(Call) && isa_and_nonnull<CXXMethodDecl>(Callee);
    for (unsigned I = Shift; I < Call->getNumArgs(); ++I) {
      const Expr *Arg = Call->getArg(I);
      if (const auto *AddrOf = dyn_cast<UnaryOperator>(Arg->IgnoreParenImpCasts());
          AddrOf && AddrOf->getOpcode() == UO_AddrOf)
        PassedByAddress.insert(AddrOf); // `parse_options(argc, argv, &o)`
      unsigned Index = I - Shift;
      QualType Param = Callee && Index < Callee->getNumParams()
                           ? Callee->getParamDecl(Index)->getType()
                           : QualType();
      if (Param.isNull() ||
          (Param->isReferenceType() && !Param.getNonReferenceType().isConstQualified()))
        escape(Arg);
    }
    return true;
  }
  bool VisitVarDecl(VarDecl *Var) {
    if (!Var->getInit())
      return true;
    if (Var->getType()->isReferenceType()) {
      escape(Var->getInit());
      share(Var->getInit());
    } else if (Var->getType()->isAnyPointerType()) {
      share(Var->getInit()); // `struct options *p = opts;`
    }
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *Op) {
    if (Op->getOpcode() == BO_Assign && Op->getType()->isAnyPointerType())
      share(Op->getRHS());
    return true;
  }
  bool VisitLambdaExpr(LambdaExpr *Lambda) {
    for (const LambdaCapture &Capture : Lambda->captures())
      if (Capture.capturesVariable() && Capture.getCaptureKind() == LCK_ByRef)
        if (const auto *Var = dyn_cast<VarDecl>(Capture.getCapturedVar())) {
          Escaped.insert({Var, nullptr});
          SharedObjects.insert(Var);
        }
    return true;
  }

  /// After the walk: an address taken anywhere but as a call's argument
  /// (kept in a variable), or a pointer's own address, shares the object.
  void shareTakenAddresses() {
    for (const auto &[AddrOf, Var] : AddressesTaken)
      if (!PassedByAddress.contains(AddrOf) || Var->getType()->isAnyPointerType())
        SharedObjects.insert(Var);
  }

private:
  /// A pointer is a flag too: null or not (`if (!in) return -1;`). A
  /// volatile variable (a signal handler's) is not: it changes between any
  /// two statements.
  static bool isFlagType(QualType Type) {
    return !Type.isVolatileQualified() &&
           (Type->isIntegralOrEnumerationType() || Type->isAnyPointerType());
  }
  static const VarDecl *variableOf(const Expr *E) {
    const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
    return Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  }
  void escape(const Expr *E) {
    if (std::optional<FlagKey> Key = flagKeyOf(E))
      Escaped.insert(*Key);
  }
  /// `E`, a variable's object or a pointer to it, now has another name.
  void share(const Expr *E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *AddrOf = dyn_cast<UnaryOperator>(E); AddrOf && AddrOf->getOpcode() == UO_AddrOf)
      E = AddrOf->getSubExpr();
    if (const VarDecl *Var = variableOf(E))
      SharedObjects.insert(Var);
  }

  std::vector<std::pair<const UnaryOperator *, const VarDecl *>> AddressesTaken;
  llvm::DenseSet<const UnaryOperator *> PassedByAddress;
};

/// Whether `S` never goes on to the statement after it: it returns,
/// throws, jumps, or calls a function that does not return, on every path.
bool jumpsAway(const Stmt *S) {
  if (!S)
    return false;
  if (isa<ReturnStmt, CoreturnStmt, GotoStmt, BreakStmt, ContinueStmt>(S))
    return true;
  if (const auto *Case = dyn_cast<SwitchCase>(S)) // `case TABLE: break;`
    return jumpsAway(Case->getSubStmt());
  if (const auto *Label = dyn_cast<LabelStmt>(S))
    return jumpsAway(Label->getSubStmt());
  if (isa<Expr>(S))
    return neverCompletes(S);
  if (const auto *If = dyn_cast<IfStmt>(S))
    return If->getElse() && jumpsAway(If->getThen()) && jumpsAway(If->getElse());
  if (const auto *Block = dyn_cast<CompoundStmt>(S))
    return llvm::any_of(Block->body(), [](const Stmt *Statement) { return jumpsAway(Statement); });
  return false;
}

/// Whether a jump from outside `S` can enter it: a label in it, or a case
/// of a switch around it (a switch inside `S` enters its own cases only
/// from its own test, which is in `S`).
bool hasEntryPoint(const Stmt *S, bool CasesCount = true) {
  if (!S)
    return false;
  if (isa<LabelStmt>(S) || (CasesCount && isa<SwitchCase>(S)))
    return true;
  bool ChildCasesCount = CasesCount && !isa<SwitchStmt>(S);
  return llvm::any_of(S->children(), [ChildCasesCount](const Stmt *Child) {
    return hasEntryPoint(Child, ChildCasesCount);
  });
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
    std::vector<FlagFact> Facts;
    collectFacts(If->getCond(), false, Ctx, Flags, Facts);
    dropWrittenIn(If->getCond(), Facts); // `if (n == 0 || (n = refill()) < 0)`
    Guards.insert(Guards.end(), Facts.begin(), Facts.end());
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
  std::optional<Write> W = writeOf(S);
  if (!W)
    return;
  llvm::erase_if(Facts, [&](const FlagFact &F) { return changes(*W, F.Flag); });
  std::optional<llvm::APSInt> Value = W->NewValue && !W->Pointee && Flags.contains(W->Target)
                                          ? constantOf(W->NewValue, Ctx)
                                          : std::nullopt;
  if (Value)
    add(FlagFact{W->Target, true, *Value});
}

void KnownConditions::add(FlagFact Fact) {
  llvm::erase_if(Facts, [&](const FlagFact &F) { return F.Flag == Fact.Flag; });
  auto At = llvm::find_if(Facts, [&](const FlagFact &F) { return F.Flag > Fact.Flag; });
  Facts.insert(At, std::move(Fact));
}

static bool sameFact(const FlagFact &A, const FlagFact &B) {
  return A.Flag == B.Flag && A.Equals == B.Equals && llvm::APSInt::isSameValue(A.Value, B.Value);
}

void KnownConditions::addAll(const KnownConditions &Other) {
  for (const FlagFact &Fact : Other.Facts)
    add(Fact);
}

void KnownConditions::keepCommon(const KnownConditions &Other) {
  llvm::erase_if(Facts, [&](const FlagFact &Mine) {
    return llvm::none_of(Other.Facts,
                         [&](const FlagFact &Theirs) { return sameFact(Mine, Theirs); });
  });
}

bool KnownConditions::operator==(const KnownConditions &Other) const {
  return Facts.size() == Other.Facts.size() &&
         llvm::all_of(llvm::zip(Facts, Other.Facts), [](const auto &Pair) {
           return sameFact(std::get<0>(Pair), std::get<1>(Pair));
         });
}

FlagSet flagsOf(const Stmt &Body) {
  FlagFinder Found;
  Found.TraverseStmt(const_cast<Stmt *>(&Body));
  Found.shareTakenAddresses();
  FlagSet Flags;
  for (const FlagKey &Key : Found.Candidates)
    if (!Found.Escaped.contains(Key) && !(Key.second && Found.SharedObjects.contains(Key.first)))
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
    // A `goto` to a label in the branch skips the test.
    if (!If || !If->getCond() || If->getConditionVariable() ||
        (Child != If->getThen() && Child != If->getElse()) || hasEntryPoint(Child))
      continue;
    // The condition, and the branch, may change the variable before `S`.
    std::vector<FlagFact> Facts;
    collectFacts(If->getCond(), Child == If->getThen(), Ctx, Flags, Facts);
    dropWrittenIn(If->getCond(), Facts);
    dropWrittenIn(Child, Facts);
    for (FlagFact &Fact : Facts)
      Known.add(std::move(Fact));
  }
  return Known;
}

} // namespace async_tidy
