//===--- PerIterationIoCheck.cpp - async-per-iteration-io -----------------===//
//
// Each coroutine body is walked once (BodyWalker). A call is reported when
// the catalog classes it as a database query, LLM or HTTP request, or a new
// connection, or when it enters a function or coroutine of the project that
// makes such a request within TransitiveDepth helpers (CallChainSearch); and
// when the innermost loop running it once per iteration is not exempt
// (IterationLoops).
//
//===----------------------------------------------------------------------===//

#include "PerIterationIoCheck.h"

#include "AccessPaths.h"
#include "ApiIndex.h"
#include "AwaitableStart.h"
#include "BatchedQueryRewriter.h"
#include "BatchingRewriter.h"
#include "BodyWalker.h"
#include "CallChains.h"
#include "FrameworkDetector.h"
#include "IterationLoops.h"
#include "ProjectFiles.h"
#include "QualifiedNames.h"
#include "QueryEffects.h"
#include "SchedulingAwaiters.h"
#include "SourceEdits.h"
#include "SqlText.h"
#include "TaskLoops.h"

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;

namespace async_tidy {

namespace {
/// How messages name a kind of request, and what to do instead.
struct KindWording {
  const char *What;
  const char *WithArticle;
  const char *Advice;
};
KindWording wordingFor(IoKind Kind) {
  switch (Kind) {
  case IoKind::Database:
    // The advice depends on the statement: databaseAdvice.
    return {"database query", "a database query", ""};
  case IoKind::Llm:
    return {"LLM request", "an LLM request",
            "; send one batched prompt, or run the requests concurrently with a bound"};
  case IoKind::Http:
    return {"HTTP request", "an HTTP request",
            "; batch the requests, or run them concurrently with a bound"};
  case IoKind::Connection:
    return {"connection", "a connection", "; open it once before the loop, or use a pool"};
  }
  return {"request", "a request", ""};
}

/// The kind of statement (`SELECT`, `INSERT`, ...) the catalogued database
/// call `Call` runs, as PostgreSQL's parser reads its SQL; "" when the text
/// is not known. `Call` may be null (a summary stands for it). Its SQL is
/// read where the program builds it from literals: the catalog's query
/// argument, or (the project's own DatabaseFunctions) the first argument
/// that is a string literal.
std::string statementOf(const Expr *Call, const IoCall &Entry) {
  const auto *Query = dyn_cast_or_null<CallExpr>(Call);
  std::optional<BuiltSql> Sql;
  for (unsigned I = 0; Query && I < Query->getNumArgs() && !Sql; ++I)
    if (Entry.QueryArg ? *Entry.QueryArg == I
                       : isa<StringLiteral>(Query->getArg(I)->IgnoreParenImpCasts()))
      Sql = builtSql(Query->getArg(I));
  auto Effects = Sql ? queryEffects(Sql->Text) : std::variant<QueryEffects, std::string>("");
  const auto *Known = std::get_if<QueryEffects>(&Effects);
  return Known ? Known->Statement : "";
}

/// What to do instead of a database statement per iteration, by what the
/// statement does: fetching all rows is no advice for an INSERT.
std::string databaseAdvice(const Expr *Call, const IoCall &Entry) {
  if (!Entry.BatchAdvice.empty())
    return " (N+1); " + Entry.BatchAdvice;
  std::string Statement = statementOf(Call, Entry);
  if (Statement == "SELECT")
    return " (N+1); fetch all rows in one query";
  if (Statement == "INSERT")
    return " (N+1); insert all rows in one statement";
  if (Statement == "UPDATE" || Statement == "DELETE")
    return " (N+1); " + llvm::StringRef(Statement).lower() + " all rows in one statement";
  return " (N+1); make one query for all of them";
}

/// Whether `E` uses the loop element, directly or through a local
/// initialised from it (`const char *params[] = {id.c_str()}`).
bool usesElement(const Expr *E, const VarDecl *Element) {
  auto IsElement = [&](const VarDecl *Var) { return Var == Element; };
  return Element && mentionsVariable(E, [&](const VarDecl *Var) {
           return IsElement(Var) || (Var->isLocalVarDecl() && Var->getInit() &&
                                     mentionsVariable(Var->getInit(), IsElement));
         });
}
} // namespace

/// The check's analyses of one translation unit.
struct PerIterationIoCheck::Analyses : UnitState {
  Analyses(CoroutineUnit &Unit, const Catalog &Cat)
      : Unit(Unit),
        Policy{[&Unit](const FunctionDecl *FD) { return Unit.Index.isInlineCaller(FD); }, nullptr},
        Chains(
            Unit.Ctx, Policy, [this](const CallSite &Site) { return requestOf(Site); },
            [this](const CallSite &Site) { return isProjectHelper(Site); }),
        Batching(Unit.Ctx, Unit.Index.resolver()), BatchedQueries(Unit.Ctx, Unit.Index),
        Start(Cat.LazyTypes, Cat.EagerTypes),
        Scheduling(Unit.Ctx, Unit.Index, Cat.ResumeSchedulers) {
    for (const std::string &Name : Cat.OrderingFunctions)
      OrderingNames.insert(Name);
    for (const std::string &Name : Cat.LoopInputFunctions)
      LoopInputNames.insert(Name);
    for (const std::string &Name : Cat.LoopAlgorithms)
      LoopAlgorithmNames.insert(Name);
    for (const FrameworkIdioms &Framework : Cat.Frameworks)
      if (Framework.FrameworkKind == FrameworkIdioms::Kind::Async)
        for (const std::string &Type : Framework.CoroutineTypes)
          TaskTypes.insert(Type);
  }

