//===--- RedundantRequestCheck.cpp - async-redundant-request --------------===//
//
// Each coroutine body is walked once (BodyWalker) to list its requests and
// what asking each again would ask (analysis/Requests.h). The three
// patterns then compare requests with their loop, with each other, and
// with the code between them; only candidates pay for the mutation
// analysis.
//
//===----------------------------------------------------------------------===//

#include "RedundantRequestCheck.h"

#include "AccessPaths.h"
#include "ApiIndex.h"
#include "BodyWalker.h"
#include "CatalogConfig.h"
#include "IterationLoops.h"
#include "ProjectFiles.h"
#include "PromptParts.h"
#include "QualifiedNames.h"
#include "RequestInputs.h"
#include "RequestReuse.h"
#include "Requests.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace async_tidy {

namespace {

const char *whatIs(IoKind Kind) {
  switch (Kind) {
  case IoKind::Database:
    return "database query";
  case IoKind::Llm:
    return "LLM request";
  case IoKind::Http:
    return "HTTP request";
  case IoKind::Connection:
    break;
  }
  return "request";
}

/// Whether `S` runs its body many times, or later (a lambda).
bool repeatsOrDefers(const Stmt *S) {
  return isa<ForStmt, CXXForRangeStmt, WhileStmt, DoStmt, LambdaExpr>(S);
}

/// Whether `S` runs some of its parts only sometimes.
bool isConditional(const Stmt *S) {
  if (const auto *Binary = dyn_cast<BinaryOperator>(S))
    return Binary->isLogicalOp();
  return isa<IfStmt, SwitchStmt, SwitchCase, AbstractConditionalOperator, CXXTryStmt, CXXCatchStmt>(
      S);
}

/// Whether the code below the first statement of `Chain` runs the call
/// whenever that statement runs.
bool runsEveryTime(llvm::ArrayRef<const Stmt *> Chain) {
  return llvm::none_of(Chain, [](const Stmt *S) { return isConditional(S) || repeatsOrDefers(S); });
}

/// Whether two expressions are written alike (clang's structural profile,
/// as clang-tidy's checks compare expressions): for calls, the same callee,
/// object and arguments.
bool sameExpr(const Expr *A, const Expr *B, const ASTContext &Ctx) {
  llvm::FoldingSetNodeID IdA, IdB;
  A->Profile(IdA, Ctx, /*Canonical=*/true);
  B->Profile(IdB, Ctx, /*Canonical=*/true);
  return IdA == IdB;
}

/// The position of `S` in `Chain`, or none.
std::optional<size_t> positionOf(llvm::ArrayRef<const Stmt *> Chain, const Stmt *S) {
  auto It = llvm::find(Chain, S);
  return It == Chain.end() ? std::nullopt : std::optional<size_t>(It - Chain.begin());
}

/// The position of the innermost block that holds both chains' calls.
std::optional<size_t> commonBlock(llvm::ArrayRef<const Stmt *> A, llvm::ArrayRef<const Stmt *> B) {
  size_t Shared = 0;
  while (Shared < A.size() && Shared < B.size() && A[Shared] == B[Shared])
    ++Shared;
  for (size_t I = Shared; I-- > 0;)
    if (isa<CompoundStmt>(A[I]))
      return I + 1 < A.size() && I + 1 < B.size() ? std::optional<size_t>(I) : std::nullopt;
  return std::nullopt;
}

/// What decides whether the rest of a conditional node runs.
const Stmt *conditionOf(const Stmt *S) {
  if (const auto *If = dyn_cast<IfStmt>(S))
    return If->getCond();
  if (const auto *Switch = dyn_cast<SwitchStmt>(S))
    return Switch->getCond();
  if (const auto *Conditional = dyn_cast<AbstractConditionalOperator>(S))
    return Conditional->getCond();
  if (const auto *Binary = dyn_cast<BinaryOperator>(S); Binary && Binary->isLogicalOp())
    return Binary->getLHS();
  return nullptr;
}

/// The two sides of `S` when it is an assignment, built in (`n = ...`) or
/// a class's `operator=` (`rows = ...`).
std::optional<std::pair<const Expr *, const Expr *>> assignmentSides(const Stmt *S) {
  const auto *E = dyn_cast_or_null<Expr>(S);
  E = E ? E->IgnoreImplicit() : nullptr;
  if (const auto *Binary = dyn_cast_or_null<BinaryOperator>(E); Binary && Binary->isAssignmentOp())
    return std::pair{Binary->getLHS(), Binary->getRHS()};
  if (const auto *Operator = dyn_cast_or_null<CXXOperatorCallExpr>(E);
      Operator && Operator->isAssignmentOp() && Operator->getNumArgs() == 2)
    return std::pair{Operator->getArg(0), Operator->getArg(1)};
  return std::nullopt;
}

/// The variable a request's statement stores its result in: `auto r =
/// <request>;` or `r = <request>;`.
const VarDecl *resultVariable(const Stmt *Statement, const Expr *Request) {
  if (const VarDecl *Declared = declaredFrom(Statement, Request))
    return Declared;
  auto Sides = assignmentSides(Statement);
  if (!Sides || Sides->second->IgnoreImplicit() != Request->IgnoreImplicit())
    return nullptr;
  const auto *Ref = dyn_cast<DeclRefExpr>(Sides->first->IgnoreParenImpCasts());
  return Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
}

/// Whether `S` may leave the function or the block early: a return, a
/// throw, a jump.
bool mayLeave(const Stmt *S) {
  return holdsNode(S, [](const Stmt *Node) {
    return isa<ReturnStmt, CoreturnStmt, CXXThrowExpr, BreakStmt, ContinueStmt, GotoStmt>(Node);
  });
}

/// What a request's statement stores its answer in: the variables it
/// declares (`auto kind = generate(..).text();`), or the variable or member
/// it assigns (`ctx.summary = ...`).
void addAnswers(const Stmt *Statement, llvm::SmallVectorImpl<const ValueDecl *> &Answers) {
  if (const auto *Declaration = dyn_cast<DeclStmt>(Statement)) {
    for (const Decl *D : Declaration->decls())
      if (const auto *Var = dyn_cast<VarDecl>(D))
        Answers.push_back(Var);
    return;
  }
  auto Sides = assignmentSides(Statement);
  const Expr *Target = Sides ? Sides->first->IgnoreParenImpCasts() : nullptr;
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(Target))
    Answers.push_back(Ref->getDecl());
  else if (const auto *Member = dyn_cast_or_null<MemberExpr>(Target))
    Answers.push_back(Member->getMemberDecl());
}

