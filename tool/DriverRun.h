//===--- DriverRun.h - One run: analyse, merge, fix, verify ----------------===//
//
// The state of a run between its phases. analyse() has every translation
// unit analysed by a worker process and merges the results into one sorted
// list of unique findings; applyFixes() applies the chosen fixes once, then
// (with --verify) compiles the affected translation units again and rolls
// back the files whose fixes broke them.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TOOL_DRIVERRUN_H
#define ASYNC_TIDY_TOOL_DRIVERRUN_H

#include "ChangedLines.h"
#include "CompilationInputs.h"
#include "FixApplication.h"
#include "ProgressLine.h"
#include "ResultCache.h"
#include "RunResults.h"
#include "WorkerPool.h"

#include "clang-tidy/ClangTidyOptions.h"

#include <map>
#include <optional>
#include <set>

namespace async_tidy::driver {

/// What makes a finding old: it is in the baseline, or (with --diff) it is
/// not on a changed line.
struct KnownFindings {
  std::optional<std::set<std::string>> Baseline; // fingerprints
  std::optional<ChangedLines> Changed;
  std::string Revision; // what Changed is relative to
};

class DriverRun {
public:
  DriverRun(const DriverOptions &Options, const std::string &Executable,
            clang::tidy::ClangTidyOptionsProvider &Config, ExcludeFilter Exclude,
            std::string Scratch);

  /// With --shard: the digest of the assignment every shard computed.
  void setShardAssignment(std::string Digest);
  /// Replays results from `Cache` where the unit's key (by main file; empty:
  /// never cached) finds one, and keeps the others' there.
  void useCache(ResultCache &Cache, std::map<std::string, std::string> Keys);
  void analyse(const std::vector<std::string> &Units);
  /// As analyse, from results the shards' workers reported.
  void combine(std::vector<TranslationUnitResult> Units);
  /// Leaves the known findings out of the report (and out of the fixes):
  /// the summary counts them instead.
  void leaveOut(const KnownFindings &Known);
  void applyFixes();
  RunResults &results() { return Results; }
  SourceFiles &sources() { return Sources; }
  /// Which findings' fixes --export-fixes writes: those --fix applied and
  /// kept, or without --fix those it would apply.
  std::vector<bool> exportedFixes();

private:
  /// Runs the workers; their results in file order.
  std::vector<TranslationUnitResult> analyseInWorkers(const std::vector<std::string> &Files);
  /// Merges the units' results (in file order), sorts and names the
  /// findings: the end of analyse and combine.
  void mergeAll(std::vector<TranslationUnitResult> Units);
  void merge(TranslationUnitResult Unit);
  /// Whether a worker's finding is reported (not a compiler or
  /// configuration error, not in an excluded file).
  bool isReported(const Finding &F) const;
  void sortFindings();
  /// Reads every file a report mentions, before fixes change them.
  void readReportedFiles();

  /// Compiles the units that read changed files and rolls back what broke
  /// them, until everything compiles.
  void verify(FixSession &Session);
  /// The units that compiled before, read a file of `Trigger` and still
  /// read a changed file (after a rollback: a mix the analysis never saw).
  std::vector<std::string> unitsAffectedBy(const std::set<std::string> &Trigger,
                                           const FixSession &Session) const;
  /// Compiles `Units`; the compiler errors of those that fail.
  std::map<std::string, std::vector<Finding>> failingUnits(const std::vector<std::string> &Units);

  const DriverOptions &Options;
  clang::tidy::ClangTidyOptionsProvider &Config;
  ExcludeFilter Exclude;
  WorkerPool Pool;
  ProgressLine Progress;
  RunResults Results;
  SourceFiles Sources;
  std::map<std::string, TranslationUnitResult> Units; // by main file
  std::map<Finding::Key, size_t> FindingIndex;
  ResultCache *Cache = nullptr;
  std::string ShardAssignment;
  std::map<std::string, std::string> CacheKeys;
};

} // namespace async_tidy::driver

#endif
