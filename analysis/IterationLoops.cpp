//===--- IterationLoops.cpp - Which loop repeats a call, and how often ----===//

#include "IterationLoops.h"
#include "AccessPaths.h"
#include "BodyWalker.h"
#include "LoopLevelVisitor.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace async_tidy {

namespace {

/// The variable a `for` loop counts with: `int i = 0` or `i = 0`.
const VarDecl *counterOf(const ForStmt &For) {
  if (const auto *Decl = dyn_cast_or_null<DeclStmt>(For.getInit()))
    return Decl->isSingleDecl() ? dyn_cast<VarDecl>(Decl->getSingleDecl()) : nullptr;
  if (const auto *Assign = dyn_cast_or_null<BinaryOperator>(For.getInit()))
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Assign->getLHS()->IgnoreParenImpCasts()))
      return dyn_cast<VarDecl>(Ref->getDecl());
  return nullptr;
}

/// The call an inline lambda is given to, looking past the conversions and
/// copies between them.
const CallExpr *callTakingLambda(llvm::ArrayRef<const Stmt *> Outer) {
  for (auto It = Outer.rbegin(); It != Outer.rend(); ++It) {
    if (const auto *Call = dyn_cast<CallExpr>(*It))
      return Call;
    if (!isa<Expr>(*It) || isa<LambdaExpr>(*It))
      return nullptr;
  }
  return nullptr;
}

std::string sourceText(const Expr *E, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange Range = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(E->getSourceRange()), SM, Ctx.getLangOpts());
  std::string Text = Lexer::getSourceText(Range, SM, Ctx.getLangOpts()).str();
  return Text.size() > 60 || Text.find('\n') != std::string::npos ? "" : Text;
}

bool isRecordNamed(QualType T, llvm::StringRef Name) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
  return Spec && Spec->getQualifiedNameAsString() == Name;
}

std::optional<int64_t> constantValue(const Expr *E, ASTContext &Ctx) {
  Expr::EvalResult Result;
  if (!E || E->isValueDependent() || !E->EvaluateAsInt(Result, Ctx))
    return std::nullopt;
  return Result.Val.getInt().getExtValue();
}

bool refersTo(const Expr *E, const VarDecl *Var) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  return Ref && Ref->getDecl() == Var;
}

/// +1 for `++i`, `i++`, `i += 1`; -1 for the decrements; 0 otherwise.
int stepOf(const Expr *Inc, const VarDecl *Counter, ASTContext &Ctx) {
  if (!Inc)
    return 0;
  if (const auto *Unary = dyn_cast<UnaryOperator>(Inc->IgnoreParenImpCasts())) {
    if (!refersTo(Unary->getSubExpr(), Counter))
      return 0;
    return Unary->isIncrementOp() ? 1 : Unary->isDecrementOp() ? -1 : 0;
  }
  if (const auto *Compound = dyn_cast<CompoundAssignOperator>(Inc->IgnoreParenImpCasts()))
    if (refersTo(Compound->getLHS(), Counter) && constantValue(Compound->getRHS(), Ctx) == 1)
      return Compound->getOpcode() == BO_AddAssign   ? 1
             : Compound->getOpcode() == BO_SubAssign ? -1
                                                     : 0;
  return 0;
}

/// Collects what a loop's own level runs (see LoopOwnCalls).
class OwnCallCollector : public LoopLevelVisitor<OwnCallCollector> {
public:
  explicit OwnCallCollector(LoopOwnCalls &Out, bool ReturnExits)
      : Out(Out), ReturnExits(ReturnExits) {}

  /// Variables an await in the loop initialised or assigned.
  llvm::SmallPtrSet<const VarDecl *, 4> AwaitedResults;
  /// Conditions guarding an exit of the loop.
  llvm::SmallVector<const Expr *, 4> ExitConditions;

