//===--- Hoisting.cpp - Whether a call can run before its statement -------===//

#include "Hoisting.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace async_tidy {

namespace {

/// Whether evaluating `E` can have an effect the call could observe or
/// undo. Reads, `const` member functions (getters, a smart pointer's `->`),
/// copies and constexpr constructors (a format string checked at compile
/// time) have none; anything else that calls, writes or suspends may.
bool mayHaveEffect(const Expr *E) {
  return holdsNode(E, [](const Stmt *S) {
    if (isa<CoroutineSuspendExpr, CXXNewExpr, CXXDeleteExpr, CXXThrowExpr, StmtExpr>(S))
      return true;
    if (const auto *Binary = dyn_cast<BinaryOperator>(S))
      return Binary->isAssignmentOp();
    if (const auto *Unary = dyn_cast<UnaryOperator>(S))
      return Unary->isIncrementDecrementOp();
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
      const CXXConstructorDecl *Ctor = Construct->getConstructor();
      return !Ctor->isTrivial() && !Ctor->isCopyOrMoveConstructor() && !Ctor->isConstexpr();
    }
    if (const auto *Call = dyn_cast<CallExpr>(S)) {
      // A function object's `operator()` runs code of its own, const or not.
      const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee());
      return !Method || !Method->isConst() || Method->getOverloadedOperator() == OO_Call;
    }
    return false;
  });
}

/// The objects `S` names: its variables, and `this` for its members.
llvm::SmallPtrSet<const void *, 8> objectsNamedBy(const Stmt *S) {
  llvm::SmallPtrSet<const void *, 8> Out;
  forEachNode(S, [&](const Stmt *Node) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Node); Ref && isa<VarDecl>(Ref->getDecl()))
      Out.insert(Ref->getDecl());
    else if (isa<CXXThisExpr>(Node))
      Out.insert(nullptr); // `this`: any member may be the one.
  });
  return Out;
}

/// Whether `E` reads an object the call names: the call may change it, and
/// C++ may have read it first.
bool readsWhatTheCallNames(const Expr *E, const llvm::SmallPtrSet<const void *, 8> &CallObjects) {
  return llvm::any_of(objectsNamedBy(E),
                      [&](const void *Object) { return CallObjects.contains(Object); });
}

bool isSequencedBeforeRight(BinaryOperatorKind Op) {
  return Op == BO_Shl || Op == BO_Shr || Op == BO_PtrMemD || Op == BO_PtrMemI || Op == BO_Comma ||
         Op == BO_LAnd || Op == BO_LOr;
}

/// The operands of `Parent` that C++17 evaluates only after `Child`
/// ([expr.call]/8, [expr.shift]/4, [expr.ass]/1, [expr.comma]/1,
/// [dcl.init.list]/4, [over.match.oper]/2 for overloaded operators).
/// Every other operand may run before it.
llvm::SmallPtrSet<const Stmt *, 4> sequencedAfter(const Stmt *Parent, const Stmt *Child) {
  llvm::SmallPtrSet<const Stmt *, 4> After;
  auto FromIndex = [&](llvm::ArrayRef<const Expr *> Operands) {
    bool Seen = false;
    for (const Expr *Operand : Operands) {
      if (Seen)
        After.insert(Operand);
      Seen |= Operand == Child;
    }
  };
  if (const auto *Suspend = dyn_cast<CoroutineSuspendExpr>(Parent)) {
    // The operand, then the awaiter's machinery.
    for (const Stmt *Part : Suspend->children())
      if (Part != Child)
        After.insert(Part);
    return After;
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Parent)) {
    if (Op->getNumArgs() != 2)
      return After;
    if (Op->isAssignmentOp() && Child == Op->getArg(1))
      After.insert(Op->getArg(0));
    OverloadedOperatorKind Kind = Op->getOperator();
    if ((Kind == OO_LessLess || Kind == OO_GreaterGreater || Kind == OO_ArrowStar ||
         Kind == OO_Comma || Kind == OO_AmpAmp || Kind == OO_PipePipe || Kind == OO_Subscript) &&
        Child == Op->getArg(0))
      After.insert(Op->getArg(1));
    return After;
  }
  if (const auto *Call = dyn_cast<CallExpr>(Parent)) {
    if (Child == Call->getCallee())
      for (const Expr *Arg : Call->arguments())
        After.insert(Arg);
    return After;
  }
  if (const auto *Binary = dyn_cast<BinaryOperator>(Parent)) {
    if (Binary->isAssignmentOp() && Child == Binary->getRHS())
      After.insert(Binary->getLHS());
    if (isSequencedBeforeRight(Binary->getOpcode()) && Child == Binary->getLHS())
      After.insert(Binary->getRHS());
    return After;
  }
  if (const auto *Conditional = dyn_cast<AbstractConditionalOperator>(Parent)) {
    if (Child == Conditional->getCond()) {
      After.insert(Conditional->getTrueExpr());
      After.insert(Conditional->getFalseExpr());
    }
    return After;
  }
  if (const auto *List = dyn_cast<InitListExpr>(Parent))
    FromIndex(llvm::ArrayRef(List->getInits(), List->getNumInits()));
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Parent);
      Construct && Construct->isListInitialization())
    FromIndex(llvm::ArrayRef(Construct->getArgs(), Construct->getNumArgs()));
  return After;
}

