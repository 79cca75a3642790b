//===--- UnclosedClientCheck.h - async-unclosed-client --------------------===//
//
// Finds client handles (curl, libpq, hiredis, sqlite, FILE, `new`-allocated
// clients) that some path out of a function or coroutine leaves unreleased,
// and puts plain local handles under a std::unique_ptr (a safe fix).
//
// Only functions that acquire something are analysed: one walk over the code
// outside system headers finds the functions that call one of the catalog's
// acquiring functions (or `new` a client class), and each of them gets one
// CFG walk per acquisition (ResourceFlow).
//
// A project function that returns a handle it acquired is an acquirer, and
// one that releases its parameter is a release: the unit's own functions
// are summarized first (FunctionSummarizer), resolved together with the
// SummaryFile's summaries of functions defined elsewhere.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_UNCLOSEDCLIENTCHECK_H
#define ASYNC_TIDY_CHECKS_UNCLOSEDCLIENTCHECK_H

#include "AsyncCheckBase.h"
#include "ExitingFunctions.h"
#include "ResourceModel.h"

namespace async_tidy {

struct ResourceLeak;

class UnclosedClientCheck : public AsyncCheckBase {
public:
  UnclosedClientCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void adjustCatalog(Catalog &Cat) const override;

private:
  /// The unit's own functions, summarized and resolved against the
  /// summary file; the model's wrappers for this unit.
  void learnWrappers(clang::ASTContext &Ctx);
  void analyse(const clang::FunctionDecl &Function, clang::ASTContext &Ctx,
               ExitingFunctions &Exiting);
  void report(const ResourceLeak &Leak, const clang::FunctionDecl &Function, const FixPlan &Plan);

  Option<std::string> AcquireReleasePairs;
  Option<std::string> ClientTypes;
  /// AcquireReleasePairs, parsed.
  std::vector<ResourcePair> ExtraPairs;
  /// Built from the effective catalog when the matchers are registered.
  std::optional<ResourceModel> Model;
  /// This unit's functions, and the summary file's (kept alive for Model).
  SummarySet OwnSummaries;
  std::shared_ptr<const SummarySet> LoadedSummaries;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_UNCLOSEDCLIENTCHECK_H
