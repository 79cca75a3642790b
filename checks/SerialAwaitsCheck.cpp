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
#include "LoopLevelVisitor.h"
#include "QualifiedNames.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {

namespace {

/// The blocks of a coroutine body that are not inside a loop or a lambda.
std::vector<const CompoundStmt *> blocksOutsideLoops(const Stmt *Body) {
  struct Collector : LoopLevelVisitor<Collector> {
    std::vector<const CompoundStmt *> Blocks;
    bool VisitCompoundStmt(CompoundStmt *S) {
      Blocks.push_back(S);
      return true;
    }
  } C;
  C.TraverseStmt(const_cast<Stmt *>(Body));
  return C.Blocks;
}

/// `get_profile` for `co_await client.get_profile(id)`, `task` for
/// `co_await std::move(task)`.
std::string awaitedName(const AwaitStatement &S) {
  if (const CallExpr *Call = S.awaitedCall())
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      return Callee->getNameAsString();
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(S.AwaitedObject))
    return Ref->getDecl()->getNameAsString();
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(S.AwaitedObject))
    return Member->getMemberDecl()->getNameAsString();
  return "co_await";
}

} // namespace

/// The check's analyses of one translation unit.
struct SerialAwaitsCheck::Analyses : UnitState {
  Analyses(CoroutineUnit &Unit, DependencyPolicy Policy)
      : Unit(Unit), Analysis(Unit.Ctx, Unit.Index, std::move(Policy)),
        Rewriter(Unit.Ctx, Unit.Index.resolver()) {}
  CoroutineUnit &Unit;
  AwaitDependencyAnalysis Analysis;
  ConcurrencyRewriter Rewriter;
};