  /// A request that may be reached through helpers (not a connection: one
  /// opened inside a helper is the helper's business).
  const IoCall *requestOf(const CallSite &Site) const {
    const IoCall *Entry = ioCallOf(Site);
    return Entry && Entry->Kind != IoKind::Connection ? Entry : nullptr;
  }
  /// The catalog's entry, else the one SummaryFacts made for the callee.
  /// The catalogued call the site makes: itself, the last call of the
  /// chain it starts, or none when a summary stands for that chain.
  const Expr *catalogedCallOf(const CallSite &Site, const CallChain<IoCall> *Chain) const {
    if (!Chain)
      return Site.Call;
    return Unit.Summaries.chainOf(Chain->Target) ? nullptr : Chain->Steps.back().Call;
  }

  const IoCall *ioCallOf(const CallSite &Site) const {
    const IoCall *Entry = Unit.Index.ioCall(Site.Call);
    return Entry ? Entry : Unit.Summaries.requestEntry(*Site.Callee);
  }
  /// Whether the call only creates a task: the callee is a coroutine, or
  /// returns a framework's coroutine type.
  bool makesTask(const CallSite &Site) const {
    const FunctionDecl *Definition = nullptr;
    if (Site.Callee->hasBody(Definition) && coroutineBody(*Definition))
      return true;
    std::string Type = catalogNameOfType(Site.Callee->getReturnType());
    return !Type.empty() && TaskTypes.contains(Type);
  }
  bool isNamed(const llvm::StringSet<> &Names, const FunctionDecl *Callee) const {
    return Callee && Names.contains(Unit.Index.nameOf(Callee));
  }
  /// Whether `Call` waits between a loop's rounds: a catalogued timer,
  /// sleep or executor switch, a blocking sleep (which has its own finding
  /// in a coroutine, but paces the loop all the same), or a call of a
  /// project function that always makes one and makes no request itself
  /// (`co_await pause(loop)`, `back_off(attempt)`; a retry wrapper that
  /// sleeps only after a failed request is the request, not a pause).
  bool pacesLoop(const CallExpr &Call) {
    if (waitsBetweenRounds(Call))
      return true;
    const FunctionDecl *Callee = Call.getDirectCallee();
    const FunctionDecl *Definition = nullptr;
    if (!Callee || !Callee->hasBody(Definition) ||
        !Unit.Project.contains(Definition->getLocation()))
      return false;
    auto [It, Inserted] = PacingHelpers.try_emplace(Definition, false);
    if (Inserted)
      It->second = alwaysPauses(coroutineBodyOf(*Definition));
    return It->second;
  }
  /// Whether a statement at the top of `Body` (not under a branch or loop)
  /// waits between rounds, and nothing in it is a request.
  bool alwaysPauses(const Stmt *Body) const {
    const auto *Block = dyn_cast_or_null<CompoundStmt>(Body);
    if (!Block || holdsNode(Block, [this](const Stmt *S) {
          const auto *Inner = dyn_cast<CallExpr>(S);
          return Inner && Unit.Index.ioCall(Inner);
        }))
      return false;
    return llvm::any_of(Block->body(), [this](const Stmt *Statement) {
      return isa<Expr, DeclStmt>(Statement) && holdsNode(Statement, [this](const Stmt *S) {
               const auto *Inner = dyn_cast<CallExpr>(S);
               return (Inner && waitsBetweenRounds(*Inner)) || awaitsSchedulingAwaiter(S);
             });
    });
  }
  /// `co_await Sleep{loop, 5.0}`: an awaiter of the project that hands the
  /// coroutine to a timer or an executor (SchedulingAwaiters).
  bool awaitsSchedulingAwaiter(const Stmt *S) const {
    const auto *Await = dyn_cast<CoawaitExpr>(S);
    return Await && Scheduling.onlySchedules(Await->getOperand()->getType());
  }
  bool waitsBetweenRounds(const CallExpr &Call) const {
    if (isNamed(OrderingNames, Call.getDirectCallee()) || Scheduling.onlySchedules(Call.getType()))
      return true;
    const BlockingFunction *Blocking = Unit.Index.blockingFunction(&Call);
    return Blocking && Blocking->Kind == BlockingKind::Sleep;
  }
  bool isProjectHelper(const CallSite &Site) const {
    return isProjectHelperCall(Site.Call, Site.Callee, /*EnterCoroutines=*/true,
                               [this](SourceLocation L) { return Unit.Project.contains(L); });
  }