  bool TraverseIfStmt(IfStmt *If) {
    Conditions.push_back(If->getCond());
    bool Result = LoopLevelVisitor::TraverseIfStmt(If);
    Conditions.pop_back();
    return Result;
  }
  bool VisitVarDecl(VarDecl *Var) {
    if (containsAwait(Var->getInit()))
      AwaitedResults.insert(Var);
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *Assign) {
    if (Assign->getOpcode() == BO_Assign && containsAwait(Assign->getRHS()))
      if (const auto *Ref = dyn_cast<DeclRefExpr>(Assign->getLHS()->IgnoreParenImpCasts()))
        if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
          AwaitedResults.insert(Var);
    return true;
  }

  bool TraverseSwitchStmt(SwitchStmt *S) {
    ++SwitchDepth;
    bool Result = LoopLevelVisitor::TraverseSwitchStmt(S);
    --SwitchDepth;
    return Result;
  }

  bool VisitCallExpr(CallExpr *Call) {
    Out.All.push_back(Call);
    return true;
  }
  bool VisitCoawaitExpr(CoawaitExpr *Await) {
    if (const auto *Call = dyn_cast<CallExpr>(Await->getOperand()->IgnoreImplicit()))
      Out.Awaited.push_back(Call);
    return true;
  }
  bool VisitBreakStmt(BreakStmt *) {
    if (SwitchDepth == 0)
      exit();
    return true;
  }
  bool VisitReturnStmt(ReturnStmt *) {
    if (ReturnExits)
      exit();
    return true;
  }
  bool VisitCoreturnStmt(CoreturnStmt *) {
    if (ReturnExits)
      exit();
    return true;
  }
  bool VisitCXXThrowExpr(CXXThrowExpr *) {
    Out.CanExit = true;
    return true;
  }
  bool VisitGotoStmt(GotoStmt *) {
    Out.CanExit = true;
    return true;
  }

private:
  void exit() {
    Out.CanExit = true;
    ExitConditions.append(Conditions.begin(), Conditions.end());
  }

  LoopOwnCalls &Out;
  bool ReturnExits;
  unsigned SwitchDepth = 0;
  llvm::SmallVector<const Expr *, 4> Conditions;
};

} // namespace

/// `do { ... } while (0)`: a block that can be left with `break`, run once.
static bool isFalseLiteral(const Expr *Condition) {
  Condition = Condition ? Condition->IgnoreParenImpCasts() : nullptr;
  if (const auto *Int = dyn_cast_or_null<IntegerLiteral>(Condition))
    return Int->getValue() == 0;
  if (const auto *Bool = dyn_cast_or_null<CXXBoolLiteralExpr>(Condition))
    return !Bool->getValue();
  return false;
}

std::optional<IterationLoop>
innermostIterationLoop(llvm::ArrayRef<const Stmt *> Ancestors, const Stmt *Call,
                       llvm::function_ref<bool(const FunctionDecl *)> IsLoopAlgorithm) {
  const Stmt *Child = Call;
  for (std::size_t I = Ancestors.size(); I-- > 0; Child = Ancestors[I]) {
    const Stmt *A = Ancestors[I];
    if (const auto *For = dyn_cast<ForStmt>(A)) {
      if (Child == For->getBody())
        return IterationLoop{For, For->getBody(), counterOf(*For)};
    } else if (const auto *Range = dyn_cast<CXXForRangeStmt>(A)) {
      if (Child == Range->getBody())
        return IterationLoop{Range, Range->getBody(), Range->getLoopVariable()};
    } else if (const auto *While = dyn_cast<WhileStmt>(A)) {
      if (Child == While->getBody())
        return IterationLoop{While, While->getBody(), nullptr};
    } else if (const auto *Do = dyn_cast<DoStmt>(A)) {
      if (Child == Do->getBody() && !isFalseLiteral(Do->getCond()))
        return IterationLoop{Do, Do->getBody(), nullptr};
    } else if (const auto *Lambda = dyn_cast<LambdaExpr>(A)) {
      const CallExpr *Algorithm = callTakingLambda(Ancestors.take_front(I));
      const FunctionDecl *Callee = Algorithm ? Algorithm->getDirectCallee() : nullptr;
      if (Callee && IsLoopAlgorithm(Callee)) {
        const FunctionDecl *Operator = Lambda->getCallOperator();
        return IterationLoop{Algorithm, Lambda->getBody(),
                             Operator->getNumParams() ? Operator->getParamDecl(0) : nullptr};
      }
    }
  }
  return std::nullopt;
}

