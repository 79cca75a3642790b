//===--- BlockingCallInCoroutineCheck.cpp - async-blocking-call-in-coroutine //
//
// One matcher finds coroutine definitions outside system headers; each body
// is walked once (BodyWalker). A call is reported when the catalog says it
// blocks, or when it enters a helper of this translation unit that reaches a
// blocking call within TransitiveDepth helpers (BlockingReachability).
//
//===----------------------------------------------------------------------===//

#include "BlockingCallInCoroutineCheck.h"

#include "ApiIndex.h"
#include "AsyncTwinRewriter.h"
#include "BlockingReachability.h"
#include "BodyWalker.h"
#include "FrameworkDetector.h"
#include "ProjectFiles.h"
#include "QualifiedNames.h"
#include "SourceEdits.h"

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
std::string defaultBlockingKinds() {
  return spellingList(blockingKindSpellings(), ";", ";");
}
constexpr llvm::StringLiteral DefaultHostileRAIITypes =
    "std::lock_guard;std::scoped_lock;std::unique_lock;std::shared_lock";

/// `[&] { ... }()`: the walker already walked the body as part of the caller.
bool invokesLambdaOnTheSpot(const Expr *Call) {
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
  return Op && Op->getOperator() == OO_Call &&
         isa<LambdaExpr>(Op->getArg(0)->IgnoreImplicit()->IgnoreParens());
}
} // namespace

/// Everything that depends on the AST: built on the first coroutine of a
/// translation unit, dropped at its end.
struct BlockingCallInCoroutineCheck::TranslationUnitState {
  TranslationUnitState(const Catalog &Cat, ASTContext &Ctx,
                       BlockingCallInCoroutineCheck &Check)
      : Ctx(Ctx), Index(Cat, Ctx), Detector(Cat),
        Policy{[this](const FunctionDecl *FD) { return Index.isInlineCaller(FD); },
               [&Check](const VarDecl *Var) { return Check.isHostileRAII(Var); }},
        Reachability(
            Index, Ctx, Policy,
            [&Check](const BlockingFunction &Entry) {
              return Check.EnabledKinds.count(Entry.Kind) > 0;
            },
            [this, &Check](const FunctionDecl *FD) {
              const auto &Ignored = Check.IgnoredFunctions;
              return std::find(Ignored.begin(), Ignored.end(),
                               Index.nameOf(FD).str()) != Ignored.end();
            },
            [this](SourceLocation Loc) { return Project.contains(Loc); }),
        Rewriter(Ctx, Index.resolver()),
        Project(Ctx.getSourceManager(), Check.TidyContext->getOptions()) {}

  ASTContext &Ctx;
  ApiIndex Index;
  FrameworkDetector Detector;
  WalkPolicy Policy;
  BlockingReachability Reachability;
  AsyncTwinRewriter Rewriter;
  ProjectFiles Project;
  /// Where the calls of a template pattern that name their callee are.
  const llvm::DenseSet<unsigned> &callsResolvedIn(const FunctionDecl &Pattern) {
    auto [It, Inserted] = PatternCalls.try_emplace(&Pattern);
    if (Inserted)
      if (const Stmt *Body = coroutineBodyOf(Pattern))
        walkBody(Body, Ctx, Policy, [&](const CallSite &Site) {
          It->second.insert(Site.Call->getBeginLoc().getRawEncoding());
        });
    return It->second;
  }
  llvm::DenseMap<const FunctionDecl *, llvm::DenseSet<unsigned>> PatternCalls;

  /// Template instantiations share source locations: report each once.
  std::set<std::pair<unsigned, unsigned>> Reported;
};