/// Why `Child` is evaluated only sometimes, or more than once, in `Parent`.
std::optional<std::string> conditionalEvaluation(const Stmt *Parent, const Stmt *Child) {
  if (const auto *Binary = dyn_cast<BinaryOperator>(Parent))
    if (Binary->isLogicalOp() && Child == Binary->getRHS())
      return std::string("the call runs only when the left of '") + Binary->getOpcodeStr().str() +
             "' allows it";
  if (const auto *Conditional = dyn_cast<AbstractConditionalOperator>(Parent))
    if (Child != Conditional->getCond())
      return std::string("the call is one branch of a conditional expression");
  if (isa<LambdaExpr, CXXNewExpr, StmtExpr>(Parent))
    return std::string("the call is part of a lambda or new-expression");
  return std::nullopt;
}

/// Whether `Parent`, a statement, may pass the call's evaluation up to the
/// block: the call is in its condition, initializer or operand, which it
/// evaluates once, first.
std::optional<std::string> statementBlocker(const Stmt *Parent, const Stmt *Child) {
  if (isa<CoreturnStmt, ReturnStmt>(Parent))
    return std::nullopt;
  if (const auto *Decl = dyn_cast<DeclStmt>(Parent))
    return Decl->isSingleDecl() ? std::nullopt
                                : std::optional<std::string>("the declaration declares several "
                                                             "variables");
  if (const auto *If = dyn_cast<IfStmt>(Parent)) {
    if (Child != If->getCond() && Child != If->getConditionVariableDeclStmt())
      return std::string("the call is in a branch of an 'if' that is not a block");
    if (If->getInit())
      return std::string("the 'if' has an init-statement, which runs before the call");
    return std::nullopt;
  }
  if (const auto *Switch = dyn_cast<SwitchStmt>(Parent)) {
    if (Child != Switch->getCond() && Child != Switch->getConditionVariableDeclStmt())
      return std::string("the call is in a 'switch' body that is not a block");
    if (Switch->getInit())
      return std::string("the 'switch' has an init-statement, which runs before the call");
    return std::nullopt;
  }
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(Parent)) {
    if (Child != Range->getRangeInit() || Range->getInit())
      return std::string("the call is in a loop that is not a block");
    return std::nullopt;
  }
  if (isa<WhileStmt, DoStmt, ForStmt>(Parent))
    return std::string("the call is in a loop's condition or header, which runs it each time");
  return std::string("the call's statement is not directly in a block");
}

} // namespace

std::variant<const Stmt *, std::string> statementToHoistBefore(const CallSite &Site) {
  llvm::SmallPtrSet<const void *, 8> CallObjects = objectsNamedBy(Site.Call);
  const Stmt *Child = Site.Call;
  for (auto It = Site.Ancestors.rbegin(); It != Site.Ancestors.rend(); Child = *It, ++It) {
    const Stmt *Parent = *It;
    if (isa<CompoundStmt>(Parent)) {
      // New variables in a switch body would be jumped over by later labels.
      if (It + 1 != Site.Ancestors.rend() && isa<SwitchStmt>(*(It + 1)))
        return std::string("the statement is in a 'switch' body, whose later labels would jump "
                           "over the new variables");
      return Child;
    }
    if (!isa<Expr>(Parent)) {
      if (std::optional<std::string> Blocker = statementBlocker(Parent, Child))
        return *Blocker;
      continue;
    }
    if (std::optional<std::string> Blocker = conditionalEvaluation(Parent, Child))
      return *Blocker;
    llvm::SmallPtrSet<const Stmt *, 4> After = sequencedAfter(Parent, Child);
    for (const Stmt *Operand : Parent->children()) {
      const auto *Other = dyn_cast_or_null<Expr>(Operand);
      if (!Other || Operand == Child || After.contains(Operand))
        continue;
      if (mayHaveEffect(Other))
        return std::string("other code of the statement that may run before the call has "
                           "effects");
      if (readsWhatTheCallNames(Other, CallObjects))
        return std::string("other code of the statement that may run before the call reads "
                           "an object the call uses");
    }
  }
  return std::string("the call is not inside a block");
}

} // namespace async_tidy
