//===--- RowTruncation.cpp - Where a program keeps only a result's first rows -===//

#include "RowTruncation.h"

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
  if (!S)
    return false;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S); Ref && Ref->getDecl() == V)
    return true;
  for (const Stmt *Child : S->children())
    if (refersTo(Child, V))
      return true;
  return false;
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

void collectWrites(const Stmt *S, const Stmt *Parent, const VarDecl *V, Writes &Out) {
  if (!S)
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
    collectWrites(Child, S, V, Out);
}

Writes writesIn(const Stmt *S, const VarDecl *V) {
  Writes Out;
  collectWrites(S, nullptr, V, Out);
  return Out;
}

} // namespace

bool keepsItsValue(const VarDecl *V) {
  const auto *Function = V ? dyn_cast<FunctionDecl>(V->getDeclContext()) : nullptr;
  if (!Function || !Function->getBody() || V->getType()->isReferenceType() ||
      V->getType().isVolatileQualified() || !V->hasLocalStorage())
    return false;
  Writes InFunction = writesIn(Function->getBody(), V);
  return !InFunction.Other && InFunction.Steps.empty();
}

namespace {

bool isZero(const Expr *E) {
  const auto *Literal = dyn_cast_or_null<IntegerLiteral>(E ? E->IgnoreParenImpCasts() : nullptr);
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
bool declaredJustBefore(const VarDecl *V, const Stmt *Loop, const Stmt *S) {
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
    if (declaredJustBefore(V, Loop, Child))
      return true;
  return false;
}

/// Whether the loop body has a `continue` of this loop, or a `goto` or
/// label (which may skip a step).
bool continuesLoop(const Stmt *S) {
  if (!S)
    return false;
  if (isa<ContinueStmt, GotoStmt, IndirectGotoStmt, LabelStmt>(S))
    return true;
  if (isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S))
    return false; // its continues are its own
  for (const Stmt *Child : S->children())
    if (continuesLoop(Child))
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
  if (!Body || continuesLoop(Body))
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
          !declaredJustBefore(Counter, Loop, FunctionBody))
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
    return RowTruncation{Loop, KeptSide, Extra};
  }
  return std::nullopt;
}

/// The variable a for-loop's init sets to 0: `int i = 0` or `i = 0`.
const VarDecl *zeroedByInit(const Stmt *Init) {
  if (const auto *Decl = dyn_cast_or_null<DeclStmt>(Init)) {
    const auto *I = Decl->isSingleDecl() ? dyn_cast<VarDecl>(Decl->getSingleDecl()) : nullptr;
    return startsAtZero(I) ? I : nullptr;
  }
  const auto *Assign = dyn_cast_or_null<BinaryOperator>(Init);
  if (!Assign || Assign->getOpcode() != BO_Assign || !isZero(Assign->getRHS()))
    return nullptr;
  const VarDecl *I = namedVariable(Assign->getLHS());
  return isWideLocalInteger(I) ? I : nullptr;
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

/// The index of `for (<i> = 0; <i> < <row count of Rows>; ++<i>)` whose
/// body does not write it and reads it only as it is; `Bounds` are the
/// test's upper bounds of it.
const VarDecl *rowIndex(const ForStmt *Loop, std::vector<const Expr *> &Bounds) {
  const VarDecl *I = zeroedByInit(Loop->getInit());
  if (!I || !Loop->getCond() || !isStepOf(Loop->getInc(), I))
    return nullptr;
  Writes InBody = writesIn(Loop->getBody(), I);
  if (InBody.Other || !InBody.Steps.empty() || !readsIndexAsIs(Loop->getBody(), Loop, I))
    return nullptr;
  upperBounds(Loop->getCond(), I, Bounds);
  return I;
}

} // namespace

std::optional<RowTruncation> counterBreakOf(const Stmt *Loop, const VarDecl *Rows,
                                            const llvm::StringSet<> &RowCountFunctions) {
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(Loop))
    return namedVariable(Range->getRangeInit()) == Rows
               ? breakAfterCount(Range, Range->getBody(), Rows, nullptr, Range->getLoopVariable())
               : std::nullopt;
  const auto *For = dyn_cast<ForStmt>(Loop);
  std::vector<const Expr *> Bounds;
  const VarDecl *I = For ? rowIndex(For, Bounds) : nullptr;
  if (!I || Bounds.size() != 1 || !isRowCount(Bounds.front(), Rows, RowCountFunctions))
    return std::nullopt;
  return breakAfterCount(For, For->getBody(), Rows, I, nullptr);
}

