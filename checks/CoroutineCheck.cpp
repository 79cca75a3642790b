//===--- CoroutineCheck.cpp - What every async check shares ---------------===//

#include "CoroutineCheck.h"
#include "FrameworkDetector.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {

CoroutineCheck::CoroutineCheck(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), TidyContext(Context), Config(Options, Context),
      Inserter(Options.getLocalOrGlobal("IncludeStyle", tidy::utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()) {}

void CoroutineCheck::registerPPCallbacks(const SourceManager &, Preprocessor *PP,
                                         Preprocessor *) {
  Inserter.registerPreprocessor(PP);
}

void CoroutineCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(coroutineBodyStmt(unless(isExpansionInSystemHeader())).bind("body"),
                     this);
}

void CoroutineCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Body = Result.Nodes.getNodeAs<CoroutineBodyStmt>("body");
  if (const FunctionDecl *Coroutine = coroutineOf(*Body))
    checkCoroutine(*Body, *Coroutine, *Result.Context);
}

void CoroutineCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "IncludeStyle", Inserter.getStyle());
  Options.store(Opts, CatalogFileOption, Config.catalogFileOption());
}

void CoroutineCheck::addIncludes(DiagnosticBuilder &Diag, FileID File,
                                 const std::vector<HeaderNeed> &Headers) {
  for (const HeaderNeed &Header : Headers)
    if (std::optional<FixItHint> Include = Inserter.createIncludeInsertion(File, Header.Include))
      Diag << *Include;
}

} // namespace async_tidy