  CoroutineUnit &Unit;
  WalkPolicy Policy;
  CallChainSearch<IoCall> Chains;
  BatchingRewriter Batching;
  BatchedQueryRewriter BatchedQueries;
  AwaitableStartModel Start;
  SchedulingAwaiters Scheduling;
  llvm::StringSet<> OrderingNames, LoopInputNames, LoopAlgorithmNames, TaskTypes;
  llvm::DenseMap<const Stmt *, bool> ExemptLoops;
  llvm::DenseMap<const FunctionDecl *, bool> PacingHelpers;
  llvm::DenseMap<const Stmt *, llvm::SmallPtrSet<const VarDecl *, 4>> CarriedByLoop;
  /// Where each loop's awaits of its element's own work end.
  llvm::DenseMap<const Stmt *, llvm::SmallVector<SourceLocation, 2>> ElementWorkByLoop;
};

PerIterationIoCheck::PerIterationIoCheck(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : CoroutineCheckBase(Name, Context), DatabaseFunctions(*this, "DatabaseFunctions", ""),
      LlmFunctions(*this, "LlmFunctions", ""), HttpFunctions(*this, "HttpFunctions", ""),
      MinIterations(*this, "MinIterations", 3U), MaxConcurrency(*this, "MaxConcurrency", 8U),
      TransitiveDepth(*this, "TransitiveDepth", 3U) {}

void PerIterationIoCheck::adjustCatalog(Catalog &Cat) const {
  addProjectRequests(Cat, *DatabaseFunctions, IoKind::Database);
  addProjectRequests(Cat, *LlmFunctions, IoKind::Llm);
  addProjectRequests(Cat, *HttpFunctions, IoKind::Http);
}

std::unique_ptr<CoroutineCheckBase::UnitState>
PerIterationIoCheck::makeUnitState(CoroutineUnit &Unit) {
  return std::make_unique<Analyses>(Unit, effectiveCatalog());
}

bool PerIterationIoCheck::isExempt(const IterationLoop &Loop) {
  Analyses &A = unitState<Analyses>();
  auto [It, Inserted] = A.ExemptLoops.try_emplace(Loop.Loop, false);
  if (!Inserted)
    return It->second;
  if (std::optional<uint64_t> Trips = constantTripCount(Loop, A.Unit.Ctx);
      Trips && *Trips <= *MinIterations)
    return It->second = true;
  LoopOwnCalls Own = ownCallsOf(Loop);
  // No range, no counter: the loop runs until something in it says stop.
  bool Unbounded = !isa<CXXForRangeStmt>(Loop.Loop) && !isa<CallExpr>(Loop.Loop) && !Loop.Element;
  // An event loop awaits its own input: the next connection or message.
  for (const CallExpr *Awaited : Own.Awaited)
    if (A.isNamed(A.LoopInputNames, Awaited->getDirectCallee()))
      return It->second = true;
  // A pull loop (no range, no counter) awaits results until one says stop:
  // the request is its input, as in an event loop.
  if (Unbounded && Own.ExitDependsOnAwaitedResult)
    return It->second = true;
  // A retry loop waits on a timer and leaves once the call succeeds; a
  // polling loop (no range, no counter) waits on a timer between rounds:
  // its requests are spread over time on purpose, one per round.
  bool Paced = llvm::any_of(Own.All, [&](const CallExpr *Call) { return A.pacesLoop(*Call); }) ||
               holdsNode(Loop.Body, [&A](const Stmt *S) { return A.awaitsSchedulingAwaiter(S); });
  if (Paced && (Own.CanExit || Unbounded))
    return It->second = true;
  return It->second;
}

bool PerIterationIoCheck::needsPreviousIteration(const CallSite &Site, const IterationLoop &Loop) {
  Analyses &A = unitState<Analyses>();
  auto [It, Inserted] = A.CarriedByLoop.try_emplace(Loop.Loop);
  if (Inserted)
    It->second = loopCarriedVariables(Loop);
  const auto &Carried = It->second;
  if (Carried.empty())
    return false;
  return llvm::any_of(writtenArguments(Site.Call), [&Carried](const Expr *Arg) {
    return mentionsVariable(Arg, [&Carried](const VarDecl *V) { return Carried.contains(V); });
  });
}

namespace {

/// The string `E` passes on, through conversions (withoutConversions) and
/// `.c_str()`/`.data()`.
const Expr *withoutStringConversions(const Expr *E) {
  while (true) {
    E = withoutConversions(E);
    const auto *Member = dyn_cast<CXXMemberCallExpr>(E);
    const CXXMethodDecl *Method = Member ? Member->getMethodDecl() : nullptr;
    if (!Method || Member->getNumArgs() != 0 || !Method->getIdentifier() ||
        (Method->getName() != "c_str" && Method->getName() != "data"))
      return E;
    E = Member->getImplicitObjectArgument();
  }
}

} // namespace

namespace {

/// Whether `E` names the loop's element: the variable, or one name of it
/// when it is a structured binding (`for (auto &[version, sql] : ..)`).
bool namesElement(const Expr *E, const VarDecl *Element) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  if (!Ref)
    return false;
  if (const auto *Binding = dyn_cast<BindingDecl>(Ref->getDecl()))
    return Binding->getDecomposedDecl() == Element;
  return Ref->getDecl() == Element;
}

/// Whether `S` calls a member that adds to `Container` (`push_back`,
/// `emplace_back`, `insert`, `append`).
bool addsTo(const Stmt *S, const VarDecl *Container) {
  if (!S)
    return false;
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S)) {
    const CXXMethodDecl *Method = Call->getMethodDecl();
    const auto *Object =
        dyn_cast<DeclRefExpr>(Call->getImplicitObjectArgument()->IgnoreParenImpCasts());
    if (Method && Method->getIdentifier() && Object && Object->getDecl() == Container &&
        llvm::is_contained({"push_back", "emplace_back", "insert", "append"}, Method->getName()))
      return true;
  }
  for (const Stmt *Child : S->children())
    if (addsTo(Child, Container))
      return true;
  return false;
}

