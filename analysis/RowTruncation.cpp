//===--- RowTruncation.cpp - Where a program keeps only a result's first rows -===//

#include "RowTruncation.h"

#include "BodyWalker.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace async_tidy {

const VarDecl *namedVariable(const Expr *E) {
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreParenImpCasts() : nullptr))
    return dyn_cast<VarDecl>(Ref->getDecl());
  return nullptr;
}

namespace {

bool refersTo(const Stmt *S, const VarDecl *V) {
  return mentionsVariable(S, [V](const VarDecl *Named) { return Named == V; });
}

/// `++v`, `v++` or `v += 1`.
bool isStepOf(const Stmt *S, const VarDecl *V) {
  if (const auto *Unary = dyn_cast_or_null<UnaryOperator>(S))
    return Unary->isIncrementOp() && namedVariable(Unary->getSubExpr()) == V;
  if (const auto *Compound = dyn_cast_or_null<CompoundAssignOperator>(S)) {
    const auto *One = dyn_cast<IntegerLiteral>(Compound->getRHS()->IgnoreParenImpCasts());
    return Compound->getOpcode() == BO_AddAssign && namedVariable(Compound->getLHS()) == V && One &&
           One->getValue() == 1;
  }
  return false;
}

/// How a piece of code writes a local variable.
struct Writes {
  std::vector<const Stmt *> Steps; ///< `++v`, `v++`, `v += 1`.
  bool Other = false;              ///< Any other write, or its address or a reference taken.
};

void collectWrites(const Stmt *S, const Stmt *Parent, const VarDecl *V, Writes &Out,
                   const Stmt *Skip) {
  if (!S || S == Skip)
    return;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S); Ref && Ref->getDecl() == V) {
    const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(Parent);
    if (Cast && Cast->getCastKind() == CK_LValueToRValue)
      return; // a read
    if (isStepOf(Parent, V))
      Out.Steps.push_back(Parent);
    else
      Out.Other = true; // assigned, decremented, its address or a reference taken
    return;
  }
  for (const Stmt *Child : S->children())
    collectWrites(Child, S, V, Out, Skip);
}

/// The writes of `V` below `S`, but for those below `Skip`.
Writes writesIn(const Stmt *S, const VarDecl *V, const Stmt *Skip = nullptr) {
  Writes Out;
  collectWrites(S, nullptr, V, Out, Skip);
  return Out;
}

} // namespace

bool keepsItsValue(const VarDecl *V, const Stmt *Except) {
  const auto *Function = V ? dyn_cast<FunctionDecl>(V->getDeclContext()) : nullptr;
  if (!Function || !Function->getBody() || V->getType()->isReferenceType() ||
      V->getType().isVolatileQualified() || !V->hasLocalStorage())
    return false;
  Writes InFunction = writesIn(Function->getBody(), V, Except);
  return !InFunction.Other && InFunction.Steps.empty();
}

namespace {

/// `0`, `{0}` or `{}`.
bool isZero(const Expr *E) {
  E = E ? E->IgnoreParenImpCasts() : nullptr;
  if (const auto *List = dyn_cast_or_null<InitListExpr>(E))
    return List->getNumInits() == 0 || (List->getNumInits() == 1 && isZero(List->getInit(0)));
  if (isa_and_nonnull<ImplicitValueInitExpr>(E))
    return true;
  const auto *Literal = dyn_cast_or_null<IntegerLiteral>(E);
  return Literal && Literal->getValue() == 0;
}

/// Whether `V` is a local integer of at least 32 bits (a narrower one may
/// wrap before it reaches N).
bool isWideLocalInteger(const VarDecl *V) {
  return V && V->hasLocalStorage() && !V->getType()->isReferenceType() &&
         V->getType()->isIntegerType() && !V->getType()->isBooleanType() &&
         V->getASTContext().getTypeSize(V->getType()) >= 32;
}

/// Whether `V` is such an integer and starts at 0.
bool startsAtZero(const VarDecl *V) { return isWideLocalInteger(V) && isZero(V->getInit()); }

/// Whether `Loop` is a statement of the block that declares `V`, after it:
/// each time the loop runs, `V` was just set (not left over from an
/// enclosing loop's previous pass).
bool declaredEarlierInLoopBlock(const VarDecl *V, const Stmt *Loop, const Stmt *S) {
  if (!S)
    return false;
  if (const auto *Block = dyn_cast<CompoundStmt>(S)) {
    bool Declared = false;
    for (const Stmt *Child : Block->body()) {
      if (const auto *Decl = dyn_cast<DeclStmt>(Child))
        Declared |= llvm::is_contained(Decl->decls(), V);
      if (Child == Loop)
        return Declared;
    }
  }
  for (const Stmt *Child : S->children())
    if (declaredEarlierInLoopBlock(V, Loop, Child))
      return true;
  return false;
}

/// Whether the loop body has a `continue` of this loop, or a `goto` or
/// label (which may skip a step).
bool mayEndIterationEarly(const Stmt *S) {
  if (!S)
    return false;
  if (isa<ContinueStmt, GotoStmt, IndirectGotoStmt, LabelStmt>(S))
    return true;
  if (isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S))
    return false; // its continues are its own
  for (const Stmt *Child : S->children())
    if (mayEndIterationEarly(Child))
      return true;
  return false;
}

