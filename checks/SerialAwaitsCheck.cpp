//===--- SerialAwaitsCheck.cpp - async-serial-awaits ----------------------===//
//
// For every block of every coroutine body (outside loops, whose per-
// iteration awaits are async-per-iteration-io's business), the dependency
// analysis finds the runs of independent awaits; each run of MinGroupSize
// or more is one warning, and the concurrency rewriter's edits go on one
// note (unsafe: the awaits then start together).
//
//===----------------------------------------------------------------------===//

#include "SerialAwaitsCheck.h"

#include "ApiIndex.h"
#include "AwaitDependency.h"
#include "ConcurrencyRewriter.h"
#include "FrameworkDetector.h"
#include "QualifiedNames.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {

namespace {

/// The blocks of a coroutine body that are not inside a loop or a lambda.
std::vector<const CompoundStmt *> blocksOutsideLoops(const Stmt *Body) {
  struct Collector : RecursiveASTVisitor<Collector> {
    std::vector<const CompoundStmt *> Blocks;
    bool VisitCompoundStmt(CompoundStmt *S) {
      Blocks.push_back(S);
      return true;
    }
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
    bool TraverseForStmt(ForStmt *) { return true; }
    bool TraverseCXXForRangeStmt(CXXForRangeStmt *) { return true; }
    bool TraverseWhileStmt(WhileStmt *) { return true; }
    bool TraverseDoStmt(DoStmt *) { return true; }
    bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }
  } C;
  C.TraverseStmt(const_cast<Stmt *>(Body));
  return C.Blocks;
}

/// `get_profile` for `co_await client.get_profile(id)`.
std::string awaitedName(const AwaitStatement &S) {
  if (const CallExpr *Call = AwaitDependencyAnalysis::awaitedCall(S))
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      return Callee->getNameAsString();
  return "co_await";
}

} // namespace

struct SerialAwaitsCheck::TranslationUnitState {
  TranslationUnitState(const Catalog &Cat, ASTContext &Ctx, DependencyPolicy Policy)
      : Ctx(Ctx), Index(Cat, Ctx), Detector(Cat), Analysis(Ctx, Index, std::move(Policy)),
        Rewriter(Ctx, Index.resolver()) {}
  ASTContext &Ctx;
  ApiIndex Index;
  FrameworkDetector Detector;
  AwaitDependencyAnalysis Analysis;
  ConcurrencyRewriter Rewriter;
  /// Instantiations share their pattern's text: report each group once.
  llvm::DenseSet<unsigned> Reported;
};

SerialAwaitsCheck::SerialAwaitsCheck(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : CoroutineCheckBase(Name, Context), MinGroupSize(Options.get("MinGroupSize", 2U)),
      ConcurrencySafeTypesOption(Options.get("ConcurrencySafeTypes", "").str()),
      IgnoredAwaitablesOption(Options.get("IgnoredAwaitables", "").str()),
      ExplainDependencies(Options.get("ExplainDependencies", false)) {
  if (MinGroupSize < 2) {
    CatalogConfig::reportOnce(Context, "invalid async-serial-awaits.MinGroupSize " +
                                           std::to_string(MinGroupSize) +
                                           ": a group has at least 2 awaits");
    MinGroupSize = 2;
  }
}

SerialAwaitsCheck::~SerialAwaitsCheck() = default;

void SerialAwaitsCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  CoroutineCheckBase::storeOptions(Opts);
  Options.store(Opts, "MinGroupSize", MinGroupSize);
  Options.store(Opts, "ConcurrencySafeTypes", ConcurrencySafeTypesOption);
  Options.store(Opts, "IgnoredAwaitables", IgnoredAwaitablesOption);
  Options.store(Opts, "ExplainDependencies", ExplainDependencies);
}

void SerialAwaitsCheck::onEndOfTranslationUnit() { State.reset(); }