/// Whether the function fills the local `Container` itself: statements it
/// builds, one per item of another loop, are one query per item after all.
bool filledInFunction(const Expr *Container) {
  const auto *Ref = Container ? dyn_cast<DeclRefExpr>(Container->IgnoreParenImpCasts()) : nullptr;
  const auto *Variable = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  const auto *Function = Variable ? dyn_cast<FunctionDecl>(Variable->getDeclContext()) : nullptr;
  return Function && Variable->hasLocalStorage() && addsTo(Function->getBody(), Variable);
}

} // namespace

bool PerIterationIoCheck::runsElementAsStatement(const CallSite &Site, const IoCall &Entry,
                                                 const IterationLoop &Loop) {
  const auto *Call = dyn_cast<CallExpr>(Site.Call);
  if (!Call || Entry.Kind != IoKind::Database || !Entry.QueryArg || !Loop.Element ||
      *Entry.QueryArg >= Call->getNumArgs())
    return false;
  // A fixed statement whose parameters come from the element is one query
  // per element: `exec(job.sql, job.id)`.
  for (unsigned I = 0; I < Call->getNumArgs(); ++I)
    if (I != *Entry.QueryArg && usesElement(Call->getArg(I), Loop.Element))
      return false;
  const Expr *Sql = withoutStringConversions(Call->getArg(*Entry.QueryArg));
  // `command`, `step.sql`, `commands[i]` (in a loop whose counter is `i`).
  const Expr *Container = nullptr;
  if (const auto *RangeFor = dyn_cast<CXXForRangeStmt>(Loop.Loop))
    Container = RangeFor->getRangeInit();
  if (const auto *Member = dyn_cast<MemberExpr>(Sql))
    Sql = withoutStringConversions(Member->getBase());
  else if (isa<ForStmt>(Loop.Loop)) {
    if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(Sql)) {
      Container = Subscript->getBase();
      Sql = withoutStringConversions(Subscript->getIdx());
    } else if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Sql);
               Operator && Operator->getOperator() == OO_Subscript && Operator->getNumArgs() == 2) {
      Container = Operator->getArg(0);
      Sql = withoutStringConversions(Operator->getArg(1));
    }
  }
  // The statements come from the program's list (a file's, the project's
  // migrations), not one this function builds per item.
  return namesElement(Sql, Loop.Element) && !filledInFunction(Container);
}

