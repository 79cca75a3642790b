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

#include "ApiIndex.h"
#include "BatchingRewriter.h"
#include "CallChains.h"
#include "FrameworkDetector.h"
#include "IterationLoops.h"
#include "ProjectFiles.h"
#include "QualifiedNames.h"

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Regex.h"

using namespace clang;

namespace async_tidy {

namespace {
/// How messages name a kind of request, and what to do instead.
struct KindWording {
  const char *What;
  const char *Advice;
};
KindWording wordingFor(IoKind Kind) {
  switch (Kind) {
  case IoKind::Database:
    return {"database query", " (N+1); fetch all rows in one query"};
  case IoKind::Llm:
    return {"LLM request", "; send one batched prompt, or run the requests concurrently "
                           "with a bound"};
  case IoKind::Http:
    return {"HTTP request", "; batch the requests, or run them concurrently with a bound"};
  case IoKind::Connection:
    return {"connection", "; open it once before the loop, or use a pool"};
  }
  return {"request", ""};
}

/// The SQL of a query with a placeholder compared by equality, rewritten
/// to take all values at once: `= $1` → `= ANY($1)` (PostgreSQL),
/// `= ?` → `IN (?, ?, ...)`; "" when the text has no such placeholder.
std::string batchedSql(llvm::StringRef Sql) {
  llvm::Regex Dollar("=[ ]*\\$([0-9]+)");
  if (Dollar.match(Sql))
    return Dollar.sub("= ANY($\\1)", Sql);
  llvm::Regex Question("=[ ]*\\?");
  if (Question.match(Sql))
    return Question.sub("IN (?, ?, ...)", Sql);
  return "";
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

struct PerIterationIoCheck::TranslationUnitState {
  TranslationUnitState(const Catalog &Cat, ASTContext &Ctx, PerIterationIoCheck &Check)
      : Ctx(Ctx), Index(Cat, Ctx), Detector(Cat),
        Policy{[this](const FunctionDecl *FD) { return Index.isInlineCaller(FD); }, nullptr},
        Project(Ctx.getSourceManager(), Check.TidyContext->getOptions()),
        Chains(
            Ctx, Policy, [this](const CallSite &Site) { return requestOf(Site); },
            [this](const CallSite &Site) {
              return isProjectHelperCall(Site.Call, Site.Callee, /*EnterCoroutines=*/true,
                                         [this](SourceLocation L) { return Project.contains(L); });
            }),
        Batching(Ctx, Index.resolver()) {
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
    const IoCall *Entry = Index.ioCall(Site.Call);
    return Entry && Entry->Kind != IoKind::Connection ? Entry : nullptr;
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
  bool isOrdering(const FunctionDecl *Callee) const {
    return Callee && OrderingNames.contains(Index.nameOf(Callee));
  }
  bool isLoopInput(const FunctionDecl *Callee) const {
    return Callee && LoopInputNames.contains(Index.nameOf(Callee));
  }

  ASTContext &Ctx;
  ApiIndex Index;
  FrameworkDetector Detector;
  WalkPolicy Policy;
  ProjectFiles Project;
  CallChainSearch<IoCall> Chains;
  BatchingRewriter Batching;
  llvm::StringSet<> OrderingNames, LoopInputNames, LoopAlgorithmNames, TaskTypes;
  llvm::DenseMap<const Stmt *, bool> ExemptLoops;
  /// Template instantiations share source locations: report each once.
  std::set<unsigned> Reported;
};

PerIterationIoCheck::PerIterationIoCheck(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : CoroutineCheckBase(Name, Context),
      DatabaseFunctionsOption(Options.get("DatabaseFunctions", "").str()),
      LlmFunctionsOption(Options.get("LlmFunctions", "").str()),
      HttpFunctionsOption(Options.get("HttpFunctions", "").str()),
      MinIterations(Options.get("MinIterations", 3U)),
      MaxConcurrency(Options.get("MaxConcurrency", 8U)),
      TransitiveDepth(Options.get("TransitiveDepth", 3U)) {
  Catalog &Cat = Config.catalog();
  for (auto [Option, Kind] : {std::pair{&DatabaseFunctionsOption, IoKind::Database},
                              std::pair{&LlmFunctionsOption, IoKind::Llm},
                              std::pair{&HttpFunctionsOption, IoKind::Http}}) {
    std::vector<std::string> Names = splitOptionList(*Option);
    if (Names.empty())
      continue;
    // The project's own wrappers: a name without `::` is the global
    // function of that name, whatever its linkage.
    for (std::string &Name : Names)
      if (Name.find("::") == std::string::npos)
        Name = "::" + Name;
    IoCall Entry;
    Entry.Names = std::move(Names);
    Entry.Kind = Kind;
    Cat.IoCalls.push_back(std::move(Entry));
  }
}

PerIterationIoCheck::~PerIterationIoCheck() = default;

void PerIterationIoCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  CoroutineCheckBase::storeOptions(Opts);
  Options.store(Opts, "DatabaseFunctions", DatabaseFunctionsOption);
  Options.store(Opts, "LlmFunctions", LlmFunctionsOption);
  Options.store(Opts, "HttpFunctions", HttpFunctionsOption);
  Options.store(Opts, "MinIterations", MinIterations);
  Options.store(Opts, "MaxConcurrency", MaxConcurrency);
  Options.store(Opts, "TransitiveDepth", TransitiveDepth);
}

void PerIterationIoCheck::onEndOfTranslationUnit() { State.reset(); }

PerIterationIoCheck::TranslationUnitState &PerIterationIoCheck::stateFor(ASTContext &Ctx) {
  if (!State || &State->Ctx != &Ctx)
    State = std::make_unique<TranslationUnitState>(Config.catalog(), Ctx, *this);
  return *State;
}

bool PerIterationIoCheck::isExempt(const IterationLoop &Loop, ASTContext &Ctx) {
  TranslationUnitState &S = *State;
  auto [It, Inserted] = S.ExemptLoops.try_emplace(Loop.Loop, false);
  if (!Inserted)
    return It->second;
  if (std::optional<uint64_t> Trips = constantTripCount(Loop, Ctx); Trips && *Trips <= MinIterations)
    return It->second = true;
  LoopOwnCalls Own = ownCallsOf(Loop);
  // An event loop awaits its own input: the next connection or message.
  for (const CallExpr *Awaited : Own.Awaited)
    if (S.isLoopInput(Awaited->getDirectCallee()))
      return It->second = true;
  // A pull loop (no range, no counter) awaits results until one says stop:
  // the request is its input, as in an event loop.
  if (!isa<CXXForRangeStmt>(Loop.Loop) && !isa<CallExpr>(Loop.Loop) && !Loop.Element &&
      Own.ExitDependsOnAwaitedResult)
    return It->second = true;
  // A retry loop waits on a timer and leaves once the call succeeds.
  if (Own.CanExit)
    for (const CallExpr *Call : Own.All)
      if (S.isOrdering(Call->getDirectCallee()))
        return It->second = true;
  return It->second;
}

void PerIterationIoCheck::checkCoroutine(const CoroutineBodyStmt &Body,
                                         const FunctionDecl &Coroutine, ASTContext &Ctx) {
  TranslationUnitState &S = stateFor(Ctx);
  const FrameworkIdioms *Framework = S.Detector.detect(Coroutine);
  if (!isAsynchronousCoroutine(Coroutine, Framework))
    return;
  walkBody(Body.getBody(), Ctx, S.Policy, [&](const CallSite &Site) {
    std::optional<IterationLoop> Loop = innermostIterationLoop(
        Site.Ancestors, Site.Call, [&](const FunctionDecl *Callee) {
          return S.LoopAlgorithmNames.contains(S.Index.nameOf(Callee));
        });
    if (!Loop)
      return;
    // A call that makes a task (a coroutine, or an API returning one) does
    // its I/O where the task is awaited: building a vector of tasks in a
    // loop (the batched form) runs nothing per iteration.
    if (S.makesTask(Site) && !isa_and_nonnull<CoawaitExpr>(semanticParent(Site.Ancestors, Site.Call)))
      return;
    const IoCall *Entry = S.Index.ioCall(Site.Call);
    const CallChain<IoCall> *Chain = nullptr;
    if (!Entry && TransitiveDepth > 0 &&
        isProjectHelperCall(Site.Call, Site.Callee, /*EnterCoroutines=*/true,
                            [&](SourceLocation L) { return S.Project.contains(L); }))
      if ((Chain = S.Chains.chainThrough(Site.Callee, TransitiveDepth)))
        Entry = Chain->Target;
    if (!Entry || isExempt(*Loop, Ctx))
      return;
    if (S.Reported.insert(Site.Call->getBeginLoc().getRawEncoding()).second)
      report(Site, *Entry, *Loop, Chain, Coroutine, Framework, Ctx);
  });
}

void PerIterationIoCheck::report(const CallSite &Site, const IoCall &Entry,
                                 const IterationLoop &Loop, const CallChain<IoCall> *Chain,
                                 const FunctionDecl &Coroutine, const FrameworkIdioms *Framework,
                                 ASTContext &Ctx) {
  TranslationUnitState &S = *State;
  KindWording Words = wordingFor(Entry.Kind);
  std::string Subject = iterationSubject(Loop, Ctx);
  std::string Over = Subject.empty() ? "" : " over '" + Subject + "'";
  std::string Name = Chain ? helperName(Site.Call, Site.Callee) : describeCall(Site.Call, Site.Callee);
  if (Entry.Kind == IoKind::Connection)
    diag(Site.Call->getBeginLoc(),
         "connection per iteration: '%0' opens a new connection on every iteration%1; open it "
         "once before the loop, or use a pool")
        << Name << Over << Site.Call->getSourceRange();
  else if (!Chain)
    diag(Site.Call->getBeginLoc(), "%0 '%1' runs once per iteration%2%3")
        << Words.What << Name << Over << Words.Advice << Site.Call->getSourceRange();
  else
    diag(Site.Call->getBeginLoc(), "call to '%0' makes %1 '%2' once per iteration%3%4")
        << Name << (Entry.Kind == IoKind::Database ? "a database query" : Entry.Kind == IoKind::Llm ? "an LLM request" : "an HTTP request")
        << describeCall(Chain->Steps.back().Call, Chain->Steps.back().Callee) << Over
        << Words.Advice << Site.Call->getSourceRange();

  diag(Loop.Loop->getBeginLoc(), "the loop that repeats it", DiagnosticIDs::Note);
  if (Chain) {
    std::string Caller = Name;
    for (const ChainStep &Step : Chain->Steps) {
      bool Last = &Step == &Chain->Steps.back();
      std::string Callee =
          Last ? describeCall(Step.Call, Step.Callee) : helperName(Step.Call, Step.Callee);
      if (Last)
        diag(Step.Call->getBeginLoc(), "'%0' makes %1 '%2' here", DiagnosticIDs::Note)
            << Caller << Words.What << Callee;
      else
        diag(Step.Call->getBeginLoc(), "'%0' calls '%1' here", DiagnosticIDs::Note)
            << Caller << Callee;
      Caller = Callee;
    }
  }

  // The batched query, for SQL written out with a placeholder the loop binds
  // (the catalog's query argument; for the project's own DatabaseFunctions,
  // the first string literal argument).
  if (!Chain && Entry.Kind == IoKind::Database) {
    llvm::SmallVector<const Expr *, 4> Args = writtenArguments(Site.Call);
    const StringLiteral *Sql = nullptr;
    for (unsigned I = 0; I < Args.size() && !Sql; ++I)
      if (!Entry.QueryArg || *Entry.QueryArg == I)
        Sql = dyn_cast<StringLiteral>(Args[I]->IgnoreParenImpCasts());
    if (Sql)
      if (std::string Batched = batchedSql(Sql->getString()); !Batched.empty() &&
          llvm::any_of(Args, [&](const Expr *A) { return usesElement(A, Loop.Element); }))
        diag(Sql->getBeginLoc(), "one query for all of them: \"%0\"%1", DiagnosticIDs::Note)
            << Batched
            << (llvm::StringRef(Batched).contains("ANY(") ? " with the values as one array parameter"
                                                          : " with one placeholder per value");
  }
  if (Entry.Kind == IoKind::Llm)
    diag(Site.Call->getBeginLoc(),
         "send the items in one batched prompt, or run the requests concurrently with at most "
         "%0 in flight",
         DiagnosticIDs::Note)
        << (MaxConcurrency ? std::to_string(MaxConcurrency) : std::string("a few"));

  if (Entry.Kind == IoKind::Connection)
    return;
  std::variant<BatchRewrite, std::string> Fix =
      S.Batching.rewrite(Site, Loop, Coroutine, Framework, MaxConcurrency);
  if (auto *Rewrite = std::get_if<BatchRewrite>(&Fix)) {
    auto Note = diag(Loop.Loop->getBeginLoc(),
                     "run the calls concurrently with '%0'; this starts %1 at once, so their "
                     "side effects may interleave, and %2",
                     DiagnosticIDs::Note)
                << Rewrite->Idiom
                << (MaxConcurrency && Rewrite->Bounded ? "up to " + std::to_string(MaxConcurrency)
                                                       : std::string("all of them"))
                << Rewrite->Failure;
    for (const FixItHint &Edit : Rewrite->Edits)
      Note << Edit;
    addIncludes(Note, Ctx.getSourceManager().getFileID(Loop.Loop->getBeginLoc()),
                Rewrite->Headers);
  } else if (const std::string &Why = std::get<std::string>(Fix); !Why.empty()) {
    diag(Loop.Loop->getBeginLoc(), "no automatic fix: %0", DiagnosticIDs::Note) << Why;
  }
}

} // namespace async_tidy