SerialAwaitsCheck::TranslationUnitState &SerialAwaitsCheck::stateFor(ASTContext &Ctx) {
  if (!State || &State->Ctx != &Ctx) {
    const Catalog &Cat = Config.catalog();
    DependencyPolicy Policy;
    Policy.ConcurrencySafeTypes = Cat.ConcurrencySafeTypes;
    for (std::string &Type : splitOptionList(ConcurrencySafeTypesOption))
      Policy.ConcurrencySafeTypes.push_back(std::move(Type));
    Policy.SingleOperationTypes = Cat.SingleOperationTypes;
    Policy.OrderingFunctions = Cat.OrderingFunctions;
    Policy.SynchronizationFunctions = Cat.SynchronizationFunctions;
    Policy.SynchronizationTypes = Cat.SynchronizationTypes;
    Policy.IgnoredAwaitables = splitOptionList(IgnoredAwaitablesOption);
    State = std::make_unique<TranslationUnitState>(Cat, Ctx, std::move(Policy));
  }
  return *State;
}

void SerialAwaitsCheck::checkCoroutine(const CoroutineBodyStmt &Body,
                                       const FunctionDecl &CoroutineDecl, ASTContext &Ctx) {
  const FunctionDecl *Coroutine = &CoroutineDecl;
  TranslationUnitState &S = stateFor(Ctx);
  const FrameworkIdioms *Framework = S.Detector.detect(*Coroutine);
  if (!isAsynchronousCoroutine(*Coroutine, Framework))
    return;
  // An instantiation's text is shared by all of them: no fix from there.
  bool Instantiation = Coroutine->getTemplateInstantiationPattern(false) != nullptr;
  for (const CompoundStmt *Block : blocksOutsideLoops(Body.getBody())) {
    std::vector<DependentPair> Rejected;
    for (const AwaitGroup &Group :
         S.Analysis.groups(Block, MinGroupSize, ExplainDependencies ? &Rejected : nullptr))
      report(Group, *Coroutine, Framework, !Instantiation);
    for (const DependentPair &Pair : Rejected)
      diag(Pair.Later.Await->getBeginLoc(),
           "await of '%0' depends on the await of '%1' before it (%2: %3)",
           DiagnosticIDs::Remark)
          << awaitedName(Pair.Later) << awaitedName(Pair.Earlier)
          << dependencyRuleName(Pair.Why.Rule) << Pair.Why.Detail;
  }
}

void SerialAwaitsCheck::report(const AwaitGroup &Group, const FunctionDecl &Coroutine,
                               const FrameworkIdioms *Framework, bool AllowFix) {
  TranslationUnitState &S = *State;
  const AwaitStatement &First = Group.Members.front();
  if (!S.Reported.insert(First.Await->getBeginLoc().getRawEncoding()).second)
    return;
  std::string Names;
  for (const AwaitStatement &M : Group.Members)
    Names += (Names.empty() ? "'" : ", '") + awaitedName(M) + "'";
  diag(First.Await->getBeginLoc(),
       "%0 independent awaits in %1 run one after another (%2); running them "
       "concurrently makes the latency the longest of them instead of their sum")
      << static_cast<unsigned>(Group.Members.size())
      << (displayName(Coroutine).empty() ? "a coroutine lambda"
                                         : "'" + displayName(Coroutine) + "'")
      << Names << First.Await->getSourceRange();
  for (std::size_t I = 1; I < Group.Members.size(); ++I)
    diag(Group.Members[I].Await->getBeginLoc(),
         "'%0' does not depend on the awaits before it", DiagnosticIDs::Note)
        << awaitedName(Group.Members[I]) << Group.Members[I].Await->getSourceRange();

  std::string WhyNot;
  std::optional<ConcurrentRewrite> Fix;
  if (!Framework)
    WhyNot = "the coroutine's framework is not known";
  else if (!AllowFix)
    WhyNot = "the awaits depend on template parameters";
  else
    Fix = S.Rewriter.rewrite(Group, Coroutine, *Framework, &WhyNot);
  if (!Fix) {
    diag(First.Await->getBeginLoc(), "no automatic fix: %0", DiagnosticIDs::Note) << WhyNot;
    return;
  }
  // Unsafe: every edit on one note, applied only with --fix-notes.
  auto Note = diag(First.Await->getBeginLoc(),
                   "run them concurrently with '%0'; this starts them together, so their "
                   "side effects may interleave, and a failure of one cancels the others",
                   DiagnosticIDs::Note)
              << Fix->Summary;
  for (const FixItHint &Edit : Fix->Edits)
    Note << Edit;
  addIncludes(Note, S.Ctx.getSourceManager().getFileID(First.Statement->getBeginLoc()),
              Fix->Headers);
}

} // namespace async_tidy
