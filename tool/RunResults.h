//===--- RunResults.h - Everything a run found and did ---------------------===//
//
// What the reports (text, JSON, SARIF, the fixes YAML, the summary table)
// are written from, once every translation unit has been analysed and the
// fixes applied.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TOOL_RUNRESULTS_H
#define ASYNC_TIDY_TOOL_RUNRESULTS_H

#include "Findings.h"
#include "FixApplication.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace async_tidy::driver {

struct FailedTranslationUnit {
  std::string File;
  std::vector<Finding> Errors; // the compiler's errors, or why it failed
};

struct RunResults {
  /// Unique findings (header findings once), sorted by file, offset, check.
  std::vector<Finding> Findings;
  /// Parallel to Findings: what happened to each finding's fix.
  std::vector<FixOutcome> Outcomes;
  std::vector<FailedTranslationUnit> FailedUnits;
  /// Problems with the clang-tidy configuration (a bad .clang-tidy, an
  /// unknown catalog file), once each: exit code 2.
  std::vector<std::string> ConfigurationErrors;
  /// What workers printed (clang-tidy's configuration warnings, crash
  /// reports), by translation unit.
  std::vector<std::pair<std::string, std::string>> WorkerLogs;
  std::vector<FixProblem> FixProblems;
  /// What the checks left out on purpose, each place once.
  std::set<SkippedFinding> Skipped;
  std::set<std::string> ChangedFiles;
  std::set<std::string> RolledBackFiles;
  unsigned TranslationUnits = 0;
  unsigned Jobs = 1;
  bool Fixing = false, FixNotes = false;
  double WallSeconds = 0, CpuSeconds = 0;
  /// With --shard: which shard, and every unit's result as the worker
  /// reported it (what `async-tidy merge` combines).
  unsigned ShardIndex = 0, ShardCount = 0;
  /// A digest of the whole assignment (units and weights): shards that
  /// computed different ones cannot be merged.
  std::string ShardAssignment;
  std::vector<TranslationUnitResult> ShardUnits;
  /// With --cache-dir: how many units' results were replayed from the
  /// cache (the others were analysed).
  bool CacheUsed = false;
  unsigned CacheReused = 0;
  /// CPU seconds (user + system) each translation unit's worker used.
  std::map<std::string, double> UnitCpuSeconds;

  /// A finding counts as left unless its fix was applied and kept.
  bool isLeft(size_t I) const { return Outcomes[I] != FixOutcome::Applied; }
  unsigned findingsLeft() const;
  /// Skipped findings by reason: how many, and the distinct details.
  struct SkippedCount {
    unsigned Count = 0;
    std::map<std::string, unsigned> ByCheck;
    std::set<std::string> Details;
  };
  std::map<std::string, SkippedCount> skippedByReason() const;
};

} // namespace async_tidy::driver

#endif
