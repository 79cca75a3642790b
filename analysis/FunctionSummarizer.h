//===--- FunctionSummarizer.h - The local facts of one function body ------===//
//
// The first half of a function summary (summaries/FunctionSummary.h): what
// a function's own body does, from the catalog's point of view, and which
// other functions it calls, by USR. The driver's summary pass runs it over
// every function a translation unit defines in the project's files; the
// checks run it over the unit they analyse, so that an in-file wrapper is
// known without a summary file. Templates are not summarized: what a
// pattern does depends on its arguments.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_FUNCTIONSUMMARIZER_H
#define ASYNC_TIDY_ANALYSIS_FUNCTIONSUMMARIZER_H

#include "ApiIndex.h"
#include "BlockingReachability.h"
#include "FunctionSummary.h"
#include "ResourceModel.h"

#include <functional>

namespace async_tidy {

/// The USR of `D` (the same in every translation unit), or "".
std::string usrOf(const clang::Decl *D);

/// Where `Loc` is, as summaries say it: the absolute path of its file and
/// the line, after macro expansion.
SourcePoint pointOf(const clang::SourceManager &SM, clang::SourceLocation Loc);

/// A summary of what `Declaration`'s annotations say (local facts only, no
/// body: HasBody false), or none when it has no async_tidy annotation.
std::optional<FunctionSummary> annotatedSummary(const clang::FunctionDecl &Declaration);

/// What `[[clang::annotate("async_tidy::...")]]` on any declaration of
/// `FD` says, without the prefix: "database", "blocking", "nonblocking",
/// "acquires:PGconn", ...
std::vector<std::string> annotationsOf(const clang::FunctionDecl &FD);

class FunctionSummarizer {
public:
  /// `IsProjectCode` says which files hold the project's functions.
  FunctionSummarizer(clang::ASTContext &Ctx, const ApiIndex &Index, const ResourceModel &Resources,
                     std::function<bool(clang::SourceLocation)> IsProjectCode);

  /// The summary of a function definition: its local facts only (resolved
  /// facts come from resolveSummaries over a whole set).
  FunctionSummary summarize(const clang::FunctionDecl &Definition);

  /// Adds every non-template function the unit defines in the project's
  /// files to `Into`, and the fingerprints of their files.
  void summarizeUnit(SummarySet &Into);

  /// Sets `Into.WorkerUses` to how the unit uses the project's free
  /// functions (what decides ResolvedFacts::Driver).
  void recordUses(SummarySet &Into);

private:
  /// Adds what one call of `Caller`'s body does; `Returned`: the caller
  /// hands its result on.
  void addCall(const CallSite &Site, const clang::FunctionDecl &Caller, bool Returned,
               FunctionSummary &Summary);

  clang::ASTContext &Ctx;
  const ApiIndex &Index;
  const ResourceModel &Resources;
  std::function<bool(clang::SourceLocation)> IsProjectCode;
  WalkPolicy Policy;
  /// Annotated callees only: local facts never come from the summary file.
  SummaryFacts Annotations{nullptr};
  BlockingReachability Blocking;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_FUNCTIONSUMMARIZER_H