namespace {
bool isLoopStatement(const Stmt *S) { return isa<ForStmt, CXXForRangeStmt, WhileStmt, DoStmt>(S); }

/// Whether `S` may go on to the loop's next iteration early: a `continue`
/// of this loop (not one of a nested loop) or a `goto`.
bool mayContinue(const Stmt *S) {
  if (!S || isa<LambdaExpr>(S))
    return false;
  if (isa<ContinueStmt, GotoStmt, IndirectGotoStmt>(S))
    return true;
  if (isLoopStatement(S))
    return false; // Its own `continue`s; a `goto` in it is rare enough.
  return llvm::any_of(S->children(), [](const Stmt *Child) { return mayContinue(Child); });
}

/// Whether `S` leaves the loop on every path through it. `BreakLeaves` is
/// false inside a `switch`, whose `break` ends only the switch.
bool alwaysLeaves(const Stmt *S, bool BreakLeaves) {
  if (!S)
    return false;
  if (isa<ReturnStmt, CoreturnStmt>(S))
    return true;
  if (isa<BreakStmt>(S))
    return BreakLeaves;
  if (isa<Expr>(S))
    return neverCompletes(S);
  if (const auto *If = dyn_cast<IfStmt>(S))
    return If->getElse() && !mayContinue(If->getCond()) &&
           alwaysLeaves(If->getThen(), BreakLeaves) && alwaysLeaves(If->getElse(), BreakLeaves);
  if (const auto *Block = dyn_cast<CompoundStmt>(S))
    for (const Stmt *Statement : Block->body()) {
      if (mayContinue(Statement))
        return false;
      if (alwaysLeaves(Statement, BreakLeaves))
        return true;
    }
  return false;
}
} // namespace

bool leavesLoopAfter(const IterationLoop &Loop, llvm::ArrayRef<const Stmt *> Ancestors,
                     const Stmt *Call) {
  // A lambda run per element (std::for_each): its `return` ends one element.
  if (isa<CallExpr>(Loop.Loop))
    return false;
  const auto *BodyAt = llvm::find(Ancestors, Loop.Body);
  if (BodyAt == Ancestors.end())
    return false;
  llvm::ArrayRef<const Stmt *> Inside = Ancestors.drop_front(BodyAt - Ancestors.begin());
  // A lambda's `return` ends the lambda, a handler may go on after a throw,
  // a `do { } while (0)` catches `break`: not followed.
  if (llvm::any_of(Inside, [](const Stmt *S) {
        return isa<LambdaExpr, CXXTryStmt>(S) || isLoopStatement(S);
      }))
    return false;
  const Stmt *Child = Call;
  for (std::size_t I = Inside.size(); I-- > 0; Child = Inside[I]) {
    const Stmt *Parent = Inside[I];
    if (isa<ReturnStmt, CoreturnStmt>(Parent))
      return true;
    const auto *Block = dyn_cast<CompoundStmt>(Parent);
    if (!Block) {
      // `if (!co_await exists(id)) continue;`: the statement itself goes on.
      if (mayContinue(Parent))
        return false;
      continue;
    }
    // Inside a `switch`, `break` ends the switch.
    bool BreakLeaves =
        llvm::none_of(Inside.take_front(I + 1), [](const Stmt *S) { return isa<SwitchStmt>(S); });
    const auto *After = llvm::find(Block->body(), Child);
    if (After == Block->body_end())
      continue;
    for (const Stmt *Statement : llvm::make_range(std::next(After), Block->body_end())) {
      if (mayContinue(Statement))
        return false;
      if (alwaysLeaves(Statement, BreakLeaves))
        return true;
    }
  }
  return false;
}