namespace {

/// Whether `Call` runs work the loop's element holds: a method of the
/// element or of something it holds (`job->run()`), or a callable it holds
/// (`step.apply(db)`). A function given the element (`process(job)`) is
/// not counted: it may be one request per element itself.
bool callsElementsOwnWork(const CallExpr &Call, const VarDecl *Element) {
  const Expr *Object = nullptr;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call))
    Object = Member->getImplicitObjectArgument();
  else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call);
           Op && Op->getOperator() == OO_Call && Op->getNumArgs() > 0)
    Object = Op->getArg(0);
  else
    Object = enclosingObject(Call.getCallee()->IgnoreParenImpCasts());
  for (; Object; Object = enclosingObject(Object))
    if (namesElement((Object = Object->IgnoreParenImpCasts()), Element))
      return true;
  return false;
}

} // namespace

bool PerIterationIoCheck::followsElementsOwnWork(const CallSite &Site, const IterationLoop &Loop,
                                                 const IoCall &Entry,
                                                 const CallChain<IoCall> *Chain) {
  Analyses &A = unitState<Analyses>();
  if (!Loop.Element || Entry.Kind != IoKind::Database)
    return false;
  // A record is a write: a SELECT after the work is still one per element.
  // A statement built where the SQL is not read (`buildSql(..)`) may be one.
  if (statementOf(A.catalogedCallOf(Site, Chain), Entry) == "SELECT")
    return false;
  auto [It, Inserted] = A.ElementWorkByLoop.try_emplace(Loop.Loop);
  llvm::SmallVector<SourceLocation, 2> &WorkEnds = It->second;
  if (Inserted)
    forEachNode(Loop.Body, [&](const Stmt *S) {
      const auto *Await = dyn_cast<CoawaitExpr>(S);
      const auto *Work =
          Await ? dyn_cast_or_null<CallExpr>(withoutImplicit(Await->getOperand())) : nullptr;
      // The work's own effect is not known: a catalogued request is one per
      // element itself.
      if (Work && !A.Unit.Index.ioCall(Work) && callsElementsOwnWork(*Work, Loop.Element))
        WorkEnds.push_back(Await->getEndLoc());
    });
  const SourceManager &SM = A.Unit.Ctx.getSourceManager();
  return llvm::any_of(WorkEnds, [&](SourceLocation WorkEnd) {
    return SM.isBeforeInTranslationUnit(WorkEnd, Site.Call->getBeginLoc());
  });
}

