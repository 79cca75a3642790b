//===--- SummaryFile.h - The summary file: JSON, versioned -----------------===//
//
// `async-tidy --summaries-out FILE` writes it; `--cross-tu`, the checks'
// `SummaryFile` option and `async-tidy --merge-summaries` read it. The
// schema is documented in docs/summaries.md; a file of another schema
// version is rejected, never guessed at.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SUMMARIES_SUMMARYFILE_H
#define ASYNC_TIDY_SUMMARIES_SUMMARYFILE_H

#include "FunctionSummary.h"

#include <optional>
#include <string>

namespace async_tidy {

inline constexpr int SummarySchemaVersion = 1;

/// The document, with the resolved facts of every function.
std::string printSummaryFile(const SummarySet &Set);

/// The summaries of a document (local and resolved facts as written), or
/// none with `Error` set.
std::optional<SummarySet> parseSummaryFile(const std::string &Text, std::string &Error);

/// Reads and parses `Path`; none with `Error` set.
std::optional<SummarySet> readSummaryFile(const std::string &Path, std::string &Error);

/// Writes `Path` atomically (a temporary file renamed over it).
bool writeSummaryFile(const std::string &Path, const SummarySet &Set, std::string &Error);

} // namespace async_tidy

#endif // ASYNC_TIDY_SUMMARIES_SUMMARYFILE_H
