//===--- SummaryPass.h - The cross-translation-unit summary pass ----------===//
//
// `--summaries-out FILE` and `--cross-tu`: every translation unit is parsed
// once by a worker, which records the local facts of the functions it
// defines in the project's files (FunctionSummarizer). The parent merges
// them, resolves the facts through the whole call graph and writes the
// summary file, which the analysis then reads through the checks'
// `SummaryFile` option.
//
// Incremental: a unit whose files (the main file and every project header
// it read) still have the fingerprints the previous file recorded is not
// parsed again; its summaries are taken from that file.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TOOL_SUMMARYPASS_H
#define ASYNC_TIDY_TOOL_SUMMARYPASS_H

#include "FunctionSummary.h"
#include "WorkerPool.h"

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/AST/ASTConsumer.h"

#include <functional>
#include <memory>

namespace async_tidy::driver {

/// In the worker: a consumer that adds the unit's local summaries to
/// `Into`, with the catalog the unit's configuration gives.
std::unique_ptr<clang::ASTConsumer> makeSummaryConsumer(clang::tidy::ClangTidyContext &Context,
                                                        SummarySet &Into);

struct SummaryPassResult {
  SummarySet Set; ///< merged and resolved
  unsigned Summarized = 0, Reused = 0;
  std::vector<std::string> FailedUnits;
  double CpuSeconds = 0;
};

/// What decides whether a unit's summaries can be reused, besides its
/// files: the program, and each unit's configuration.
struct SummaryInputs {
  std::string Producer;
  /// Unit -> fingerprint of the catalog and header filters it is analysed
  /// with.
  std::function<std::string(const std::string &)> ConfigurationOf;
  /// Every unit of the project, of all shards: facts that need every
  /// unit's uses (ResolvedFacts::Driver) are resolved once each is read.
  std::vector<std::string> ProjectUnits;
};

/// Runs the pass over `Files` in `Pool`'s workers, reusing the units of the
/// summary file `Previous` (may be empty or absent) that did not change.
SummaryPassResult runSummaryPass(WorkerPool &Pool, const std::vector<std::string> &Files,
                                 const std::string &Previous, const SummaryInputs &Inputs);

/// The fingerprint of the configuration `Provider` gives `File`: the
/// effective catalog of its enabled async checks and its header filters.
std::string configurationFingerprint(clang::tidy::ClangTidyOptionsProvider &Provider,
                                     const std::string &File);

/// Merges summary files (shards of one project) into one, resolved.
std::optional<SummarySet> mergeSummaryFiles(const std::vector<std::string> &Paths,
                                            std::string &Error);

} // namespace async_tidy::driver

#endif // ASYNC_TIDY_TOOL_SUMMARYPASS_H