BlockingCallInCoroutineCheck::BlockingCallInCoroutineCheck(
    llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : CoroutineCheckBase(Name, Context),
      ExtraBlockingFunctionsOption(Options.get("ExtraBlockingFunctions", "").str()),
      IgnoredFunctionsOption(Options.get("IgnoredFunctions", "").str()),
      BlockingKindsOption(Options.get("BlockingKinds", defaultBlockingKinds()).str()),
      HostileRAIITypesOption(
          Options.get("HostileRAIITypes", DefaultHostileRAIITypes).str()),
      TransitiveDepth(Options.get("TransitiveDepth", 3U)) {
  applyCheckOptions();
}

BlockingCallInCoroutineCheck::~BlockingCallInCoroutineCheck() = default;

void BlockingCallInCoroutineCheck::applyCheckOptions() {
  Catalog &Cat = Config.catalog();
  for (const std::string &Item : splitOptionList(ExtraBlockingFunctionsOption)) {
    auto [Name, KindName] = llvm::StringRef(Item).rsplit('=');
    std::optional<BlockingKind> Kind = parseBlockingKind(KindName.trim().str());
    if (KindName.empty() || Name.trim().empty() || !Kind) {
      CatalogConfig::reportOnce(
          TidyContext, "invalid ExtraBlockingFunctions entry '" + Item +
                           "': expected 'qualified::name=kind' with kind one of " +
                           spellingList(blockingKindSpellings(), ", ", ", "));
      continue;
    }
    BlockingFunction Entry;
    Entry.Names = {Name.trim().str()};
    Entry.Kind = *Kind;
    Cat.Blocking.push_back(std::move(Entry));
  }
  IgnoredFunctions = splitOptionList(IgnoredFunctionsOption);
  removeFunctions(Cat, IgnoredFunctions);
  for (const std::string &KindName : splitOptionList(BlockingKindsOption)) {
    if (std::optional<BlockingKind> Kind = parseBlockingKind(KindName))
      EnabledKinds.insert(*Kind);
    else
      CatalogConfig::reportOnce(TidyContext,
                                "invalid BlockingKinds entry '" + KindName +
                                    "': expected " +
                                    spellingList(blockingKindSpellings(), ", ", " or "));
  }
  HostileRAIITypes = splitOptionList(HostileRAIITypesOption);
}

void BlockingCallInCoroutineCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  CoroutineCheckBase::storeOptions(Opts);
  Options.store(Opts, "ExtraBlockingFunctions", ExtraBlockingFunctionsOption);
  Options.store(Opts, "IgnoredFunctions", IgnoredFunctionsOption);
  Options.store(Opts, "BlockingKinds", BlockingKindsOption);
  Options.store(Opts, "HostileRAIITypes", HostileRAIITypesOption);
  Options.store(Opts, "TransitiveDepth", TransitiveDepth);
}

void BlockingCallInCoroutineCheck::onEndOfTranslationUnit() { State.reset(); }

BlockingCallInCoroutineCheck::TranslationUnitState &
BlockingCallInCoroutineCheck::stateFor(ASTContext &Ctx) {
  if (!State || &State->Ctx != &Ctx)
    State = std::make_unique<TranslationUnitState>(Config.catalog(), Ctx, *this);
  return *State;
}

bool BlockingCallInCoroutineCheck::isHostileRAII(const VarDecl *Var) const {
  const CXXRecordDecl *RD = Var->getType()->getAsCXXRecordDecl();
  if (!RD)
    return false;
  if (RD->hasAttr<ScopedLockableAttr>())
    return true;
  std::string Name = catalogName(RD);
  return std::find(HostileRAIITypes.begin(), HostileRAIITypes.end(), Name) !=
         HostileRAIITypes.end();
}

void BlockingCallInCoroutineCheck::checkCoroutine(const CoroutineBodyStmt &Body,
                                                  const FunctionDecl &CoroutineDecl,
                                                  ASTContext &Ctx) {
  const FunctionDecl *Coroutine = &CoroutineDecl;
  TranslationUnitState &S = stateFor(Ctx);
  const FrameworkIdioms *Framework = S.Detector.detect(*Coroutine);
  if (!isAsynchronousCoroutine(*Coroutine, Framework))
    return;
  // An instantiation shares its text with its pattern, which is walked too:
  // calls already resolved there are reported (and fixed) from the pattern;
  // the instantiation adds the calls that depend on its arguments, without
  // a fix (another instantiation may call something else there).
  const FunctionDecl *Pattern = Coroutine->getTemplateInstantiationPattern(false);
  const llvm::DenseSet<unsigned> *PatternCalls =
      Pattern && Pattern != Coroutine ? &S.callsResolvedIn(*Pattern) : nullptr;
  walkBody(Body.getBody(), Ctx, S.Policy, [&](const CallSite &Site) {
    if (PatternCalls && PatternCalls->contains(Site.Call->getBeginLoc().getRawEncoding()))
      return;
    handleCall(Site, *Coroutine, PatternCalls ? nullptr : Framework);
  });
}