std::string iterationSubject(const IterationLoop &Loop, const ASTContext &Ctx) {
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(Loop.Loop))
    return sourceText(Range->getRangeInit(), Ctx);
  if (const auto *Algorithm = dyn_cast<CallExpr>(Loop.Loop)) {
    if (Algorithm->getNumArgs() == 0)
      return "";
    const Expr *First = Algorithm->getArg(0)->IgnoreImplicit();
    // `ids.begin()` or `std::begin(ids)`: the container.
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(First))
      return sourceText(Member->getImplicitObjectArgument(), Ctx);
    if (const auto *Call = dyn_cast<CallExpr>(First); Call && Call->getNumArgs() == 1)
      return sourceText(Call->getArg(0), Ctx);
    return sourceText(First, Ctx);
  }
  if (isa<ForStmt>(Loop.Loop) && Loop.Element)
    return Loop.Element->getNameAsString();
  return "";
}

std::optional<uint64_t> constantTripCount(const IterationLoop &Loop, ASTContext &Ctx) {
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(Loop.Loop)) {
    const Expr *Init = Range->getRangeInit()->IgnoreImplicit();
    if (const auto *List = dyn_cast<CXXStdInitializerListExpr>(Init))
      if (const auto *Inits = dyn_cast<InitListExpr>(List->getSubExpr()->IgnoreImplicit()))
        return Inits->getNumInits();
    if (const auto *Inits = dyn_cast<InitListExpr>(Init))
      return Inits->getNumInits();
    QualType T = Init->getType().getNonReferenceType();
    if (const auto *Array = Ctx.getAsConstantArrayType(T))
      return Array->getSize().getZExtValue();
    if (isRecordNamed(T, "std::array")) {
      const auto *Spec = cast<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
      if (Spec->getTemplateArgs().size() == 2 &&
          Spec->getTemplateArgs()[1].getKind() == TemplateArgument::Integral)
        return Spec->getTemplateArgs()[1].getAsIntegral().getZExtValue();
    }
    return std::nullopt;
  }
  const auto *For = dyn_cast<ForStmt>(Loop.Loop);
  if (!For || !Loop.Element || !For->getCond())
    return std::nullopt;
  const Expr *Start = Loop.Element->getInit();
  if (const auto *Assign = dyn_cast_or_null<BinaryOperator>(For->getInit()))
    Start = Assign->getRHS();
  std::optional<int64_t> From = constantValue(Start, Ctx);
  const auto *Cond = dyn_cast<BinaryOperator>(For->getCond()->IgnoreParenImpCasts());
  if (!From || !Cond || !refersTo(Cond->getLHS(), Loop.Element))
    return std::nullopt;
  std::optional<int64_t> To = constantValue(Cond->getRHS(), Ctx);
  int Step = stepOf(For->getInc(), Loop.Element, Ctx);
  if (!To || Step == 0)
    return std::nullopt;
  int64_t Count = 0;
  switch (Cond->getOpcode()) {
  case BO_LT:
    Count = Step > 0 ? *To - *From : -1;
    break;
  case BO_LE:
    Count = Step > 0 ? *To - *From + 1 : -1;
    break;
  case BO_GT:
    Count = Step < 0 ? *From - *To : -1;
    break;
  case BO_GE:
    Count = Step < 0 ? *From - *To + 1 : -1;
    break;
  case BO_NE:
    Count = Step > 0 ? *To - *From : *From - *To;
    break;
  default:
    return std::nullopt;
  }
  if (Count < 0)
    return std::nullopt;
  return static_cast<uint64_t>(Count);
}