SerialAwaitsCheck::SerialAwaitsCheck(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : CoroutineCheckBase(Name, Context), MinGroupSize(*this, "MinGroupSize", 2U),
      ConcurrencySafeTypes(*this, "ConcurrencySafeTypes", ""),
      IgnoredAwaitables(*this, "IgnoredAwaitables", ""),
      ExplainDependencies(*this, "ExplainDependencies", false) {
  if (*MinGroupSize < 2) {
    configurationError("invalid async-serial-awaits.MinGroupSize " + std::to_string(*MinGroupSize) +
                       ": a group has at least 2 awaits");
    MinGroupSize = 2;
  }
}

void SerialAwaitsCheck::adjustCatalog(Catalog &Cat) const {
  for (std::string &Type : splitOptionList(*ConcurrencySafeTypes))
    Cat.ConcurrencySafeTypes.push_back(std::move(Type));
}

std::unique_ptr<CoroutineCheckBase::UnitState>
SerialAwaitsCheck::makeUnitState(CoroutineUnit &Unit) {
  const Catalog &Cat = effectiveCatalog();
  DependencyPolicy Policy;
  Policy.ConcurrencySafeTypes = Cat.ConcurrencySafeTypes;
  Policy.SingleOperationTypes = Cat.SingleOperationTypes;
  Policy.OrderingFunctions = Cat.OrderingFunctions;
  Policy.OrderingTypes = Cat.OrderingTypes;
  Policy.SynchronizationFunctions = Cat.SynchronizationFunctions;
  Policy.LockFunctions = Cat.LockFunctions;
  Policy.SynchronizationTypes = Cat.SynchronizationTypes;
  Policy.LazyTypes = Cat.LazyTypes;
  Policy.EagerTypes = Cat.EagerTypes;
  Policy.QueryAwaitables = Cat.QueryAwaitables;
  Policy.ResumeSchedulers = Cat.ResumeSchedulers;
  Policy.IgnoredAwaitables = splitOptionList(*IgnoredAwaitables);
  // `co_await store.a(); co_await store.b();` on one object are independent
  // when the summaries say the methods are safe to call concurrently.
  Policy.IsSafeMethod = [&Unit](const CXXMethodDecl &Method) {
    const FunctionSummary *Facts = Unit.Summaries.factsFor(Method);
    return Facts && Facts->Resolved.ConcurrencySafe == Tristate::Yes;
  };
  // A check whose body is in another unit (`co_await ensureAccess(..);`)
  // rejects when its summary says it throws.
  Policy.ThrowsElsewhere = [&Unit](const FunctionDecl &Function) {
    const FunctionSummary *Facts = Unit.Summaries.factsFor(Function);
    return Facts && Facts->HasBody && Facts->Resolved.MayThrow == Tristate::Yes;
  };
  return std::make_unique<Analyses>(Unit, std::move(Policy));
}

void SerialAwaitsCheck::checkCoroutine(const Coroutine &C) {
  Analyses &A = unitState<Analyses>();
  for (const CompoundStmt *Block : blocksOutsideLoops(C.Body.getBody())) {
    std::vector<DependentPair> Rejected;
    for (const AwaitGroup &Group :
         A.Analysis.groups(Block, *MinGroupSize, *ExplainDependencies ? &Rejected : nullptr))
      report(Group, C);
    for (const DependentPair &Pair : Rejected)
      explain(Pair);
  }
}

void SerialAwaitsCheck::explain(const DependentPair &Pair) {
  if (Pair.Earlier)
    diag(Pair.Later.Await->getBeginLoc(),
         "await of '%0' depends on the await of '%1' before it (%2: %3)", DiagnosticIDs::Remark)
        << awaitedName(Pair.Later) << awaitedName(*Pair.Earlier)
        << dependencyRuleName(Pair.Why.Rule) << Pair.Why.Detail;
  else
    diag(Pair.Later.Await->getBeginLoc(), "await of '%0' is not grouped (%1: %2)",
         DiagnosticIDs::Remark)
        << awaitedName(Pair.Later) << dependencyRuleName(Pair.Why.Rule) << Pair.Why.Detail;
}

/// The awaited methods on one object that the group holds independent only
/// because a summary or an annotation says they leave the object unchanged.
void SerialAwaitsCheck::noteSafeMethods(const AwaitGroup &Group) {
  llvm::SmallPtrSet<const CXXMethodDecl *, 4> Noted;
  for (const AwaitStatement &M : Group.Members) {
    const CallExpr *Call = M.awaitedCall();
    const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Call ? Call->getDirectCallee() : nullptr);
    if (!Method || Method->isConst() || Method->isStatic() || !Noted.insert(Method).second)
      continue;
    const FunctionSummary *Facts = unitState<Analyses>().Unit.Summaries.factsFor(*Method);
    if (!Facts || Facts->Resolved.ConcurrencySafe != Tristate::Yes)
      continue;
    diag(M.Await->getBeginLoc(), "'%0' leaves its object unchanged, by its %1 (%2)",
         DiagnosticIDs::Note)
        << Facts->Name
        << (llvm::is_contained(Facts->Local.Annotations, "concurrency_safe") ? "annotation"
                                                                             : "summary")
        << shortPlace(Facts->Defined);
  }
}

void SerialAwaitsCheck::report(const AwaitGroup &Group, const Coroutine &C) {
  const AwaitStatement &First = Group.Members.front();
  SourceLocation Begin = First.Await->getBeginLoc();
  if (!shouldReportAt(Begin))
    return;
  std::string Names;
  for (const AwaitStatement &M : Group.Members)
    Names += (Names.empty() ? "'" : ", '") + awaitedName(M) + "'";
  diag(Begin, "%0 independent awaits in %1 run one after another (%2); running them "
              "concurrently makes the latency the longest of them instead of their sum")
      << static_cast<unsigned>(Group.Members.size())
      << (displayName(C.Function).empty() ? "a coroutine lambda"
                                          : "'" + displayName(C.Function) + "'")
      << Names << First.Await->getSourceRange();
  for (std::size_t I = 1; I < Group.Members.size(); ++I)
    diag(Group.Members[I].Await->getBeginLoc(), "'%0' does not depend on the awaits before it",
         DiagnosticIDs::Note)
        << awaitedName(Group.Members[I]) << Group.Members[I].Await->getSourceRange();
  noteSafeMethods(Group);

  // An instantiation's text is shared by all of them: no fix from there.
  FixPlan Plan = !C.Framework ? FixPlan::none("the coroutine's framework is not known")
                 : C.isInstantiation()
                     ? FixPlan::none("the awaits depend on template parameters")
                     : unitState<Analyses>().Rewriter.rewrite(Group, C.Function, *C.Framework);
  emitFixNote(Plan, Begin);
}

} // namespace async_tidy