/// `if (<test>) break;` with nothing else: its test.
const Expr *breakTest(const Stmt *S) {
  const auto *If = dyn_cast<IfStmt>(S);
  if (!If || If->getElse() || If->getInit() || If->getConditionVariable())
    return nullptr;
  const Stmt *Then = If->getThen();
  if (const auto *Block = dyn_cast<CompoundStmt>(Then); Block && Block->size() == 1)
    Then = Block->body_front();
  return isa<BreakStmt>(Then) ? If->getCond() : nullptr;
}

/// The counter a test operand reads: `n`, `++n` or `n++`; whether it is
/// stepped before the test reads it.
struct CounterRead {
  const VarDecl *Counter = nullptr;
  std::optional<bool> SteppedFirst; ///< Set when the operand steps it.
};
CounterRead counterRead(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Unary = dyn_cast<UnaryOperator>(E); Unary && Unary->isIncrementOp())
    return {namedVariable(Unary->getSubExpr()), Unary->isPrefix()};
  return {namedVariable(E), std::nullopt};
}

} // namespace

namespace {

/// `Rows.size()`, or a row count function called on `Rows`, through casts.
bool isRowCount(const Expr *E, const VarDecl *Rows, const llvm::StringSet<> &RowCountFunctions) {
  E = E->IgnoreParenCasts();
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *Method = Member->getMethodDecl();
    return Method && Method->getIdentifier() && Method->getName() == "size" &&
           Member->getNumArgs() == 0 && namedVariable(Member->getImplicitObjectArgument()) == Rows;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    return Callee && Call->getNumArgs() == 1 && namedVariable(Call->getArg(0)) == Rows &&
           RowCountFunctions.contains(Callee->getQualifiedNameAsString());
  }
  return false;
}

/// The upper bounds `I < X` (or `X > I`) of a loop test: the test itself
/// or the operands of its `&&`s.
void upperBounds(const Expr *Test, const VarDecl *I, std::vector<const Expr *> &Out) {
  const auto *Binary = dyn_cast<BinaryOperator>(Test->IgnoreParenImpCasts());
  if (!Binary)
    return;
  if (Binary->getOpcode() == BO_LAnd) {
    upperBounds(Binary->getLHS(), I, Out);
    upperBounds(Binary->getRHS(), I, Out);
  } else if (Binary->getOpcode() == BO_LT && namedVariable(Binary->getLHS()) == I) {
    Out.push_back(Binary->getRHS());
  } else if (Binary->getOpcode() == BO_GT && namedVariable(Binary->getRHS()) == I) {
    Out.push_back(Binary->getLHS());
  }
}

} // namespace