LoopOwnCalls ownCallsOf(const IterationLoop &Loop) {
  LoopOwnCalls Out;
  // In a for_each lambda, `return` ends one element's work, not the loop.
  OwnCallCollector Collector(Out, /*ReturnExits=*/!isa<CallExpr>(Loop.Loop));
  Collector.TraverseStmt(const_cast<Stmt *>(Loop.Body));
  const Stmt *Cond = nullptr;
  if (const auto *While = dyn_cast<WhileStmt>(Loop.Loop))
    Cond = While->getCond();
  else if (const auto *Do = dyn_cast<DoStmt>(Loop.Loop))
    Cond = Do->getCond();
  else if (const auto *For = dyn_cast<ForStmt>(Loop.Loop))
    Cond = For->getCond();
  Collector.TraverseStmt(const_cast<Stmt *>(Cond));
  if (const auto *CondExpr = dyn_cast_or_null<Expr>(Cond))
    Collector.ExitConditions.push_back(CondExpr);
  Out.ExitDependsOnAwaitedResult = llvm::any_of(Collector.ExitConditions, [&](const Expr *C) {
    return mentionsVariable(
        C, [&](const VarDecl *Var) { return Collector.AwaitedResults.contains(Var); });
  });
  return Out;
}

namespace {
/// The variable an assignment or a mutating call changes: `v`, `v.field`,
/// `v[i]`, `*v`, `v->f`; null for anything else.
const VarDecl *changedVariable(const Expr *Target) {
  while (Target) {
    Target = Target->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Target))
      return dyn_cast<VarDecl>(Ref->getDecl());
    // `v.field`, `v[i]`, `*v`, and `req->setBody(..)` through a smart
    // pointer: each changes (what) `v` (points to).
    Target = enclosingObject(Target);
  }
  return nullptr;
}

/// Collects, in a loop body, the variables it declares, those initialised
/// from an await, and the writes whose value comes from an await.
class CarriedWrites : public RecursiveASTVisitor<CarriedWrites> {
public:
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }

  /// The first mention of each variable, in the order the body is written,
  /// and whether it reads the variable (not a plain `v = ..`).
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      FirstMentionReads.try_emplace(Var, !AssignedRefs.contains(Ref));
    return true;
  }

  bool VisitVarDecl(VarDecl *Var) {
    Declared.insert(Var);
    if (Var->getInit())
      Writes.push_back({Var, {Var->getInit()}});
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *Op) {
    if (Op->isAssignmentOp()) {
      noteWrite(Op->getLHS(), {Op->getRHS()});
      noteValueWrite(Op->getLHS());
    }
    if (Op->getOpcode() == BO_Assign)
      noteAssigned(Op->getLHS(), Op->getRHS());
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Op) {
    if (Op->isAssignmentOp() && Op->getNumArgs() == 2) {
      noteWrite(Op->getArg(0), {Op->getArg(1)});
      noteValueWrite(Op->getArg(0));
    }
    if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
      noteAssigned(Op->getArg(0), Op->getArg(1));
    return true;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
    const CXXMethodDecl *Method = Call->getMethodDecl();
    if (Method && !Method->isConst())
      noteWrite(Call->getImplicitObjectArgument(),
                llvm::SmallVector<const Expr *, 4>(Call->arguments()));
    return true;
  }
  /// `glz::read(response, resp->body())`: a function that fills an
  /// argument taken by non-const reference or pointer from the others.
  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee || isa<CXXMemberCallExpr, CXXOperatorCallExpr>(Call))
      return true;
    for (unsigned I = 0; I < Call->getNumArgs() && I < Callee->getNumParams(); ++I) {
      if (!mayChangeArgument(Callee->getParamDecl(I)->getType()))
        continue;
      llvm::SmallVector<const Expr *, 4> Others;
      for (unsigned J = 0; J < Call->getNumArgs(); ++J)
        if (J != I)
          Others.push_back(Call->getArg(J));
      noteWrite(Call->getArg(I), std::move(Others));
    }
    return true;
  }

  llvm::SmallPtrSet<const VarDecl *, 8> Declared;
  llvm::DenseMap<const VarDecl *, bool> FirstMentionReads;
  /// Variables the body gives a new value (`url = next;`, `offset += n;`),
  /// not only changes through a call (`db->exec(..)` on a client).
  llvm::SmallPtrSet<const VarDecl *, 8> GivenValues;
  /// Initialisations and writes: the variable and the values written.
  llvm::SmallVector<std::pair<const VarDecl *, llvm::SmallVector<const Expr *, 4>>, 4> Writes;

  /// The variables holding, directly or through others, something the body
  /// awaited.
  llvm::SmallPtrSet<const VarDecl *, 8> awaitedVariables() const {
    return closure({}, /*AwaitsSeed=*/true);
  }

  /// `Seed` and the variables the body sets, directly or through others,
  /// from one of them (or, with `AwaitsSeed`, from an await).
  llvm::SmallPtrSet<const VarDecl *, 8> closure(llvm::SmallPtrSet<const VarDecl *, 8> Seed,
                                                bool AwaitsSeed) const {
    for (bool Grew = true; Grew;) {
      Grew = false;
      for (const auto &[Var, Values] : Writes)
        if (!Seed.contains(Var) && llvm::any_of(Values, [&](const Expr *Value) {
              return (AwaitsSeed && containsAwait(Value)) ||
                     mentionsVariable(Value,
                                      [&Seed](const VarDecl *V) { return Seed.contains(V); });
            }))
          Grew = Seed.insert(Var).second;
    }
    return Seed;
  }

