//===--- BlockingCallInCoroutineCheck.cpp - async-blocking-call-in-coroutine //
//
// One matcher finds coroutine definitions outside system headers; each body
// is walked once (BodyWalker). A call is reported when the catalog says it
// blocks, or when it enters a helper of this translation unit that reaches a
// blocking call within TransitiveDepth helpers (BlockingReachability).
//
//===----------------------------------------------------------------------===//

#include "BlockingCallInCoroutineCheck.h"

#include "AccessPaths.h"
#include "ApiIndex.h"
#include "AsyncTwinRewriter.h"
#include "BlockingReachability.h"
#include "BodyWalker.h"
#include "DriverCoroutines.h"
#include "ExecutorSwitches.h"
#include "FrameworkDetector.h"
#include "OffloadRewriter.h"
#include "ProjectFiles.h"
#include "QualifiedNames.h"
#include "SourceEdits.h"
#include "StartUpCode.h"

#include "clang/AST/Attr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {

namespace {
/// Every kind: nothing is switched off unless the user says so.
std::string defaultBlockingKinds() { return spellingList(blockingKindSpellings(), ";", ";"); }
constexpr llvm::StringLiteral DefaultHostileRAIITypes =
    "std::lock_guard;std::scoped_lock;std::unique_lock;std::shared_lock";

/// `[&] { ... }()`: the walker already walked the body as part of the caller.
bool invokesLambdaOnTheSpot(const Expr *Call) {
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
  return Op && Op->getOperator() == OO_Call &&
         isa<LambdaExpr>(Op->getArg(0)->IgnoreImplicit()->IgnoreParens());
}
/// `callable(args...)` in an instantiation of `template <class F> Task<R>
/// run(F callable)`: what the call does is the instantiating caller's
/// choice, and so is where a bridge such as concurrencpp's `submit` runs
/// it. The template names nothing that blocks; a member call through a
/// template parameter (`client.get()`) names its function and stays
/// reported.
bool callsCallerChosenCallable(const Expr &Site, const Coroutine &C) {
  const auto *Call = dyn_cast<CallExpr>(&Site);
  if (!Call || !C.isInstantiation())
    return false;
  const Expr *Invoked = nullptr;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    Invoked = Op->getOperator() == OO_Call ? Op->getArg(0) : nullptr;
  else if (!isa<CXXMemberCallExpr>(Call))
    Invoked = Call->getCallee();
  const auto *Ref = Invoked ? dyn_cast_or_null<DeclRefExpr>(namedObject(Invoked)) : nullptr;
  const auto *Param = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
  if (!Param || Param->getDeclContext() != &C.Function ||
      Param->getFunctionScopeIndex() >= C.Pattern->getNumParams())
    return false;
  QualType Declared = C.Pattern->getParamDecl(Param->getFunctionScopeIndex())->getType();
  return Declared.getNonReferenceType()->getAs<TemplateTypeParmType>() != nullptr;
}
} // namespace

/// The check's analyses of one translation unit.
struct BlockingCallInCoroutineCheck::Analyses : UnitState {
  Analyses(CoroutineUnit &Unit, const BlockingCallInCoroutineCheck &Check)
      : Unit(Unit),
        Policy{[&Unit](const FunctionDecl *FD) { return Unit.Index.isInlineCaller(FD); },
               [&Check](const VarDecl *Var) { return Check.isHostileRAII(Var); }},
        Reachability(
            Unit.Index, Unit.Ctx, Policy,
            [&Check](const BlockingFunction &Entry) { return Check.isReportable(Entry); },
            [&Unit, &Check](const FunctionDecl *FD) {
              return Check.isIgnored(Unit.Index.nameOf(FD));
            },
            [&Unit](SourceLocation Loc) { return Unit.Project.contains(Loc); }, Unit.Summaries),
        Rewriter(Unit.Ctx, Unit.Index.resolver()),
        Offloader(Unit.Ctx, Unit.Index,
                  {*Check.OffloadExecutor, *Check.OffloadExecutorHeader,
                   [&Check](const VarDecl *Var) { return Check.isHostileRAII(Var); }}),
        Switches(Unit.Index, Check.effectiveCatalog(), Unit.Ctx, *Check.OffloadExecutor),
        Drivers(
            Unit.Ctx, Unit.Index,
            [&Unit](SourceLocation Loc) { return Unit.Project.contains(Loc); },
            [&Unit](const FunctionDecl &F) { return Unit.Summaries.isDriver(F); }),
        StartUp(Unit.Ctx, [&Unit, &Check](const FunctionDecl *F) {
          return F &&
                 llvm::is_contained(Check.effectiveCatalog().RunsOnce, Unit.Index.nameOf(F).str());
        }) {}