/// Whether `S` reads one of `Answers` (a variable, or a member by its
/// declaration: `out.summary`, not `out.sentiment`); the target of an
/// assignment is written, not read.
bool readsAny(const Stmt *S, llvm::ArrayRef<const ValueDecl *> Answers) {
  if (auto Sides = assignmentSides(S))
    S = Sides->second;
  return holdsNode(S, [&](const Stmt *Node) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Node))
      return llvm::is_contained(Answers, Ref->getDecl());
    const auto *Member = dyn_cast<MemberExpr>(Node);
    return Member && llvm::is_contained(Answers, Member->getMemberDecl());
  });
}

/// The statements of `Block` after `From`, up to and including `To`.
std::vector<const Stmt *> statementsBetween(const CompoundStmt &Block, const Stmt *From,
                                            const Stmt *To) {
  std::vector<const Stmt *> Out;
  bool After = false;
  for (const Stmt *Child : Block.body()) {
    if (After)
      Out.push_back(Child);
    if (Child == To)
      break;
    After = After || Child == From;
  }
  return Out;
}

} // namespace

/// The check's analyses of one translation unit.
struct RedundantRequestCheck::Analyses : UnitState {
  Analyses(CoroutineUnit &Unit, const Catalog &Cat)
      : Unit(Unit), Requests(
                        Unit.Ctx, Unit.Index, Unit.Summaries,
                        [&Unit](SourceLocation L) { return Unit.Project.contains(L); }, Cat) {}