private:
  /// `v = ..` on the variable itself: its old value is not read, unless
  /// the value does (`url = resolve(url, reply)`).
  void noteAssigned(const Expr *Target, const Expr *Value) {
    const auto *Ref = dyn_cast<DeclRefExpr>(Target->IgnoreParenImpCasts());
    if (Ref && !mentionsVariable(Value, [Ref](const VarDecl *V) { return V == Ref->getDecl(); }))
      AssignedRefs.insert(Ref);
  }
  llvm::SmallPtrSet<const DeclRefExpr *, 8> AssignedRefs;

  void noteValueWrite(const Expr *Target) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Target->IgnoreParenImpCasts()))
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
        GivenValues.insert(Var);
  }

  void noteWrite(const Expr *Target, llvm::SmallVector<const Expr *, 4> Values) {
    if (const VarDecl *Var = changedVariable(Target))
      Writes.push_back({Var, std::move(Values)});
  }
};

/// The condition a `while` or `for` loop tests before each iteration.
const Expr *conditionBeforeBody(const Stmt *Loop) {
  if (const auto *While = dyn_cast<WhileStmt>(Loop))
    return While->getCond();
  if (const auto *For = dyn_cast<ForStmt>(Loop))
    return For->getCond();
  return nullptr;
}
} // namespace

llvm::SmallPtrSet<const VarDecl *, 4> loopCarriedVariables(const IterationLoop &Loop) {
  CarriedWrites Body;
  Body.TraverseStmt(const_cast<Stmt *>(Loop.Body));
  llvm::SmallPtrSet<const VarDecl *, 4> Carried;
  // Those an iteration reads before it gives them a new value hold the
  // previous iteration's answer when it starts. A client the body only
  // calls (`db->exec(..)`) holds no answer: what its requests return is
  // this iteration's.
  llvm::SmallPtrSet<const VarDecl *, 8> ReadFirst;
  const Expr *Condition = conditionBeforeBody(Loop.Loop);
  for (const VarDecl *Var : Body.awaitedVariables()) {
    if (Body.Declared.contains(Var) || Var == Loop.Element)
      continue;
    Carried.insert(Var);
    auto First = Body.FirstMentionReads.find(Var);
    bool ReadBeforeSet =
        (First != Body.FirstMentionReads.end() && First->second) ||
        (Condition && mentionsVariable(Condition, [Var](const VarDecl *V) { return V == Var; }));
    if (ReadBeforeSet && Body.GivenValues.contains(Var))
      ReadFirst.insert(Var);
  }
  // What the body computes from such a value (a redirect's target parsed
  // from the response to the previous hop's request) depends on it too.
  for (const VarDecl *Var : Body.closure(ReadFirst, /*AwaitsSeed=*/false))
    if (Var != Loop.Element)
      Carried.insert(Var);
  return Carried;
}

} // namespace async_tidy