  /// Where the calls of a template pattern that name their callee are.
  const llvm::DenseSet<unsigned> &callsResolvedIn(const FunctionDecl &Pattern) {
    auto [It, Inserted] = PatternCalls.try_emplace(&Pattern);
    llvm::DenseSet<unsigned> &Calls = It->second;
    if (Inserted)
      if (const Stmt *Body = coroutineBodyOf(Pattern))
        walkBody(Body, Unit.Ctx, Policy, [&Calls](const CallSite &Site) {
          Calls.insert(Site.Call->getBeginLoc().getRawEncoding());
        });
    return Calls;
  }

  CoroutineUnit &Unit;
  WalkPolicy Policy;
  BlockingReachability Reachability;
  AsyncTwinRewriter Rewriter;
  OffloadRewriter Offloader;
  ExecutorSwitches Switches;
  DriverCoroutines Drivers;
  StartUpCode StartUp;
  llvm::DenseMap<const FunctionDecl *, llvm::DenseSet<unsigned>> PatternCalls;
  /// Coroutine lambdas spawned on a pool for blocking work (the offload
  /// fix's form), found while walking the coroutine that spawns them, which
  /// the matcher meets first.
  llvm::SmallPtrSet<const FunctionDecl *, 8> OffloadedLambdas;
  /// Whether the coroutine being checked is one of them.
  bool InOffloadedLambda = false;
};

BlockingCallInCoroutineCheck::BlockingCallInCoroutineCheck(llvm::StringRef Name,
                                                           tidy::ClangTidyContext *Context)
    : CoroutineCheckBase(Name, Context),
      ExtraBlockingFunctions(*this, "ExtraBlockingFunctions", ""),
      IgnoredFunctions(*this, "IgnoredFunctions", ""),
      BlockingKinds(*this, "BlockingKinds", defaultBlockingKinds()),
      HostileRAIITypes(*this, "HostileRAIITypes", DefaultHostileRAIITypes.str()),
      TransitiveDepth(*this, "TransitiveDepth", 3U), OffloadExecutor(*this, "OffloadExecutor", ""),
      OffloadExecutorHeader(*this, "OffloadExecutorHeader", "") {
  for (const std::string &Item : splitOptionList(*ExtraBlockingFunctions)) {
    auto [Name, KindName] = llvm::StringRef(Item).rsplit('=');
    std::optional<BlockingKind> Kind = parseBlockingKind(KindName.trim().str());
    if (KindName.empty() || Name.trim().empty() || !Kind) {
      configurationError("invalid ExtraBlockingFunctions entry '" + Item +
                         "': expected 'qualified::name=kind' with kind one of " +
                         spellingList(blockingKindSpellings(), ", ", ", "));
      continue;
    }
    BlockingFunction Entry;
    Entry.Names = {Name.trim().str()};
    Entry.Kind = *Kind;
    ExtraEntries.push_back(std::move(Entry));
  }
  IgnoredNames = splitOptionList(*IgnoredFunctions);
  for (const std::string &KindName : splitOptionList(*BlockingKinds)) {
    if (std::optional<BlockingKind> Kind = parseBlockingKind(KindName))
      EnabledKinds.insert(*Kind);
    else
      configurationError("invalid BlockingKinds entry '" + KindName + "': expected " +
                         spellingList(blockingKindSpellings(), ", ", " or "));
  }
  HostileRAIINames = splitOptionList(*HostileRAIITypes);
}

void BlockingCallInCoroutineCheck::adjustCatalog(Catalog &Cat) const {
  Cat.Blocking.insert(Cat.Blocking.end(), ExtraEntries.begin(), ExtraEntries.end());
  removeFunctions(Cat, IgnoredNames);
}

std::unique_ptr<CoroutineCheckBase::UnitState>
BlockingCallInCoroutineCheck::makeUnitState(CoroutineUnit &Unit) {
  return std::make_unique<Analyses>(Unit, *this);
}