  CoroutineUnit &Unit;
  RequestAnalysis Requests;
};

RedundantRequestCheck::RedundantRequestCheck(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : CoroutineCheckBase(Name, Context) {}

void RedundantRequestCheck::adjustCatalog(Catalog &Cat) const {
  for (std::string &Type : splitOptionList(*CacheTypes))
    Cat.CacheTypes.push_back(std::move(Type));
  addProjectRequests(Cat, *DatabaseFunctions, IoKind::Database);
  addProjectRequests(Cat, *LlmFunctions, IoKind::Llm);
}

std::unique_ptr<CoroutineCheckBase::UnitState>
RedundantRequestCheck::makeUnitState(CoroutineUnit &Unit) {
  return std::make_unique<Analyses>(Unit, effectiveCatalog());
}

void RedundantRequestCheck::checkCoroutine(const Coroutine &C) {
  Analyses &A = unitState<Analyses>();
  A.Requests.startCoroutine(*C.Body.getBody());
  std::vector<Request> Requests;
  walkBody(C.Body.getBody(), A.Unit.Ctx, A.Requests.policy(), [&](const CallSite &Site) {
    if (std::optional<Request> R = A.Requests.requestAt(Site))
      Requests.push_back(std::move(*R));
  });
  for (const Request &R : Requests)
    checkLoopInvariant(R, C);
  checkRepeats(Requests, C);
  checkSharedInput(Requests, C);
}

void RedundantRequestCheck::checkLoopInvariant(const Request &R, const Coroutine &C) {
  Analyses &A = unitState<Analyses>();
  // A model asked the same prompt per element gives each its own answer
  // (a nickname per user): sampling, not repeated work.
  if (!R.AsksTheSame || R.Entry->Kind == IoKind::Llm)
    return;
  std::optional<IterationLoop> Loop =
      innermostIterationLoop(R.Ancestors, R.Call, [&](const FunctionDecl *Callee) {
        return A.Requests.isLoopAlgorithm(Callee);
      });
  // A loop over elements: a loop that does nothing with its counter or
  // element asks again on purpose (samples, a warm-up, a benchmark).
  if (!Loop || isa<CallExpr>(Loop->Loop) || !Loop->Element ||
      !mentionsVariable(Loop->Body, [&](const VarDecl *V) { return V == Loop->Element; }))
    return;
  ASTContext &Ctx = A.Unit.Ctx;
  const SourceManager &SM = Ctx.getSourceManager();
  const Stmt &Whole = *Loop->Loop;
  if (llvm::any_of(R.Inputs, [&](const VarDecl *V) { return declaredInside(V, Whole, SM); }) ||
      declaredInside(R.ReceiverRoot, Whole, SM))
    return;
  std::optional<size_t> BodyAt = positionOf(R.Ancestors, Loop->Body);
  if (!BodyAt || !runsEveryTime(llvm::ArrayRef(R.Ancestors).drop_front(*BodyAt)))
    return;
  if (std::optional<uint64_t> Trips = constantTripCount(*Loop, Ctx); Trips && *Trips <= 1)
    return;
  if (A.Requests.asksAgainOnPurpose(*Loop) || leavesLoopAfter(*Loop, R.Ancestors, R.Call) ||
      changesAny(Whole, R.Inputs, Ctx, R.Call) ||
      (R.ReceiverRoot &&
       replacesObject(Whole, R.ReceiverRoot,
                      [&](const CallExpr &Call) { return A.Requests.isRequest(Call); })) ||
      A.Requests.mayChangeAnswer(R, &Whole, R.Call) || !shouldReportAt(R.Call->getBeginLoc()))
    return;

  std::string Subject = iterationSubject(*Loop, Ctx);
  diag(R.Call->getBeginLoc(), "%0 '%1' asks the same on every iteration%2: nothing it reads "
                              "changes in the loop; make it once before the loop")
      << whatIs(R.Entry->Kind) << describeCall(R.Call, R.Callee)
      << (Subject.empty() ? "" : " over '" + Subject + "'") << R.Call->getSourceRange();
  diag(Loop->Loop->getBeginLoc(), "the loop that repeats it", DiagnosticIDs::Note);

  emitFixNote(C.isInstantiation() ? FixPlan::silent() // the pattern's finding carries the fix
                                  : loopFixPlan(R, *Loop, *BodyAt, C),
              R.Call->getBeginLoc());
}

FixPlan RedundantRequestCheck::loopFixPlan(const Request &R, const IterationLoop &Loop,
                                           size_t BodyAt, const Coroutine &C) {
  ASTContext &Ctx = unitState<Analyses>().Unit.Ctx;
  std::optional<size_t> LoopAt = positionOf(R.Ancestors, Loop.Loop);
  const auto *Declaration =
      BodyAt + 1 < R.Ancestors.size() ? dyn_cast<DeclStmt>(R.Ancestors[BodyAt + 1]) : nullptr;
  const VarDecl *Var = declaredFrom(Declaration, R.requestExpr());
  if (!Var)
    return FixPlan::none("the request does not declare a variable of its own in the loop");
  if (!LoopAt || *LoopAt == 0 || !isa<CompoundStmt>(R.Ancestors[*LoopAt - 1]))
    return FixPlan::none("the loop is not directly a statement of a block (it has a label, or "
                         "is the body of another statement)");
  if (changesAny(*Loop.Body, {Var}, Ctx))
    return FixPlan::none("the loop changes '" + Var->getName().str() + "'");
  return hoistBeforeLoop(*Declaration, *Var, *Loop.Loop, C.Function, Ctx);
}

std::optional<RedundantRequestCheck::RepeatPlace>
RedundantRequestCheck::repeatPlace(const Request &First, const Request &Second) const {
  std::optional<size_t> BlockAt = commonBlock(First.Ancestors, Second.Ancestors);
  if (!BlockAt)
    return std::nullopt;
  RepeatPlace P;
  P.Block = cast<CompoundStmt>(First.Ancestors[*BlockAt]);
  P.FirstStatement = First.Ancestors[*BlockAt + 1];
  P.SecondStatement = Second.Ancestors[*BlockAt + 1];
  auto FirstChain = llvm::ArrayRef(First.Ancestors).drop_front(*BlockAt + 1);
  P.SecondChain = llvm::ArrayRef(Second.Ancestors).drop_front(*BlockAt + 1);
  // The first is its statement's own, run whenever the block runs; the
  // second is not repeated by a loop of its own ((a)'s business).
  if (P.FirstStatement == P.SecondStatement || !runsEveryTime(FirstChain) ||
      llvm::any_of(FirstChain, [](const Stmt *S) { return isa<CompoundStmt>(S); }) ||
      llvm::any_of(P.SecondChain, repeatsOrDefers))
    return std::nullopt;
  P.Between = statementsBetween(*P.Block, P.FirstStatement, P.SecondStatement);
  // A label or case between them: the second may run without the first.
  if (llvm::any_of(P.Between, [](const Stmt *S) { return isa<LabelStmt, SwitchCase>(S); }))
    return std::nullopt;
  return P;
}

bool RedundantRequestCheck::asksTheSameAgain(const Request &First, const Request &Second,
                                             const RepeatPlace &P) {
  Analyses &A = unitState<Analyses>();
  ASTContext &Ctx = A.Unit.Ctx;
  // A second request under a test of the first's answer, or one that
  // replaces the first's answer, is a retry.
  const VarDecl *FirstResult = resultVariable(P.FirstStatement, First.requestExpr());
  auto ReadsFirst = [&](const Stmt *S) {
    return FirstResult && mentionsVariable(S, [&](const VarDecl *V) { return V == FirstResult; });
  };
  if (llvm::any_of(P.SecondChain, [&](const Stmt *S) {
        const Stmt *Condition = conditionOf(S);
        return (Condition && ReadsFirst(Condition)) ||
               (FirstResult && resultVariable(S, Second.requestExpr()) == FirstResult);
      }))
    return false;
  // A model's answers vary: asking again is a retry when something in
  // between may end the coroutine on the first answer, and sampling when
  // the program still reads the first answer after the second.
  if (Second.Entry->Kind == IoKind::Llm) {
    auto FromSecond = llvm::find(P.Block->body(), P.SecondStatement);
    if (!FirstResult ||
        llvm::any_of(llvm::make_range(FromSecond, P.Block->body_end()), ReadsFirst) ||
        llvm::any_of(llvm::ArrayRef(P.Between).drop_back(), mayLeave))
      return false;
  }
  // Nothing from the first request on waits, changes an argument, replaces
  // the client or may change the answer.
  auto IsRequest = [&](const CallExpr &Call) { return A.Requests.isRequest(Call); };
  auto ChangesIt = [&](const Stmt *S, const Expr *Except) {
    return A.Requests.waitsIn(S) || changesAny(*S, Second.Inputs, Ctx, Except) ||
           (Second.ReceiverRoot && replacesObject(*S, Second.ReceiverRoot, IsRequest)) ||
           A.Requests.mayChangeAnswer(Second, S, Except);
  };
  return !ChangesIt(P.FirstStatement, First.Call) &&
         llvm::none_of(P.Between, [&](const Stmt *S) { return ChangesIt(S, Second.Call); });
}

void RedundantRequestCheck::checkRepeats(llvm::ArrayRef<Request> Requests, const Coroutine &C) {
  ASTContext &Ctx = unitState<Analyses>().Unit.Ctx;
  for (size_t J = 1; J < Requests.size(); ++J) {
    const Request &Second = Requests[J];
    for (size_t I = 0; I < J && Second.AsksTheSame; ++I) {
      const Request &First = Requests[I];
      if (!First.AsksTheSame || !sameExpr(First.Call, Second.Call, Ctx))
        continue;
      std::optional<RepeatPlace> Place = repeatPlace(First, Second);
      if (!Place || !asksTheSameAgain(First, Second, *Place))
        continue;
      if (shouldReportAt(Second.Call->getBeginLoc()))
        reportRepeat(First, Second, *Place, C);
      break;
    }
  }
}

void RedundantRequestCheck::reportRepeat(const Request &First, const Request &Second,
                                         const RepeatPlace &P, const Coroutine &C) {
  ASTContext &Ctx = unitState<Analyses>().Unit.Ctx;
  diag(Second.Call->getBeginLoc(),
       "%0 '%1' asks again what an earlier request asked, and nothing in between changes "
       "the answer; reuse the first result")
      << whatIs(Second.Entry->Kind) << describeCall(Second.Call, Second.Callee)
      << Second.Call->getSourceRange();
  diag(First.Call->getBeginLoc(), "the first request", DiagnosticIDs::Note);
  // The second's own declaration, `T again = <request>;`, takes a copy.
  const VarDecl *Kept = declaredFrom(P.FirstStatement, First.requestExpr());
  const Stmt *SecondDeclaration = nullptr;
  for (const Stmt *S : P.SecondChain)
    if (isa<DeclStmt>(S))
      SecondDeclaration = S;
  const VarDecl *Copy = declaredFrom(SecondDeclaration, Second.requestExpr());
  FixPlan Plan = FixPlan::none("the first result is not kept in a variable");
  if (C.isInstantiation())
    Plan = FixPlan::silent();
  else if (Kept && (!Copy || Copy->getType()->isReferenceType()))
    Plan = FixPlan::none("the repeated request does not initialise a variable of its own");
  else if (Kept &&
           (unitState<Analyses>().Requests.isAliasedHere(Kept) ||
            llvm::any_of(P.Between, [&](const Stmt *S) { return changesAny(*S, {Kept}, Ctx); })))
    Plan = FixPlan::none("the code in between may change '" + Kept->getName().str() + "'");
  else if (Kept)
    Plan = reuseFirstResult(*Kept, *Second.requestExpr(), C.Function, Ctx);
  emitFixNote(Plan, Second.Call->getBeginLoc());
}

namespace {

/// An LLM request that may be one of several questions over one input.
struct PromptCandidate {
  const Request *R;
  PromptParts Parts;
};

/// Whether two requests could be one: the same function on the same
/// object, the same arguments besides the prompt (not two models compared,
/// not an embedding beside a completion), and prompts that join the same
/// variables with instructions.
bool askableTogether(const PromptCandidate &A, const PromptCandidate &B, const ASTContext &Ctx) {
  if (A.R->Callee->getCanonicalDecl() != B.R->Callee->getCanonicalDecl() ||
      A.R->ReceiverRoot != B.R->ReceiverRoot || A.Parts.Embedded != B.Parts.Embedded)
    return false;
  llvm::SmallVector<const Expr *, 4> ArgsA = writtenArguments(A.R->Call);
  llvm::SmallVector<const Expr *, 4> ArgsB = writtenArguments(B.R->Call);
  std::optional<unsigned> Prompt = A.R->Entry->QueryArg;
  if (ArgsA.size() != ArgsB.size())
    return false;
  // Where every argument may be the prompt (the project's own functions),
  // arguments that differ must each carry instructions: a model's name
  // that differs makes a comparison, not another question.
  auto HasInstructions = [](const Expr *E) {
    return holdsNode(E, [](const Stmt *S) { return isa<StringLiteral>(S); });
  };
  for (unsigned I = 0; I < ArgsA.size(); ++I) {
    if (sameExpr(ArgsA[I], ArgsB[I], Ctx) || (Prompt && I == *Prompt))
      continue;
    if (Prompt || !HasInstructions(ArgsA[I]) || !HasInstructions(ArgsB[I]))
      return false;
  }
  return true;
}

} // namespace

bool RedundantRequestCheck::areSeparateQuestions(llvm::ArrayRef<const Request *> Group,
                                                 llvm::ArrayRef<const PromptParts *> Parts,
                                                 const Coroutine &C) {
  ASTContext &Ctx = unitState<Analyses>().Unit.Ctx;
  const Request &First = *Group.front();
  const Request &Last = *Group.back();
  // All on one path: none under a branch, case or loop the first is not.
  for (const Request *R : Group.drop_front()) {
    std::optional<size_t> BlockAt = commonBlock(First.Ancestors, R->Ancestors);
    if (!BlockAt || !runsEveryTime(llvm::ArrayRef(First.Ancestors).drop_front(*BlockAt + 1)) ||
        !runsEveryTime(llvm::ArrayRef(R->Ancestors).drop_front(*BlockAt + 1)))
      return false;
  }
  // No return, throw or jump from the first on (a moderation check that
  // may end the handler is a gate), and nothing in between reads an
  // answer (a gate through a helper that throws).
  std::optional<size_t> Shared = commonBlock(First.Ancestors, Last.Ancestors);
  const auto &Block = *cast<CompoundStmt>(First.Ancestors[*Shared]);
  const Stmt *FirstStatement = First.Ancestors[*Shared + 1];
  const Stmt *LastStatement = Last.Ancestors[*Shared + 1];
  if (FirstStatement == LastStatement)
    return false; // one expression: merging them is rewriting it
  std::vector<const Stmt *> Between = statementsBetween(Block, FirstStatement, LastStatement);
  Between.pop_back();
  llvm::SmallVector<const ValueDecl *, 4> Answers;
  for (const Request *R : Group) {
    std::optional<size_t> At = positionOf(R->Ancestors, &Block);
    if (At && *At + 1 < R->Ancestors.size())
      addAnswers(R->Ancestors[*At + 1], Answers);
  }
  if (mayLeave(FirstStatement) ||
      llvm::any_of(Between, [&](const Stmt *S) { return mayLeave(S) || readsAny(S, Answers); }))
    return false;
  // None reads what another answered, or anything that changes: what each
  // reads was declared before the first and keeps its value.
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Start = FirstStatement->getBeginLoc();
  const Stmt &Body = *C.Body.getBody();
  return llvm::all_of(Parts, [&](const PromptParts *P) {
    llvm::SmallVector<const VarDecl *, 8> Read(P->Read.begin(), P->Read.end());
    return llvm::all_of(Read,
                        [&](const VarDecl *V) {
                          return SM.isBeforeInTranslationUnit(V->getLocation(), Start);
                        }) &&
           !changesAny(Body, Read, Ctx) && !changesAny(Body, P->Built, Ctx);
  });
}

void RedundantRequestCheck::checkSharedInput(llvm::ArrayRef<Request> Requests, const Coroutine &C) {
  Analyses &A = unitState<Analyses>();
  ASTContext &Ctx = A.Unit.Ctx;
  auto IsLoopAlgorithm = [&](const FunctionDecl *F) { return A.Requests.isLoopAlgorithm(F); };
  llvm::SmallPtrSet<const Stmt *, 8> RequestCalls;
  for (const Request &R : Requests)
    RequestCalls.insert(R.Call);
  // The LLM requests made once (not in a loop) whose prompts join
  // variables with instructions, each once (a repeat is (b)'s business).
  std::vector<PromptCandidate> Candidates;
  for (const Request &R : Requests) {
    if (R.Entry->Kind != IoKind::Llm ||
        innermostIterationLoop(R.Ancestors, R.Call, IsLoopAlgorithm) ||
        llvm::any_of(Candidates,
                     [&](const PromptCandidate &P) { return sameExpr(P.R->Call, R.Call, Ctx); }))
      continue;
    PromptParts Parts = promptPartsOf(*R.Call, R.Entry->QueryArg, RequestCalls);
    if (Parts.Stable && !Parts.Embedded.empty())
      Candidates.push_back({&R, std::move(Parts)});
  }
  std::vector<bool> Grouped(Candidates.size());
  for (size_t I = 0; I < Candidates.size(); ++I) {
    if (Grouped[I])
      continue;
    llvm::SmallVector<const Request *, 4> Group{Candidates[I].R};
    llvm::SmallVector<const PromptParts *, 4> Parts{&Candidates[I].Parts};
    for (size_t J = I + 1; J < Candidates.size(); ++J)
      if (!Grouped[J] && askableTogether(Candidates[I], Candidates[J], Ctx)) {
        Grouped[J] = true;
        Group.push_back(Candidates[J].R);
        Parts.push_back(&Candidates[J].Parts);
      }
    if (Group.size() < std::max(2U, *MinLlmRequests) || !areSeparateQuestions(Group, Parts, C) ||
        !shouldReportAt(Group.front()->Call->getBeginLoc()))
      continue;
    std::vector<std::string> Names;
    for (const VarDecl *Input : Candidates[I].Parts.Embedded)
      Names.push_back("'" + Input->getName().str() + "'");
    std::string Inputs = joinNames(Names, ", ", " and ");
    diag(Group.front()->Call->getBeginLoc(), "%0 LLM requests send %1 with different "
                                             "instructions; ask for all the answers in one "
                                             "structured request")
        << static_cast<unsigned>(Group.size()) << Inputs << Group.front()->Call->getSourceRange();
    for (const Request *R : llvm::ArrayRef(Group).drop_front())
      diag(R->Call->getBeginLoc(), "another request over %0", DiagnosticIDs::Note) << Inputs;
    emitFixNote(FixPlan::none("merge the instructions into one prompt that asks for one field "
                              "per answer (JSON), and read each answer from the reply"),
                Group.front()->Call->getBeginLoc());
  }
}

} // namespace async_tidy