void PerIterationIoCheck::checkCoroutine(const Coroutine &C) {
  Analyses &A = unitState<Analyses>();
  llvm::MapVector<const VarDecl *, CollectedTask> Collected;
  walkBody(C.Body.getBody(), A.Unit.Ctx, A.Policy, [&](const CallSite &Site) {
    // A call that makes a task (a coroutine, or an API returning one) does
    // its I/O where the task is awaited: building a vector of tasks in a
    // loop (the batched form) runs nothing per iteration. How the vector
    // is awaited decides (reportLazyTaskLoops).
    if (A.makesTask(Site) &&
        !isa_and_nonnull<CoawaitExpr>(semanticParent(Site.Ancestors, Site.Call))) {
      collectTask(Site, Collected);
      return;
    }
    std::optional<IterationLoop> Loop =
        innermostIterationLoop(Site.Ancestors, Site.Call, [&](const FunctionDecl *Callee) {
          return A.isNamed(A.LoopAlgorithmNames, Callee);
        });
    if (!Loop)
      return;
    const IoCall *Entry = A.ioCallOf(Site);
    const CallChain<IoCall> *Chain = nullptr;
    // A function known through its summary or annotation: a chain of one
    // call, whose notes come from the summary.
    CallChain<IoCall> ThroughSummary;
    const FactChain *Summary = Entry ? A.Unit.Summaries.chainOf(Entry) : nullptr;
    if (Summary && !SummaryFacts::isAnnotationOnly(*Summary)) {
      ThroughSummary = CallChain<IoCall>::oneCall(Site.Call, Site.Callee, Entry);
      Chain = &ThroughSummary;
    } else if (!Entry && *TransitiveDepth > 0 && A.isProjectHelper(Site))
      if ((Chain = A.Chains.chainThrough(Site.Callee, *TransitiveDepth)))
        Entry = Chain->Target;
    if (!Entry || isExempt(*Loop) || needsPreviousIteration(Site, *Loop) ||
        (!Chain && runsElementAsStatement(Site, *Entry, *Loop)) ||
        followsElementsOwnWork(Site, *Loop, *Entry, Chain) ||
        leavesLoopAfter(*Loop, Site.Ancestors, Site.Call))
      return;
    if (shouldReportAt(Site.Call->getBeginLoc()))
      report(Site, *Entry, *Loop, Chain, C);
  });
  for (const auto &[Tasks, Task] : Collected)
    reportLazyTaskLoops(Tasks, Task, C);
}

void PerIterationIoCheck::collectTask(const CallSite &Site,
                                      llvm::MapVector<const VarDecl *, CollectedTask> &Collected) {
  Analyses &A = unitState<Analyses>();
  const VarDecl *Tasks = containerAddedTo(Site.Call, Site.Ancestors);
  if (!Tasks || Collected.count(Tasks))
    return;
  const IoCall *Entry = A.requestOf(Site);
  const CallChain<IoCall> *Chain = nullptr;
  if (!Entry && *TransitiveDepth > 0 && A.isProjectHelper(Site))
    if ((Chain = A.Chains.chainThrough(Site.Callee, *TransitiveDepth)))
      Entry = Chain->Target;
  if (Entry)
    Collected[Tasks] = {Site.Call, Site.Callee, Entry, Chain};
}

