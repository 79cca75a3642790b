//===--- DriverOptions.h - What the user asked async-tidy to do -----------===//
//
// The parsed command line of the `async-tidy` driver, shared by the parent
// (which schedules translation units, merges findings, applies fixes and
// reports) and by the worker processes it starts (which analyse or re-compile
// one translation unit each and need the same configuration).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TOOL_DRIVEROPTIONS_H
#define ASYNC_TIDY_TOOL_DRIVEROPTIONS_H

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace async_tidy::driver {

enum class OutputFormat { Text, Json, Sarif };
enum class WhenToUse { Auto, Always, Never };

/// Whether to use a feature (colour, progress) set to `When` on an output
/// that is or is not a terminal.
inline bool isWanted(WhenToUse When, bool IsTerminal) {
  return When == WhenToUse::Always || (When == WhenToUse::Auto && IsTerminal);
}

struct DriverOptions {
  // Input.
  std::string BuildPath;                 // -p: holds compile_commands.json
  std::vector<std::string> Inputs;       // files or directories; empty = all
  std::vector<std::string> ExcludeGlobs; // --exclude
  std::vector<std::string> ExtraArgs, ExtraArgsBefore;

  // clang-tidy configuration; unset = not given on the command line.
  std::optional<std::string> Checks, ConfigFile, HeaderFilter, WarningsAsErrors, FormatStyle;

  // Scheduling and display.
  unsigned Jobs = 1;
  WhenToUse Color = WhenToUse::Auto;
  WhenToUse Progress = WhenToUse::Auto;
  bool Quiet = false;

  // Output.
  OutputFormat Format = OutputFormat::Text;
  std::string OutputFile;       // empty = stdout
  std::string ExportFixes;      // empty = none
  std::string ExportMigrations; // directory for async-missing-index's statements; empty = none

  // Which findings are new (docs/tool.md, "Adopting on a large code base").
  std::string WriteBaseline; // --write-baseline: record every finding here
  std::string Baseline;      // --baseline: leave out the findings recorded here
  std::string DiffRevision;  // --diff: only findings on lines changed since it

  // Fixes.
  bool Fix = false;      // safe fixes (on warnings)
  bool FixNotes = false; // also fixes on notes (unsafe); implies Fix
  bool Verify = true;    // re-compile after fixing, roll back what breaks

  // Results kept between runs (ResultCache.h); empty = no cache.
  std::string CacheDirectory;          // --cache-dir, or ASYNC_TIDY_CACHE_DIR
  uint64_t CacheMaxBytes = 1ULL << 30; // --cache-max-size

  // Distributed runs (docs/scaling.md).
  unsigned ShardIndex = 0, ShardCount = 0; // --shard I/N (1-based); 0: all units
  bool MergeShards = false;                // `async-tidy merge`: inputs are shard reports

  // Cross-translation-unit summaries (docs/summaries.md).
  std::string SummariesOut;    // --summaries-out: write the summary pass here
  bool CrossTu = false;        // --cross-tu: run the pass before the analysis
  std::string SummaryFile;     // --use-summaries: the checks read these summaries
  bool MergeSummaries = false; // --merge-summaries: inputs are summary files

  /// The arguments a worker process needs to rebuild the same clang-tidy
  /// configuration (everything that changes what a translation unit reports).
  std::vector<std::string> configurationArguments() const;
};

/// The checks enabled when neither the command line nor a configuration file
/// says otherwise: the async checks alone (clang-tidy's own defaults would
/// add every clang-analyzer check).
inline constexpr const char *DefaultChecks = "-*,async-*";

} // namespace async_tidy::driver

#endif