bool BlockingCallInCoroutineCheck::isReportable(const BlockingFunction &Entry) const {
  return EnabledKinds.count(Entry.Kind) > 0;
}

bool BlockingCallInCoroutineCheck::isIgnored(llvm::StringRef Name) const {
  return llvm::is_contained(IgnoredNames, Name);
}

bool BlockingCallInCoroutineCheck::isHostileRAII(const VarDecl *Var) const {
  // A reference to a lock names the lock too (a parameter `unique_lock &`).
  const CXXRecordDecl *RD = Var->getType().getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return false;
  if (RD->hasAttr<ScopedLockableAttr>())
    return true;
  return llvm::is_contained(HostileRAIINames, catalogName(RD));
}

void BlockingCallInCoroutineCheck::checkCoroutine(const Coroutine &C) {
  Analyses &A = unitState<Analyses>();
  // An instantiation shares its text with its pattern, which is walked too:
  // calls already resolved there are reported (and fixed) from the pattern;
  // the instantiation adds the calls that depend on its arguments, without
  // a fix (another instantiation may call something else there).
  const llvm::DenseSet<unsigned> *PatternCalls =
      C.isInstantiation() ? &A.callsResolvedIn(*C.Pattern) : nullptr;
  A.InOffloadedLambda = A.OffloadedLambdas.contains(&C.Function);
  walkBody(C.Body.getBody(), A.Unit.Ctx, A.Policy, [&](const CallSite &Site) {
    A.Switches.collectOffloadedLambdas(Site, A.OffloadedLambdas);
    if (PatternCalls && PatternCalls->contains(Site.Call->getBeginLoc().getRawEncoding()))
      return;
    handleCall(Site, C);
  });
}

void BlockingCallInCoroutineCheck::handleCall(const CallSite &Site, const Coroutine &C) {
  Analyses &A = unitState<Analyses>();
  const BlockingFunction *Entry = A.Reachability.directlyBlocking(Site.Call);
  const BlockingChain *Chain = nullptr;
  // A function known through its summary: a chain of one call, whose notes
  // come from the summary (an annotated one is reported as a direct call).
  BlockingChain ThroughSummary;
  const FactChain *Summary = Entry ? A.Unit.Summaries.chainOf(Entry) : nullptr;
  if (Summary && !SummaryFacts::isAnnotationOnly(*Summary)) {
    ThroughSummary = BlockingChain::oneCall(Site.Call, Site.Callee, Entry);
    Chain = &ThroughSummary;
    Entry = nullptr;
  } else if (!Entry) {
    if (*TransitiveDepth == 0 || invokesLambdaOnTheSpot(Site.Call) ||
        !A.Reachability.isFollowableHelper(Site.Call, Site.Callee))
      return;
    Chain = A.Reachability.chainThrough(Site.Callee, *TransitiveDepth);
    if (!Chain)
      return;
    if (callsCallerChosenCallable(*Site.Call, C)) {
      recordSkipped("in a template, a call of the callable its caller passed (the caller chose "
                    "what it does and where it runs)",
                    Site.Call->getBeginLoc());
      return;
    }
  }
  // After `co_await post(bind_executor(pool, ...))` the call runs on a
  // pool meant for blocking work.
  // The offload fix's own form: a coroutine lambda spawned on such a pool.
  if (A.InOffloadedLambda) {
    recordSkipped("in a coroutine lambda spawned on a pool for blocking work (the offload fix's "
                  "form; catalog offload, OffloadExecutor)",
                  Site.Call->getBeginLoc());
    return;
  }
  if (A.Switches.runsOffloaded(Site)) {
    recordSkipped("after an awaited switch to a pool for blocking work (catalog "
                  "offload_executor_types)",
                  Site.Call->getBeginLoc());
    return;
  }
  if (!shouldReportAt(Site.Call->getSourceRange()))
    return;
  // main's `syncAwait(run())`: the waiting thread runs nothing else.
  if (A.Drivers.isDriver(C.Function)) {
    recordSkipped("in coroutines only a blocking wait outside any coroutine runs (main's "
                  "sync_wait)",
                  Site.Call->getBeginLoc());
    return;
  }
  // main's `queueInLoop(async_func([] -> Task<> { read the seeds; co_await
  // work(); }))`: once, before the program does anything else.
  if (A.StartUp.runsOnceAtStartUp(C.Function, *Site.Call)) {
    recordSkipped("at start-up: in a coroutine lambda main hands to a function that runs it once, "
                  "before it first suspends (catalog runs_once)",
                  Site.Call->getBeginLoc());
    return;
  }
  if (Entry)
    reportDirect(Site, *Entry, C);
  else
    reportTransitive(Site, *Chain, C);
}

