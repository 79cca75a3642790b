//===--- Reports.h - Writing a run's results --------------------------------===//

#ifndef ASYNC_TIDY_TOOL_REPORTS_H
#define ASYNC_TIDY_TOOL_REPORTS_H

#include "Findings.h"
#include "RunResults.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <string>

namespace async_tidy::driver {

/// clang's format: `file:line:col: warning: message [check]`, the source
/// line and a caret, then the notes; coloured when `Color`.
void writeTextReport(const RunResults &Results, SourceFiles &Sources, bool Color,
                     llvm::raw_ostream &OS);

/// Configuration errors and what workers printed, each distinct text once.
void writeWorkerMessages(const RunResults &Results, bool Color, llvm::raw_ostream &OS);

/// The summary table: findings per check, fixes, files, failed translation
/// units, wall time.
void writeSummary(const RunResults &Results, bool Color, llvm::raw_ostream &OS);

/// The JSON report (schema in docs/tool.md, "schemaVersion": 1).
void writeJsonReport(const RunResults &Results, SourceFiles &Sources, llvm::raw_ostream &OS);

/// SARIF 2.1.0, one run; rule help from the check docs.
void writeSarifReport(const RunResults &Results, SourceFiles &Sources, llvm::raw_ostream &OS);

/// The YAML clang-apply-replacements reads: every finding, with the fixes
/// of those where `Exported[I]` (what --fix applies, or would apply).
void writeFixesYaml(const RunResults &Results, const std::vector<bool> &Exported,
                    llvm::raw_ostream &OS);

/// The file --export-migrations writes in its directory.
inline constexpr const char MigrationsFileName[] = "async-tidy-missing-indexes.sql";
/// `Directory`/MigrationsFileName, made and opened for writing.
llvm::Expected<std::unique_ptr<llvm::raw_fd_ostream>> openMigrations(const std::string &Directory);
/// Writes async-missing-index's `CREATE INDEX` statements (its notes), each
/// once after the queries that need it; how many there are.
unsigned writeMigrations(const RunResults &Results, SourceFiles &Sources, llvm::raw_ostream &Out);

std::string versionString();
/// The release number alone: "0.6.0".
std::string releaseVersion();

} // namespace async_tidy::driver

#endif