void PerIterationIoCheck::reportLazyTaskLoops(const VarDecl *Tasks, const CollectedTask &Task,
                                              const Coroutine &C) {
  Analyses &A = unitState<Analyses>();
  for (const ElementAwaitLoop &Found : loopsAwaitingEachElement(C.Body.getBody(), Tasks)) {
    const VarDecl *Element = Found.Loop->getLoopVariable();
    QualType TaskType = Element->getType().getNonReferenceType();
    // An eager task started when it was made: awaiting it in order only
    // collects results. Unknown is no finding.
    if (A.Start.startOf(TaskType) != WorkStart::Lazy)
      continue;
    IterationLoop Loop{Found.Loop, Found.Loop->getBody(), Element};
    if (isExempt(Loop) || !shouldReportAt(Found.Await->getBeginLoc()))
      continue;
    // The framework's own idiom for awaiting a vector of tasks, if any.
    std::string AwaitAll = "a when_all of the tasks";
    if (C.Framework && C.Framework->Batch)
      if (std::optional<std::string> Idiom =
              expandTemplate(C.Framework->Batch->AwaitAll, {{"tasks", Tasks->getName().str()}}))
        AwaitAll = "'" + *Idiom + "'";
    diag(Found.Await->getBeginLoc(),
         "each iteration awaits one lazy '%0' of '%1': a lazy task starts only when it is "
         "awaited, so each task's %2 waits for the one before; await them together with %3")
        << catalogNameOfType(TaskType) << Tasks->getName() << wordingFor(Task.Entry->Kind).What
        << AwaitAll << Found.Await->getSourceRange();
    diag(Found.Loop->getBeginLoc(), "the loop that awaits them one by one", DiagnosticIDs::Note);
    std::string Name =
        Task.Chain ? helperName(Task.Call, Task.Callee) : describeCall(Task.Call, Task.Callee);
    diag(Task.Call->getBeginLoc(), "'%0' makes the tasks here", DiagnosticIDs::Note) << Name;
    if (Task.Chain)
      noteChain(Name, *Task.Entry, *Task.Chain, Task.Call);
  }
}

void PerIterationIoCheck::report(const CallSite &Site, const IoCall &Entry,
                                 const IterationLoop &Loop, const CallChain<IoCall> *Chain,
                                 const Coroutine &C) {
  Analyses &A = unitState<Analyses>();
  KindWording Words = wordingFor(Entry.Kind);
  std::string Advice = Words.Advice;
  if (Entry.Kind == IoKind::Database)
    Advice = databaseAdvice(A.catalogedCallOf(Site, Chain), Entry);
  std::string Subject = iterationSubject(Loop, A.Unit.Ctx);
  std::string Over = Subject.empty() ? "" : " over '" + Subject + "'";
  std::string Name =
      Chain ? helperName(Site.Call, Site.Callee) : describeCall(Site.Call, Site.Callee);
  if (Entry.Kind == IoKind::Connection)
    diag(Site.Call->getBeginLoc(),
         "connection per iteration: '%0' opens a new connection on every iteration%1; open it "
         "once before the loop, or use a pool")
        << Name << Over << Site.Call->getSourceRange();
  else if (!Chain)
    diag(Site.Call->getBeginLoc(), "%0 '%1' runs once per iteration%2%3")
        << Words.What << Name << Over << Advice << Site.Call->getSourceRange();
  else
    diag(Site.Call->getBeginLoc(), "call to '%0' makes %1 '%2' once per iteration%3%4")
        << Name << Words.WithArticle << finalCallOf(*Chain) << Over << Advice
        << Site.Call->getSourceRange();

  diag(Loop.Loop->getBeginLoc(), "the loop that repeats it", DiagnosticIDs::Note);
  if (Chain)
    noteChain(Name, Entry, *Chain, Site.Call);
  else if (const FactChain *Annotation = A.Unit.Summaries.chainOf(&Entry))
    noteFactChain(*Annotation, Site.Call->getBeginLoc(), Words.What);
  // One query for all keys, where the SQL and the loop allow it; otherwise
  // the calls run concurrently, where the loop's shape allows that.
  FixPlan Plan = !Chain && !C.isInstantiation() && Entry.Kind == IoKind::Database
                     ? A.BatchedQueries.rewrite(Site, Loop, C.Function)
                     : FixPlan::silent();
  if (!Chain && Entry.Kind == IoKind::Database && !Plan.hasEdits())
    noteBatchedSql(Site, Entry, Loop);
  if (Entry.Kind == IoKind::Llm)
    diag(Site.Call->getBeginLoc(),
         "send the items in one batched prompt, or run the requests concurrently with at most "
         "%0 in flight",
         DiagnosticIDs::Note)
        << (*MaxConcurrency ? std::to_string(*MaxConcurrency) : std::string("a few"));
  if (Entry.Kind == IoKind::Connection)
    return;
  if (!Plan.hasEdits()) {
    FixPlan Concurrent = A.Batching.rewrite(Site, Loop, C.Function, C.Framework, *MaxConcurrency);
    if (Concurrent.hasEdits() || Plan.Explanation.empty())
      Plan = std::move(Concurrent);
  }
  emitFixNote(Plan, Loop.Loop->getBeginLoc());
}