void BlockingCallInCoroutineCheck::handleCall(const CallSite &Site,
                                              const FunctionDecl &Coroutine,
                                              const FrameworkIdioms *Framework) {
  TranslationUnitState &S = *State;
  const BlockingFunction *Entry = S.Reachability.directlyBlocking(Site.Call);
  const BlockingChain *Chain = nullptr;
  if (!Entry) {
    if (TransitiveDepth == 0 || invokesLambdaOnTheSpot(Site.Call) ||
        !S.Reachability.isFollowableHelper(Site.Call, Site.Callee))
      return;
    Chain = S.Reachability.chainThrough(Site.Callee, TransitiveDepth);
    if (!Chain)
      return;
  }
  SourceRange Range = Site.Call->getSourceRange();
  if (!S.Reported
           .insert({Range.getBegin().getRawEncoding(), Range.getEnd().getRawEncoding()})
           .second)
    return;
  if (Entry)
    reportDirect(Site, *Entry, Coroutine, Framework);
  else
    reportTransitive(Site, *Chain, Coroutine);
}

std::string BlockingCallInCoroutineCheck::adviceFor(const BlockingFunction &Entry) const {
  if (!Entry.Advice.empty())
    return Entry.Advice;
  const auto &Advice = Config.catalog().KindAdvice;
  auto It = Advice.find(Entry.Kind);
  return It != Advice.end() ? It->second : "make the call asynchronous";
}

void BlockingCallInCoroutineCheck::reportDirect(const CallSite &Site,
                                                const BlockingFunction &Entry,
                                                const FunctionDecl &Coroutine,
                                                const FrameworkIdioms *Framework) {
  TranslationUnitState &S = *State;
  std::optional<Rewrite> Fix;
  if (Framework)
    Fix = S.Rewriter.rewrite(Site, Entry, *Framework);
  {
    auto Diag = diag(Site.Call->getBeginLoc(),
                     "blocking call '%0' inside %1 stalls its executor thread; %2")
                << describeCall(Site.Call, Site.Callee) << describeCoroutine(Coroutine)
                << adviceFor(Entry) << Site.Call->getSourceRange();
    if (Fix) {
      for (const FixItHint &Edit : Fix->Edits)
        Diag << Edit;
      addIncludes(Diag, S.Ctx.getSourceManager().getFileID(Site.Call->getBeginLoc()),
                  Fix->Headers);
    }
  }
  // Say why an available twin was not applied, where the place forbids it.
  if (!Fix && Framework && AsyncTwinRewriter::twinFor(Entry, *Framework))
    if (std::optional<std::string> Blocker = awaitInsertionBlocker(Site))
      diag(Site.HeldLock ? Site.HeldLock->getLocation() : Site.Call->getBeginLoc(),
           "no automatic fix: %0", DiagnosticIDs::Note)
          << *Blocker;
}

void BlockingCallInCoroutineCheck::reportTransitive(const CallSite &Site,
                                                    const BlockingChain &Chain,
                                                    const FunctionDecl &Coroutine) {
  const ChainStep &Last = Chain.Steps.back();
  diag(Site.Call->getBeginLoc(),
       "call to '%0' inside %1 blocks its executor thread: it makes blocking "
       "call '%2' (%3); %4")
      << helperName(Site.Call, Site.Callee) << describeCoroutine(Coroutine)
      << describeCall(Last.Call, Last.Callee) << blockingKindName(Chain.Target->Kind)
      << adviceFor(*Chain.Target) << Site.Call->getSourceRange();
  std::string Caller = helperName(Site.Call, Site.Callee);
  for (const ChainStep &Step : Chain.Steps) {
    if (&Step == &Last)
      diag(Step.Call->getBeginLoc(), "'%0' makes blocking call '%1' here",
           DiagnosticIDs::Note)
          << Caller << describeCall(Step.Call, Step.Callee);
    else
      diag(Step.Call->getBeginLoc(), "'%0' calls '%1' here", DiagnosticIDs::Note)
          << Caller << helperName(Step.Call, Step.Callee);
    Caller = helperName(Step.Call, Step.Callee);
  }
}

} // namespace async_tidy
