//===--- SummaryStore.h - The SummaryFile option's summaries ---------------===//
//
// `SummaryFile` (a global option, or one check's) names the file `async-tidy
// --summaries-out` wrote. It is read once per process for as long as the
// file is unchanged (an editor's clang-tidy keeps running while the pass is
// re-run), and summaries from source files edited since are dropped: a
// stale summary is never trusted silently. The checks report a stale or
// unreadable file once, as a configuration warning.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_SUMMARYSTORE_H
#define ASYNC_TIDY_CHECKS_SUMMARYSTORE_H

#include "FunctionSummary.h"

#include "llvm/ADT/StringRef.h"

#include <memory>
#include <string>
#include <vector>

namespace async_tidy {

struct LoadedSummaries {
  /// The usable summaries (stale ones dropped, the rest re-resolved); null
  /// when the file could not be read.
  std::shared_ptr<const SummarySet> Set;
  /// Source files edited since the summaries were written.
  std::vector<std::string> StaleFiles;
  std::string Error;
};

inline constexpr llvm::StringLiteral SummaryFileOption = "SummaryFile";

/// The summaries in `Path`, loaded once per content of the file.
LoadedSummaries loadSummaryFile(const std::string &Path);

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_SUMMARYSTORE_H