namespace {

/// A loop body that breaks once a counter of its iterations reaches N (see
/// the header); `Index` is the index variable of an index loop, stepped
/// after each iteration, and `Element` the range-for's variable.
std::optional<RowTruncation> breakAfterCount(const Stmt *Loop, const Stmt *LoopBody,
                                             const VarDecl *Rows, const VarDecl *Index,
                                             const VarDecl *Element) {
  const auto *Body = dyn_cast<CompoundStmt>(LoopBody);
  if (!Body || mayEndIterationEarly(Body))
    return std::nullopt;
  for (const Stmt *S : Body->body()) {
    const auto *Test = dyn_cast_or_null<BinaryOperator>(breakTest(S));
    if (!Test)
      continue;
    // `n >= N`, `n > N`, `n == N`, or the same the other way round.
    BinaryOperatorKind Op = Test->getOpcode();
    const Expr *CounterSide = Test->getLHS(), *KeptSide = Test->getRHS();
    if (Op == BO_LE || Op == BO_LT) {
      std::swap(CounterSide, KeptSide);
      Op = Op == BO_LE ? BO_GE : BO_GT;
    } else if (Op == BO_EQ && !isWideLocalInteger(counterRead(CounterSide).Counter)) {
      std::swap(CounterSide, KeptSide);
    }
    if (Op != BO_GE && Op != BO_GT && Op != BO_EQ)
      continue;
    CounterRead Read = counterRead(CounterSide);
    const VarDecl *Counter = Read.Counter;
    // The loop starts the index at 0; another counter starts there itself.
    if (!isWideLocalInteger(Counter) || (Counter != Index && !startsAtZero(Counter)) ||
        refersTo(KeptSide, Counter) || refersTo(KeptSide, Rows) ||
        (Element && refersTo(KeptSide, Element)) || (Index && refersTo(KeptSide, Index)))
      continue;
    bool SteppedFirst;
    if (Counter == Index) {
      // The loop steps it after each iteration, and the body does not.
      if (Read.SteppedFirst)
        continue;
      SteppedFirst = false;
    } else {
      // Stepped exactly once per row: the only write of the function is
      // one step, in the test or as a statement of the body.
      const auto *Function = dyn_cast<FunctionDecl>(Counter->getDeclContext());
      const Stmt *FunctionBody = Function ? Function->getBody() : nullptr;
      Writes InFunction = writesIn(FunctionBody, Counter);
      if (!FunctionBody || InFunction.Other || InFunction.Steps.size() != 1 ||
          !declaredEarlierInLoopBlock(Counter, Loop, FunctionBody))
        continue;
      const Stmt *Step = InFunction.Steps.front();
      if (Read.SteppedFirst) {
        SteppedFirst = *Read.SteppedFirst;
      } else {
        auto At = std::find(Body->body_begin(), Body->body_end(), Step);
        if (At == Body->body_end())
          continue; // stepped under a condition: counts only some rows
        SteppedFirst = At < std::find(Body->body_begin(), Body->body_end(), S);
      }
    }
    // In the k-th iteration (from 1) the test reads k once stepped first,
    // else k - 1; it breaks once that reaches N (`>=`, `==`) or N + 1
    // (`>`), having read the row it breaks on.
    unsigned Extra = (Op == BO_GT ? 1 : 0) + (SteppedFirst ? 0 : 1);
    return RowTruncation{Loop, KeptSide, Extra, nullptr, Index};
  }
  return std::nullopt;
}

/// The variable a for-loop's init sets, `int i = <start>` or `i = <start>`,
/// and its start; null for a start of 0.
const VarDecl *startedByInit(const Stmt *Init, const Expr *&Start) {
  const VarDecl *I = nullptr;
  if (const auto *Decl = dyn_cast_or_null<DeclStmt>(Init)) {
    I = Decl->isSingleDecl() ? dyn_cast<VarDecl>(Decl->getSingleDecl()) : nullptr;
    Start = I ? I->getInit() : nullptr;
  } else if (const auto *Assign = dyn_cast_or_null<BinaryOperator>(Init);
             Assign && Assign->getOpcode() == BO_Assign) {
    I = namedVariable(Assign->getLHS());
    Start = Assign->getRHS();
  }
  if (!I || !Start || !isWideLocalInteger(I))
    return nullptr;
  if (isZero(Start))
    Start = nullptr;
  return I;
}

/// Whether the body reads the index only as it is (`rows[i]`,
/// `PQgetvalue(res, i, 0)`, `i >= N`): `i + 1` reads another row.
bool readsIndexAsIs(const Stmt *S, const Stmt *Parent, const VarDecl *I) {
  if (!S)
    return true;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S); Ref && Ref->getDecl() == I) {
    const auto *Binary = dyn_cast_or_null<BinaryOperator>(Parent);
    return !Binary || Binary->isComparisonOp();
  }
  // Implicit conversions are looked through: `i` as a size_t argument.
  const Stmt *ParentOfChildren = isa<ImplicitCastExpr, ParenExpr>(S) ? Parent : S;
  for (const Stmt *Child : S->children())
    if (!readsIndexAsIs(Child, ParentOfChildren, I))
      return false;
  return true;
}

