//===--- UnclosedClientCheck.cpp - async-unclosed-client ------------------===//

#include "UnclosedClientCheck.h"

#include "ApiIndex.h"
#include "FunctionSummarizer.h"
#include "ProjectFiles.h"
#include "QualifiedNames.h"
#include "RaiiRewriter.h"
#include "ResourceFlow.h"

#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {

namespace {
constexpr llvm::StringLiteral DefaultClientTypes = ".*Client;.*Connection;.*Session;.*Pool";

/// `splitOptionList` for the comma lists inside one pair.
std::vector<std::string> commaList(llvm::StringRef Value) {
  std::string Semicolons = Value.str();
  std::replace(Semicolons.begin(), Semicolons.end(), ',', ';');
  return splitOptionList(Semicolons);
}

/// `acquire[,acquire]=release[,release];...`, the project naming its own
/// functions; none for a malformed entry.
std::optional<ResourcePair> parsePair(llvm::StringRef Item) {
  auto [Acquire, Release] = Item.split('=');
  ResourcePair Pair;
  Pair.Acquire = commaList(Acquire);
  Pair.Release = commaList(Release);
  if (Pair.Acquire.empty() || Pair.Release.empty())
    return std::nullopt;
  Pair.Resource = Pair.Acquire.front();
  return Pair;
}

std::string functionName(const FunctionDecl &Function) {
  std::string Name = displayName(Function);
  return Name.empty() ? "the lambda" : "'" + Name + "'";
}

std::string exitNote(const LeakingExit &Exit, llvm::StringRef Handle) {
  switch (Exit.ExitKind) {
  case LeakingExit::Kind::Return:
    return "leaks when this '" + Exit.Keyword + "' is taken";
  case LeakingExit::Kind::ScopeEnd:
    return "leaks when '" + Handle.str() + "' goes out of scope here";
  case LeakingExit::Kind::Overwrite:
    return "leaks when '" + Handle.str() + "' is overwritten here";
  case LeakingExit::Kind::Reacquire:
    return "leaks when this runs again and overwrites '" + Handle.str() + "'";
  case LeakingExit::Kind::Discarded:
    return "";
  case LeakingExit::Kind::Throw:
    return "leaks when '" + Exit.Keyword + "' throws here";
  }
  return "";
}
} // namespace

UnclosedClientCheck::UnclosedClientCheck(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : AsyncCheckBase(Name, Context), AcquireReleasePairs(*this, "AcquireReleasePairs", ""),
      ClientTypes(*this, "ClientTypes", DefaultClientTypes.str()) {
  for (const std::string &Item : splitOptionList(*AcquireReleasePairs)) {
    if (std::optional<ResourcePair> Pair = parsePair(Item))
      ExtraPairs.push_back(std::move(*Pair));
    else
      configurationError("invalid AcquireReleasePairs entry '" + Item +
                         "': expected 'acquire[,acquire]=release[,release]'");
  }
}

/// A pair released by a catalogued library's release function
/// (`open_db=sqlite3_close`) hands out that library's handle, so the
/// library's borrowers borrow it too. A name without `::` is the global
/// function of that name, C or C++.
void UnclosedClientCheck::adjustCatalog(Catalog &Cat) const {
  for (ResourcePair Pair : ExtraPairs) {
    for (const ResourcePair &Known : Cat.Resources)
      for (const std::string &Release : Pair.Release)
        if (llvm::is_contained(Known.Release, Release))
          Pair.Borrowers.insert(Pair.Borrowers.end(), Known.Borrowers.begin(),
                                Known.Borrowers.end());
    for (auto *Names : {&Pair.Acquire, &Pair.Release})
      for (std::string &Name : *Names)
        if (Name.find("::") == std::string::npos)
          Name = "::" + Name;
    Cat.Resources.push_back(std::move(Pair));
  }
}

void UnclosedClientCheck::registerMatchers(MatchFinder *Finder) {
  if (!Model)
    Model.emplace(effectiveCatalog(), splitOptionList(*ClientTypes));
  Finder->addMatcher(translationUnitDecl().bind("unit"), this);
}

void UnclosedClientCheck::learnWrappers(ASTContext &Ctx) {
  LoadedSummaries = summaries();
  Model->setWrappers(nullptr, nullptr); // the catalog's own acquirers only
  OwnSummaries = SummarySet();
  ApiIndex Index(effectiveCatalog(), Ctx);
  ProjectFiles Project(Ctx.getSourceManager(), tidyContext()->getOptions());
  FunctionSummarizer(Ctx, Index, *Model, [&Project](SourceLocation Loc) {
    return Project.contains(Loc);
  }).summarizeUnit(OwnSummaries);
  resolveSummaries(OwnSummaries, LoadedSummaries.get());
  Model->setWrappers(&OwnSummaries, LoadedSummaries.get());
}

void UnclosedClientCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  learnWrappers(Ctx);
  ExitingFunctions Exiting(Ctx);
  for (const FunctionDecl *Function : functionsThatAcquire(Ctx, *Model))
    if (!Function->isDependentContext() && Function->getBody())
      analyse(*Function, Ctx, Exiting);
}

void UnclosedClientCheck::analyse(const FunctionDecl &Function, ASTContext &Ctx,
                                  ExitingFunctions &Exiting) {
  std::vector<ResourceLeak> Leaks =
      findResourceLeaks(Function, *Function.getBody(), Ctx, *Model, Exiting);
  if (Leaks.empty())
    return;
  NameResolver Names(Ctx);
  RaiiRewriter Rewriter(Ctx, *Model, Names);
  for (const ResourceLeak &Leak : Leaks)
    if (shouldReportAt(Leak.Acquirer->getBeginLoc()))
      report(Leak, Function,
             Leak.Handle ? Rewriter.rewrite(Leak, Function)
                         : Rewriter.releaseDiscarded(Leak, Function));
}

void UnclosedClientCheck::report(const ResourceLeak &Leak, const FunctionDecl &Function,
                                 const FixPlan &Plan) {
  SourceLocation Loc = Leak.Acquirer->getBeginLoc();
  const ResourcePair &Resource = *Leak.What.Resource;
  std::string Release = llvm::StringRef(Resource.Release.front()).ltrim(':').str();
  std::string From =
      Leak.What.Function == "new"
          ? "new " + cast<CXXNewExpr>(Leak.Acquirer)
                         ->getAllocatedType()
                         .getAsString(PrintingPolicy(Function.getASTContext().getLangOpts()))
          : Leak.What.Function;
  if (!Leak.Handle) {
    {
      auto Warning = diag(Loc, "'%0' from '%1' is discarded without being released with '%2'")
                     << Resource.Resource << From << Release << Leak.Acquirer->getSourceRange();
      attachSafeFix(Warning, Plan);
    }
    if (Leak.What.Through)
      noteFactChain(*Leak.What.Through, Loc, "acquiring call");
    return;
  }
  std::string Handle = Leak.Handle->getNameAsString();
  {
    auto Warning = diag(Loc, "'%0' from '%1' is not released with '%2' on every path out of %3")
                   << Handle << From << Release << functionName(Function)
                   << Leak.Acquirer->getSourceRange();
    attachSafeFix(Warning, Plan);
  }
  if (Leak.What.Through)
    noteFactChain(*Leak.What.Through, Loc, "acquiring call");
  for (const LeakingExit &Exit : Leak.Exits)
    diag(Exit.Loc, exitNote(Exit, Handle), DiagnosticIDs::Note);
}

} // namespace async_tidy
