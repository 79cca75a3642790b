//===--- CoroutineCheckBase.cpp - What every async check shares -----------===//

#include "CoroutineCheckBase.h"
#include "FrameworkDetector.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {

CoroutineCheckBase::CoroutineCheckBase(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), TidyContext(Context), Config(Options, Context),
      Inserter(Options.getLocalOrGlobal("IncludeStyle", tidy::utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()) {}

void CoroutineCheckBase::registerPPCallbacks(const SourceManager &, Preprocessor *PP,
                                         Preprocessor *) {
  Inserter.registerPreprocessor(PP);
}

void CoroutineCheckBase::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(coroutineBodyStmt(unless(isExpansionInSystemHeader())).bind("body"),
                     this);
}

void CoroutineCheckBase::check(const MatchFinder::MatchResult &Result) {
  const auto *Body = Result.Nodes.getNodeAs<CoroutineBodyStmt>("body");
  if (const FunctionDecl *Coroutine = coroutineOf(*Body))
    checkCoroutine(*Body, *Coroutine, *Result.Context);
}

void CoroutineCheckBase::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "IncludeStyle", Inserter.getStyle());
  Options.store(Opts, CatalogFileOption, Config.catalogFileOption());
}

void CoroutineCheckBase::addIncludes(DiagnosticBuilder &Diag, FileID File,
                                 const std::vector<HeaderNeed> &Headers) {
  for (const HeaderNeed &Header : Headers)
    if (std::optional<FixItHint> Include = Inserter.createIncludeInsertion(File, Header.Include))
      Diag << *Include;
}

} // namespace async_tidy