std::optional<RowTruncation> boundedIndexLoopOf(const ForStmt *Loop, const VarDecl *Rows,
                                                const llvm::StringSet<> &RowCountFunctions) {
  std::vector<const Expr *> Bounds;
  const VarDecl *I = rowIndex(Loop, Bounds);
  if (!I)
    return std::nullopt;
  // `i < std::min(rows.size(), N)`.
  if (Bounds.size() == 1)
    if (const auto *Min = dyn_cast<CallExpr>(Bounds.front()->IgnoreParenImpCasts());
        Min && Min->getNumArgs() == 2 && Min->getDirectCallee() &&
        Min->getDirectCallee()->getQualifiedNameAsString() == "std::min")
      Bounds = {Min->getArg(0), Min->getArg(1)};
  if (Bounds.size() != 2)
    return std::nullopt;
  for (int Count : {0, 1}) {
    const Expr *Kept = Bounds[1 - Count];
    if (isRowCount(Bounds[Count], Rows, RowCountFunctions) && !refersTo(Kept, Rows) &&
        !refersTo(Kept, I))
      return RowTruncation{Loop, Kept, 0};
  }
  return std::nullopt;
}

namespace {

/// `std::views::take(<args>)`: its arguments after the view object.
std::optional<std::vector<const Expr *>> takeArguments(const Expr *E) {
  const auto *Call = dyn_cast<CXXOperatorCallExpr>(E->IgnoreImplicit());
  if (!Call || Call->getOperator() != OO_Call)
    return std::nullopt;
  const VarDecl *Object = namedVariable(Call->getArg(0));
  if (!Object || Object->getQualifiedNameAsString() != "std::ranges::views::take")
    return std::nullopt;
  return std::vector<const Expr *>(Call->arg_begin() + 1, Call->arg_end());
}

} // namespace

std::optional<RowTruncation> takeOf(const CallExpr *Call, const VarDecl *Rows) {
  const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call);
  if (!Operator)
    return std::nullopt;
  if (Operator->getOperator() == OO_Pipe && Operator->getNumArgs() == 2 &&
      namedVariable(Operator->getArg(0)) == Rows) {
    auto Args = takeArguments(Operator->getArg(1));
    if (Args && Args->size() == 1)
      return RowTruncation{Call, Args->front(), 0};
  }
  auto Args = takeArguments(Operator);
  if (Args && Args->size() == 2 && namedVariable((*Args)[0]) == Rows)
    return RowTruncation{Call, (*Args)[1], 0};
  return std::nullopt;
}

namespace {

/// `usedOnlyThere` for the uses below `S`, whose parent is `Parent`.
bool usesOnlyThere(const Stmt *S, const Stmt *Parent, const VarDecl *Rows, const Stmt *Site,
                   const Stmt *Assignment, const llvm::StringSet<> &ResultCalls) {
  if (!S || S == Site || S == Assignment)
    return true;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S); Ref && Ref->getDecl() == Rows) {
    if (const auto *Call = dyn_cast_or_null<CallExpr>(Parent)) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      return Callee && ResultCalls.contains(Callee->getQualifiedNameAsString());
    }
    const auto *Member = dyn_cast_or_null<MemberExpr>(Parent);
    return Member && Member->getMemberDecl()->getIdentifier() &&
           Member->getMemberDecl()->getName() == "empty";
  }
  // Implicit conversions are looked through: `PQclear(res)` reads `res`.
  const Stmt *ParentOfChildren = isa<ImplicitCastExpr, ParenExpr>(S) ? Parent : S;
  for (const Stmt *Child : S->children())
    if (!usesOnlyThere(Child, ParentOfChildren, Rows, Site, Assignment, ResultCalls))
      return false;
  return true;
}

} // namespace

bool usedOnlyThere(const VarDecl *Rows, const RowTruncation &T, const Stmt *Assignment,
                   const llvm::StringSet<> &ResultCalls) {
  const auto *Function = dyn_cast<FunctionDecl>(Rows->getDeclContext());
  if (!Function || !Function->getBody())
    return false;
  // The initializer is no use; a use inside the site is the truncation's.
  return usesOnlyThere(Function->getBody(), nullptr, Rows, T.Site, Assignment, ResultCalls);
}

} // namespace async_tidy