std::string BlockingCallInCoroutineCheck::adviceFor(const BlockingFunction &Entry) const {
  if (!Entry.Advice.empty())
    return Entry.Advice;
  const auto &Advice = effectiveCatalog().KindAdvice;
  auto It = Advice.find(Entry.Kind);
  return It != Advice.end() ? It->second : "make the call asynchronous";
}

void BlockingCallInCoroutineCheck::reportDirect(const CallSite &Site, const BlockingFunction &Entry,
                                                const Coroutine &C) {
  // Instantiations get no fix: another one may call something else there.
  FixPlan Plan = C.Framework && !C.isInstantiation()
                     ? unitState<Analyses>().Rewriter.rewrite(Site, Entry, *C.Framework)
                     : FixPlan::silent();
  if (!Plan.hasEdits() && Plan.Explanation.empty() && C.Framework &&
      !AsyncTwinRewriter::twinFor(Entry, *C.Framework))
    Plan = offloadPlan(Site, C);
  {
    auto Warning = diag(Site.Call->getBeginLoc(),
                        "blocking call '%0' inside %1 stalls its executor thread; %2")
                   << describeCall(Site.Call, Site.Callee) << describeCoroutine(C.Function)
                   << adviceFor(Entry) << Site.Call->getSourceRange();
    attachSafeFix(Warning, Plan);
  }
  if (const FactChain *Annotation = unitState<Analyses>().Unit.Summaries.chainOf(&Entry))
    noteFactChain(*Annotation, Site.Call->getBeginLoc(), "blocking call");
  emitFixNote(Plan, Site.Call->getBeginLoc());
}

FixPlan BlockingCallInCoroutineCheck::offloadPlan(const CallSite &Site, const Coroutine &C) {
  // Instantiations get no fix: another one may call something else there.
  if (!C.Framework || C.isInstantiation())
    return FixPlan::silent();
  return unitState<Analyses>().Offloader.rewrite(Site, *C.Framework, C.Function);
}

void BlockingCallInCoroutineCheck::reportTransitive(const CallSite &Site,
                                                    const BlockingChain &Chain,
                                                    const Coroutine &C) {
  FixPlan Plan = offloadPlan(Site, C);
  const ChainStep &Last = Chain.Steps.back();
  const FactChain *Summary = unitState<Analyses>().Unit.Summaries.chainOf(Chain.Target);
  std::string Blocking = describeCall(Last.Call, Last.Callee);
  if (Summary)
    Blocking = Summary->Steps.back().Call.empty() ? Summary->Steps.back().Function
                                                  : Summary->Steps.back().Call;
  diag(Site.Call->getBeginLoc(),
       "call to '%0' inside %1 blocks its executor thread: it makes blocking "
       "call '%2' (%3); %4")
      << helperName(Site.Call, Site.Callee) << describeCoroutine(C.Function) << Blocking
      << blockingKindName(Chain.Target->Kind) << adviceFor(*Chain.Target)
      << Site.Call->getSourceRange();
  std::string Caller = helperName(Site.Call, Site.Callee);
  for (const ChainStep &Step : Chain.Steps) {
    if (&Step == &Last && Summary) {
      if (Step.Call != Site.Call)
        diag(Step.Call->getBeginLoc(), "'%0' calls '%1' here", DiagnosticIDs::Note)
            << Caller << helperName(Step.Call, Step.Callee);
      noteFactChain(*Summary, Step.Call->getBeginLoc(), "blocking call");
    } else if (&Step == &Last)
      diag(Step.Call->getBeginLoc(), "'%0' makes blocking call '%1' here", DiagnosticIDs::Note)
          << Caller << describeCall(Step.Call, Step.Callee);
    else
      diag(Step.Call->getBeginLoc(), "'%0' calls '%1' here", DiagnosticIDs::Note)
          << Caller << helperName(Step.Call, Step.Callee);
    Caller = helperName(Step.Call, Step.Callee);
  }
  emitFixNote(Plan, Site.Call->getBeginLoc());
}

} // namespace async_tidy