/// The index of `for (<i> = <start>; <i> < <row count of Rows>; ++<i>)`
/// whose body does not write it and reads it only as it is; `Start` is its
/// start (null for 0), `Bounds` the test's upper bounds of it.
const VarDecl *rowIndex(const ForStmt *Loop, const Expr *&Start,
                        std::vector<const Expr *> &Bounds) {
  const VarDecl *I = startedByInit(Loop->getInit(), Start);
  if (!I || !Loop->getCond() || !isStepOf(Loop->getInc(), I))
    return nullptr;
  Writes InBody = writesIn(Loop->getBody(), I);
  if (InBody.Other || !InBody.Steps.empty() || !readsIndexAsIs(Loop->getBody(), Loop, I))
    return nullptr;
  upperBounds(Loop->getCond(), I, Bounds);
  return I;
}

} // namespace

std::optional<RowTruncation> counterBreakOf(const CXXForRangeStmt *Loop, const VarDecl *Rows) {
  if (namedVariable(Loop->getRangeInit()) != Rows)
    return std::nullopt;
  std::optional<RowTruncation> Found =
      breakAfterCount(Loop, Loop->getBody(), Rows, nullptr, Loop->getLoopVariable());
  if (Found)
    Found->RowsNamed = Loop->getRangeInit();
  return Found;
}

std::optional<RowTruncation> indexLoopTruncationOf(const ForStmt *Loop, const VarDecl *Rows,
                                                   const llvm::StringSet<> &RowCountFunctions) {
  std::vector<const Expr *> Bounds;
  const Expr *Start = nullptr;
  const VarDecl *I = rowIndex(Loop, Start, Bounds);
  if (!I || (Start && refersTo(Start, Rows)))
    return std::nullopt;
  // Over every row, `for (i = 0; i < PQntuples(res); ++i)`: a break after
  // a count (which counts from the first row).
  if (Bounds.size() == 1 && isRowCount(Bounds.front(), Rows, RowCountFunctions)) {
    if (Start)
      return std::nullopt;
    std::optional<RowTruncation> Found = breakAfterCount(Loop, Loop->getBody(), Rows, I, nullptr);
    if (Found)
      Found->RowsNamed = Bounds.front();
    return Found;
  }
  // `i < std::min(rows.size(), N)`.
  if (Bounds.size() == 1)
    if (const auto *Min = dyn_cast<CallExpr>(Bounds.front()->IgnoreParenImpCasts());
        Min && Min->getNumArgs() == 2 && Min->getDirectCallee() &&
        Min->getDirectCallee()->getQualifiedNameAsString() == "std::min")
      Bounds = {Min->getArg(0), Min->getArg(1)};
  if (Bounds.size() != 2)
    return std::nullopt;
  // `i < rows.size() && i < N`: whatever the start (a page's `i =
  // offset`), the rows read are below N.
  for (int Count : {0, 1}) {
    const Expr *Kept = Bounds[1 - Count];
    if (isRowCount(Bounds[Count], Rows, RowCountFunctions) && !refersTo(Kept, Rows) &&
        !refersTo(Kept, I))
      return RowTruncation{Loop, Kept, 0, Bounds[Count], I};
  }
  return std::nullopt;
}

namespace {

/// `std::views::<View>(<args>)` (`take`, `drop`): its arguments after the
/// view object.
std::optional<std::vector<const Expr *>> viewArguments(const Expr *E, llvm::StringRef View) {
  const auto *Call = dyn_cast<CXXOperatorCallExpr>(E->IgnoreImplicit());
  if (!Call || Call->getOperator() != OO_Call)
    return std::nullopt;
  const VarDecl *Object = namedVariable(Call->getArg(0));
  if (!Object || Object->getQualifiedNameAsString() != ("std::ranges::views::" + View).str())
    return std::nullopt;
  return std::vector<const Expr *>(Call->arg_begin() + 1, Call->arg_end());
}

} // namespace

const VarDecl *viewedRows(const Expr *E, const Expr **Skipped) {
  if (const VarDecl *Rows = namedVariable(E))
    return Rows;
  std::optional<std::vector<const Expr *>> Args;
  const Expr *Viewed = nullptr;
  const auto *Operator = dyn_cast<CXXOperatorCallExpr>(E->IgnoreImplicit());
  if (Operator && Operator->getOperator() == OO_Pipe && Operator->getNumArgs() == 2) {
    // `rows | std::views::drop(M)`
    Args = viewArguments(Operator->getArg(1), "drop");
    Viewed = Args && Args->size() == 1 ? Operator->getArg(0) : nullptr;
  } else if ((Args = viewArguments(E, "drop")) && Args->size() == 2) {
    // `std::views::drop(rows, M)`
    Viewed = Args->front();
    Args->erase(Args->begin());
  }
  const VarDecl *Rows = Viewed ? namedVariable(Viewed) : nullptr;
  if (!Rows || refersTo(Args->front(), Rows))
    return nullptr;
  if (Skipped)
    *Skipped = Args->front();
  return Rows;
}