std::string PerIterationIoCheck::finalCallOf(const CallChain<IoCall> &Chain) {
  const ChainStep &Last = Chain.Steps.back();
  const FactChain *Summary = unitState<Analyses>().Unit.Summaries.chainOf(Chain.Target);
  if (!Summary)
    return describeCall(Last.Call, Last.Callee);
  const FactStep &Hit = Summary->Steps.back();
  return Hit.Call.empty() ? Hit.Function : Hit.Call;
}

void PerIterationIoCheck::noteChain(const std::string &Helper, const IoCall &Entry,
                                    const CallChain<IoCall> &Chain, const Expr *SiteCall) {
  std::string Caller = Helper;
  const FactChain *Summary = unitState<Analyses>().Unit.Summaries.chainOf(Chain.Target);
  for (const ChainStep &Step : Chain.Steps) {
    bool Last = &Step == &Chain.Steps.back();
    if (Last && Summary) {
      if (Step.Call != SiteCall)
        diag(Step.Call->getBeginLoc(), "'%0' calls '%1' here", DiagnosticIDs::Note)
            << Caller << helperName(Step.Call, Step.Callee);
      noteFactChain(*Summary, Step.Call->getBeginLoc(), wordingFor(Entry.Kind).What);
      return;
    }
    std::string Callee =
        Last ? describeCall(Step.Call, Step.Callee) : helperName(Step.Call, Step.Callee);
    if (Last)
      diag(Step.Call->getBeginLoc(), "'%0' makes %1 '%2' here", DiagnosticIDs::Note)
          << Caller << wordingFor(Entry.Kind).What << Callee;
    else
      diag(Step.Call->getBeginLoc(), "'%0' calls '%1' here", DiagnosticIDs::Note)
          << Caller << Callee;
    Caller = Callee;
  }
}

/// The batched query, for SQL written out with a placeholder the loop binds
/// (the catalog's query argument; for the project's own DatabaseFunctions,
/// the first string literal argument).
void PerIterationIoCheck::noteBatchedSql(const CallSite &Site, const IoCall &Entry,
                                         const IterationLoop &Loop) {
  llvm::SmallVector<const Expr *, 4> Args = writtenArguments(Site.Call);
  const StringLiteral *Sql = nullptr;
  for (unsigned I = 0; I < Args.size() && !Sql; ++I)
    if (!Entry.QueryArg || *Entry.QueryArg == I)
      Sql = dyn_cast<StringLiteral>(Args[I]->IgnoreParenImpCasts());
  if (!Sql)
    return;
  std::string Batched = batchedSql(Sql->getString());
  if (Batched.empty() ||
      !llvm::any_of(Args, [&](const Expr *A) { return usesElement(A, Loop.Element); }))
    return;
  diag(Sql->getBeginLoc(), "one query for all of them: \"%0\"%1", DiagnosticIDs::Note)
      << Batched
      << (llvm::StringRef(Batched).contains("ANY(") ? " with the values as one array parameter"
                                                    : " with one placeholder per value");
}

} // namespace async_tidy