std::optional<RowTruncation> takeOf(const CallExpr *Call, const VarDecl *Rows) {
  const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call);
  if (!Operator)
    return std::nullopt;
  const Expr *Skipped = nullptr;
  if (Operator->getOperator() == OO_Pipe && Operator->getNumArgs() == 2 &&
      viewedRows(Operator->getArg(0), &Skipped) == Rows) {
    auto Args = viewArguments(Operator->getArg(1), "take");
    if (Args && Args->size() == 1 && !refersTo(Args->front(), Rows))
      return RowTruncation{Call, Args->front(), 0, Operator->getArg(0), nullptr, Skipped};
  }
  auto Args = viewArguments(Operator, "take");
  if (Args && Args->size() == 2 && viewedRows((*Args)[0], &Skipped) == Rows &&
      !refersTo((*Args)[1], Rows))
    return RowTruncation{Call, (*Args)[1], 0, (*Args)[0], nullptr, Skipped};
  return std::nullopt;
}

namespace {

/// The arguments of `S` other than the rows and the index when it reads
/// one row of `Rows` by the loop's index (`rows[i]`, `rows.at(i)`,
/// `PQgetvalue(res, i, ..)`); none otherwise.
std::optional<std::vector<const Expr *>> rowReadByIndex(const Stmt *S, const VarDecl *Rows,
                                                        const RowTruncation &T,
                                                        const ResultCalls &Calls) {
  if (!T.Index)
    return std::nullopt;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(S)) {
    const CXXMethodDecl *Method = Member->getMethodDecl();
    if (Method && Method->getIdentifier() && Method->getName() == "at" &&
        Member->getNumArgs() == 1 && namedVariable(Member->getImplicitObjectArgument()) == Rows &&
        namedVariable(Member->getArg(0)) == T.Index)
      return std::vector<const Expr *>();
    return std::nullopt;
  }
  const auto *Call = dyn_cast<CallExpr>(S);
  if (!Call || Call->getNumArgs() < 2 || namedVariable(Call->getArg(0)) != Rows ||
      namedVariable(Call->getArg(1)) != T.Index)
    return std::nullopt;
  const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call);
  const FunctionDecl *Callee = Call->getDirectCallee();
  bool Reads = Operator ? Operator->getOperator() == OO_Subscript
                        : Callee && Calls.RowReaders.contains(Callee->getQualifiedNameAsString());
  if (!Reads)
    return std::nullopt;
  return std::vector<const Expr *>(Call->arg_begin() + 2, Call->arg_end());
}

/// Whether a use of a row result outside its truncation leaves its rows
/// alone (see usedOnlyThere).
bool leavesRowsAlone(const DeclRefExpr *Ref, const Stmt *Parent, const ResultCalls &Calls) {
  if (const auto *Call = dyn_cast_or_null<CallExpr>(Parent)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    return Callee && Calls.WholeResult.contains(Callee->getQualifiedNameAsString());
  }
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(Parent))
    return Member->getMemberDecl()->getIdentifier() &&
           Member->getMemberDecl()->getName() == "empty";
  if (!Ref->getType()->isPointerType())
    return false;
  // `if (!res)`, `res == NULL`, `res && ..`, `res = NULL` after the release.
  if (isa_and_nonnull<IfStmt, WhileStmt>(Parent))
    return true;
  if (const auto *Unary = dyn_cast_or_null<UnaryOperator>(Parent))
    return Unary->getOpcode() == UO_LNot;
  const auto *Binary = dyn_cast_or_null<BinaryOperator>(Parent);
  if (!Binary)
    return false;
  const Expr *Other =
      Binary->getLHS()->IgnoreParenImpCasts() == Ref ? Binary->getRHS() : Binary->getLHS();
  bool IsNull = Other->isNullPointerConstant(Ref->getDecl()->getASTContext(),
                                             Expr::NPC_ValueDependentIsNotNull);
  return Binary->isLogicalOp() || (Binary->isEqualityOp() && IsNull) ||
         (Binary->getOpcode() == BO_Assign && Binary->getLHS()->IgnoreParenImpCasts() == Ref &&
          IsNull);
}

/// Whether an assignment of the result (`rows = <query>`) under `Parent`
/// only stores it: a statement, or tested for null.
bool onlyStores(const Stmt *Parent) {
  if (!Parent || isa<CompoundStmt, IfStmt, WhileStmt>(Parent))
    return true;
  if (const auto *Unary = dyn_cast<UnaryOperator>(Parent))
    return Unary->getOpcode() == UO_LNot;
  const auto *Binary = dyn_cast<BinaryOperator>(Parent);
  return Binary && Binary->isEqualityOp();
}

struct UseWalk {
  const VarDecl *Rows;
  const RowTruncation &T;
  const Stmt *Assignment;
  const ResultCalls &Calls;

  /// The uses below `S`, whose parent is `Parent`; `InSite`: below the
  /// truncation.
  bool allowed(const Stmt *S, const Stmt *Parent, bool InSite) const {
    if (!S)
      return true;
    if (S == T.RowsNamed)
      return true; // the truncation's own naming of the rows
    if (S == Assignment && !onlyStores(Parent))
      return false;
    InSite |= S == T.Site;
    if (InSite)
      if (auto Rest = rowReadByIndex(S, Rows, T, Calls))
        return llvm::all_of(*Rest, [&](const Expr *Arg) { return allowed(Arg, S, InSite); });
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S); Ref && Ref->getDecl() == Rows)
      return Parent == Assignment || (!InSite && leavesRowsAlone(Ref, Parent, Calls));
    // Implicit conversions and parentheses are looked through.
    const Stmt *ParentOfChildren = isa<ImplicitCastExpr, ParenExpr>(S) ? Parent : S;
    for (const Stmt *Child : S->children())
      if (!allowed(Child, ParentOfChildren, InSite))
        return false;
    return true;
  }
};

/// Whether `S`, below the truncation, may write the field `Field`: names
/// it other than to read it, or calls a non-const method on `this`.
bool mayWriteField(const Stmt *S, const Stmt *Parent, const FieldDecl *Field) {
  if (!S)
    return false;
  if (const auto *Member = dyn_cast<MemberExpr>(S); Member && Member->getMemberDecl() == Field) {
    const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(Parent);
    if (!Cast || Cast->getCastKind() != CK_LValueToRValue)
      return true;
  }
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S))
    if (isa<CXXThisExpr>(Call->getImplicitObjectArgument()->IgnoreParenImpCasts()) &&
        Call->getMethodDecl() && !Call->getMethodDecl()->isConst())
      return true;
  for (const Stmt *Child : S->children())
    if (mayWriteField(Child, S, Field))
      return true;
  return false;
}

/// Whether N (or a page's M: `Bound`) holds one value throughout the
/// truncation: it is built, through casts and arithmetic, from constants,
/// variables and fields of `this` that nothing inside the truncation but
/// the bound itself writes (a view binds its count to a reference). A bound raised by what
/// a row holds makes the loop a search; a call or a dereference may give
/// another value each time.
bool boundIsStable(const RowTruncation &T, const Expr *Bound, const Expr *E,
                   const ASTContext &Ctx) {
  E = E->IgnoreParenCasts();
  if (E->isIntegerConstantExpr(Ctx))
    return true;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *V = dyn_cast<VarDecl>(Ref->getDecl());
    Writes InSite = V ? writesIn(T.Site, V, Bound) : Writes{{}, true};
    return InSite.Steps.empty() && !InSite.Other;
  }
  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl());
    return Field && isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()) &&
           !mayWriteField(T.Site, nullptr, Field);
  }
  if (const auto *Binary = dyn_cast<BinaryOperator>(E))
    return (Binary->isAdditiveOp() || Binary->isMultiplicativeOp()) &&
           boundIsStable(T, Bound, Binary->getLHS(), Ctx) &&
           boundIsStable(T, Bound, Binary->getRHS(), Ctx);
  return false;
}

} // namespace

bool usedOnlyThere(const VarDecl *Rows, const RowTruncation &T, const Stmt *Assignment,
                   const ResultCalls &Calls) {
  const auto *Function = dyn_cast<FunctionDecl>(Rows->getDeclContext());
  const ASTContext &Ctx = Rows->getASTContext();
  if (!Function || !Function->getBody() || (T.Kept && !boundIsStable(T, T.Kept, T.Kept, Ctx)) ||
      (T.Skipped && !boundIsStable(T, T.Skipped, T.Skipped, Ctx)))
    return false;
  return UseWalk{Rows, T, Assignment, Calls}.allowed(Function->getBody(), nullptr, false);
}

} // namespace async_tidy
