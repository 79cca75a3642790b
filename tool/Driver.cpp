//===--- Driver.cpp - A whole async-tidy run, from inputs to exit code -----===//
//
// Reads the configuration and selects the translation units, opens the
// outputs, runs the analysis and the fixes (DriverRun), writes the reports
// and turns the results into the exit code.
//
//===----------------------------------------------------------------------===//

#include "Driver.h"

#include "ClangTidyConfiguration.h"
#include "CompilationInputs.h"
#include "CompilerOutput.h"
#include "DriverRun.h"
#include "FindingIdentity.h"
#include "Reports.h"
#include "ResultCache.h"
#include "Sharding.h"
#include "SummaryFile.h"
#include "SummaryPass.h"

#include "clang-tidy/ClangTidy.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <map>
#include <set>

namespace async_tidy::driver {

namespace {

int usageError(llvm::Error Err) {
  llvm::WithColor::error(llvm::errs(), "async-tidy") << llvm::toString(std::move(Err)) << "\n";
  return ExitUsage;
}

/// The file at `Path`, opened for writing; null when no path is given.
llvm::Expected<std::unique_ptr<llvm::raw_fd_ostream>> openOutput(const std::string &Path) {
  if (Path.empty())
    return nullptr;
  std::error_code EC;
  auto Out = std::make_unique<llvm::raw_fd_ostream>(Path, EC);
  if (EC)
    return llvm::createStringError(EC, "cannot write '%s': %s", Path.c_str(), EC.message().c_str());
  return Out;
}

llvm::Expected<std::string> scratchDirectory() {
  llvm::SmallString<128> Path;
  if (std::error_code EC = llvm::sys::fs::createUniqueDirectory("async-tidy", Path))
    return llvm::createStringError(EC, "cannot create a temporary directory: %s",
                                   EC.message().c_str());
  return std::string(Path);
}

/// Whether any selected translation unit has a check enabled (a typo in
/// --checks would otherwise analyse everything and report nothing).
bool anyCheckEnabled(clang::tidy::ClangTidyOptionsProvider &Config,
                     const std::vector<std::string> &Files) {
  std::set<std::string> Seen;
  for (const std::string &File : Files) {
    // One lookup per directory: .clang-tidy files are per directory.
    if (!Seen.insert(llvm::sys::path::parent_path(File).str()).second)
      continue;
    if (!clang::tidy::getCheckNames(Config.getOptions(File), false).empty())
      return true;
  }
  return false;
}

/// Keeps this shard's share of `Units` (--shard); the digest of the whole
/// assignment.
std::string takeShare(const DriverOptions &Options, std::vector<std::string> &Units) {
  std::map<std::string, double> Recorded;
  if (!Options.CacheDirectory.empty())
    if (auto Cache = ResultCache::open(Options.CacheDirectory, Options.CacheMaxBytes))
      Recorded = Cache->recordedSeconds();
    else
      llvm::consumeError(Cache.takeError()); // said when the run opens it
  std::map<std::string, double> Weights = shardWeights(Units, Recorded);
  std::string Digest = shardAssignmentDigest(Units, Weights, Options.ShardCount);
  Units = shardOf(Units, Weights, Options.ShardIndex, Options.ShardCount);
  return Digest;
}

/// What the run reads: the configuration, the exclusions and the units.
struct RunInputs {
  std::unique_ptr<clang::tidy::ClangTidyOptionsProvider> Config;
  ExcludeFilter Exclude;
  std::vector<std::string> Files;
  /// Every unit of the database not excluded: what the summary pass
  /// reads, whatever the inputs select (a unit's helpers live elsewhere).
  std::vector<std::string> AllFiles;
  /// AllFiles before --shard takes a share: the whole project.
  std::vector<std::string> ProjectUnits;
  KnownFindings Known;
  /// With a cache: each selected unit's compile commands, as text.
  std::map<std::string, std::string> Commands;
  /// With --shard: the digest of the assignment.
  std::string ShardAssignment;
};

/// The baseline and the changed lines, read before the work: a bad
/// baseline file or revision is a usage error, not lost work.
llvm::Expected<KnownFindings> readKnownFindings(const DriverOptions &Options) {
  KnownFindings Known;
  if (!Options.Baseline.empty()) {
    auto Baseline = readBaseline(Options.Baseline);
    if (!Baseline)
      return Baseline.takeError();
    Known.Baseline = std::move(*Baseline);
  }
  if (!Options.DiffRevision.empty()) {
    auto Changed = ChangedLines::sinceRevision(Options.DiffRevision);
    if (!Changed)
      return Changed.takeError();
    Known.Changed = std::move(*Changed);
    Known.Revision = Options.DiffRevision;
  }
  return Known;
}

llvm::Expected<RunInputs> readInputs(const DriverOptions &Options) {
  auto Config = createOptionsProvider(Options);
  if (!Config)
    return Config.takeError();
  auto Database = loadCompilationDatabase(Options);
  if (!Database)
    return Database.takeError();
  auto Known = readKnownFindings(Options);
  if (!Known)
    return Known.takeError();
  auto Exclude = ExcludeFilter::create(Options.ExcludeGlobs);
  if (!Exclude)
    return Exclude.takeError();
  auto Files = selectTranslationUnits(Options, **Database, *Exclude);
  if (!Files)
    return Files.takeError();
  if (Files->empty())
    return llvm::createStringError(std::errc::invalid_argument,
                                   "no translation units to analyse (the database is empty "
                                   "or everything is excluded)");
  if (!anyCheckEnabled(**Config, *Files))
    return llvm::createStringError(std::errc::invalid_argument,
                                   "no checks enabled (check --checks and the .clang-tidy files; "
                                   "--list-checks shows what is enabled)");
  DriverOptions Everything = Options;
  Everything.Inputs.clear();
  auto AllFiles = selectTranslationUnits(Everything, **Database, *Exclude);
  if (!AllFiles)
    return AllFiles.takeError();
  std::vector<std::string> ProjectUnits = *AllFiles;
  std::string Assignment;
  if (Options.ShardCount) {
    Assignment = takeShare(Options, *Files);
    // A summary pass of its own (--summaries-out alone) is sharded too; its
    // parts are merged with --merge-summaries.
    if (!Options.SummariesOut.empty() && !Options.CrossTu)
      takeShare(Options, *AllFiles);
  }
  RunInputs Inputs{std::move(*Config),
                   std::move(*Exclude),
                   std::move(*Files),
                   std::move(*AllFiles),
                   ProjectUnits,
                   std::move(*Known),
                   {},
                   Assignment};
  if (!Options.CacheDirectory.empty())
    for (const std::string &File : Inputs.Files)
      for (const clang::tooling::CompileCommand &Command : (*Database)->getCompileCommands(File))
        Inputs.Commands[File] += Command.Directory + '\0' + Command.Filename + '\0' +
                                 llvm::join(Command.CommandLine, std::string(1, '\0')) + '\n';
  return Inputs;
}

/// The report and fixes files, opened before the work: a wrong path is a
/// usage error, not lost work (and nothing before may truncate an existing
/// report). Null: standard output, or no fixes file.
struct RunOutputs {
  std::unique_ptr<llvm::raw_fd_ostream> Report, Fixes, Baseline, Migrations;
};

llvm::Expected<RunOutputs> openOutputs(const DriverOptions &Options) {
  auto Report = openOutput(Options.OutputFile);
  if (!Report)
    return Report.takeError();
  auto Fixes = openOutput(Options.ExportFixes);
  if (!Fixes)
    return Fixes.takeError();
  auto Baseline = openOutput(Options.WriteBaseline);
  if (!Baseline)
    return Baseline.takeError();
  std::unique_ptr<llvm::raw_fd_ostream> Migrations;
  if (!Options.ExportMigrations.empty()) {
    auto Opened = openMigrations(Options.ExportMigrations);
    if (!Opened)
      return Opened.takeError();
    Migrations = std::move(*Opened);
  }
  return RunOutputs{std::move(*Report), std::move(*Fixes), std::move(*Baseline),
                    std::move(Migrations)};
}

void writeReports(const DriverOptions &Options, DriverRun &Run, RunOutputs &Outputs) {
  RunResults &Results = Run.results();
  llvm::raw_ostream &Out = Outputs.Report ? *Outputs.Report : llvm::outs();
  bool OutIsTerminal = !Outputs.Report && llvm::sys::Process::StandardOutIsDisplayed();
  switch (Options.Format) {
  case OutputFormat::Text:
    writeTextReport(Results, Run.sources(), isWanted(Options.Color, OutIsTerminal), Out);
    break;
  case OutputFormat::Json:
    writeJsonReport(Results, Run.sources(), Out);
    break;
  case OutputFormat::Sarif:
    writeSarifReport(Results, Run.sources(), Out);
    break;
  }
  Out.flush();
  if (Outputs.Fixes)
    writeFixesYaml(Results, Run.exportedFixes(), *Outputs.Fixes);
  bool ErrorColor = isWanted(Options.Color, llvm::sys::Process::StandardErrIsDisplayed());
  if (Outputs.Migrations) {
    unsigned Written = writeMigrations(Results, Run.sources(), *Outputs.Migrations);
    if (!Options.Quiet)
      llvm::errs() << "async-tidy: " << Written << " CREATE INDEX statement"
                   << (Written == 1 ? "" : "s") << " in " << Options.ExportMigrations << "/"
                   << MigrationsFileName << "\n";
  }
  writeWorkerMessages(Results, ErrorColor, llvm::errs());
  if (!Options.Quiet)
    writeSummary(Results, ErrorColor, llvm::errs());
}

/// The first write error of the outputs, if any. A report that could not be
/// written is lost work: not "findings left".
std::error_code writeErrorOf(RunOutputs &Outputs) {
  std::error_code First;
  for (llvm::raw_fd_ostream *Stream :
       {Outputs.Report.get(), Outputs.Fixes.get(), Outputs.Baseline.get(), Outputs.Migrations.get(),
        Outputs.Report ? nullptr : &llvm::outs()}) {
    if (!Stream)
      continue;
    Stream->flush(); // "-" is stdout, which must not be closed
    if (Stream->has_error() && !First)
      First = Stream->error();
    Stream->clear_error();
  }
  return First;
}

int exitCodeOf(const RunResults &Results) {
  if (!Results.ConfigurationErrors.empty())
    return ExitUsage;
  if (!Results.FailedUnits.empty())
    return ExitCompileFailure;
  return Results.findingsLeft() > 0 ? ExitFindings : ExitClean;
}

/// Records every finding in the baseline (--write-baseline), then leaves
/// the known ones out (--baseline, --diff).
void keepNewFindings(DriverRun &Run, RunOutputs &Outputs, const KnownFindings &Known) {
  if (Outputs.Baseline)
    writeBaseline(Run.results().Findings, Run.sources(), *Outputs.Baseline);
  Run.leaveOut(Known);
}

/// The end of a run or merge begun at `Start`: the reports, and the exit
/// code.
int reportAndExit(const DriverOptions &Options, DriverRun &Run, RunOutputs &Outputs,
                  std::chrono::steady_clock::time_point Start) {
  Run.results().WallSeconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - Start).count();
  writeReports(Options, Run, Outputs);
  if (std::error_code Error = writeErrorOf(Outputs))
    return usageError(
        llvm::createStringError(Error, "cannot write the report: %s", Error.message().c_str()));
  return exitCodeOf(Run.results());
}

int mergeSummaryShards(const DriverOptions &Options) {
  std::string Error;
  std::optional<SummarySet> Merged = mergeSummaryFiles(Options.Inputs, Error);
  if (!Merged || !writeSummaryFile(Options.SummariesOut, *Merged, Error))
    return usageError(llvm::createStringError(std::errc::invalid_argument, "%s", Error.c_str()));
  if (!Options.Quiet)
    llvm::errs() << "merged " << Options.Inputs.size()
                 << " summary files: " << Merged->Functions.size() << " functions\n";
  return ExitClean;
}

/// The program: its version, and the build of it (a rebuilt async-tidy may
/// analyse differently).
std::string programBuild(const std::string &Executable) {
  llvm::sys::fs::file_status Status;
  llvm::sys::fs::status(Executable, Status);
  return versionString() + "; build " +
         std::to_string(Status.getLastModificationTime().time_since_epoch().count()) + "-" +
         std::to_string(Status.getSize());
}

/// The program, the per-directory configuration fingerprints and the
/// project's units.
SummaryInputs summaryInputs(const std::string &Executable, const RunInputs &Run) {
  clang::tidy::ClangTidyOptionsProvider &Config = *Run.Config;
  SummaryInputs Inputs;
  Inputs.Producer = programBuild(Executable);
  Inputs.ProjectUnits = Run.ProjectUnits;
  auto ByDirectory = std::make_shared<std::map<std::string, std::string>>();
  Inputs.ConfigurationOf = [&Config, ByDirectory](const std::string &File) {
    std::string Directory = llvm::sys::path::parent_path(File).str();
    auto [It, Inserted] = ByDirectory->try_emplace(Directory);
    if (Inserted)
      It->second = configurationFingerprint(Config, File);
    return It->second;
  };
  return Inputs;
}

/// The summary pass, written to --summaries-out or into `Scratch`; the
/// path of the file, or none when it could not be written.
std::optional<std::string> summarize(const DriverOptions &Options, const std::string &Executable,
                                     RunInputs &Inputs, const std::string &Scratch,
                                     bool &UnitsFailed) {
  WorkerPool Pool(Executable, Options, Scratch);
  auto Start = std::chrono::steady_clock::now();
  SummaryPassResult Pass = runSummaryPass(Pool, Inputs.AllFiles, Options.SummariesOut,
                                          summaryInputs(Executable, Inputs));
  std::string Path =
      Options.SummariesOut.empty() ? Scratch + "/summaries.json" : Options.SummariesOut;
  std::string Error;
  if (!writeSummaryFile(Path, Pass.Set, Error)) {
    llvm::WithColor::error(llvm::errs(), "async-tidy") << Error << "\n";
    return std::nullopt;
  }
  UnitsFailed = !Pass.FailedUnits.empty();
  if (!Options.Quiet) {
    double Wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - Start).count();
    llvm::errs() << llvm::format("summary pass: %u translation units summarized, %u unchanged "
                                 "and reused, %zu functions; %.1f s (%.1f s CPU)\n",
                                 Pass.Summarized, Pass.Reused, Pass.Set.Functions.size(), Wall,
                                 Pass.CpuSeconds);
    for (const std::string &Failed : Pass.FailedUnits)
      llvm::WithColor::warning(llvm::errs(), "async-tidy")
          << "no summaries from " << Failed << ": it does not compile\n";
  }
  return Path;
}

/// The units of every shard's JSON report, each once, and for each build
/// log (the compiler plugin's output) one unit of its findings; an error
/// when a shard is missing, repeated or of another count, or a unit is in
/// two.
llvm::Expected<std::vector<TranslationUnitResult>>
readShardReports(const std::vector<std::string> &Paths) {
  auto Fail = [](const std::string &Why) {
    return llvm::createStringError(std::errc::invalid_argument, "%s", Why.c_str());
  };
  std::vector<TranslationUnitResult> Units;
  std::set<std::string> Seen;
  std::set<unsigned> Shards;
  unsigned Count = 0;
  std::string Assignment;
  SourceFiles Sources;
  for (const std::string &Path : Paths) {
    auto Buffer = llvm::MemoryBuffer::getFile(Path);
    if (!Buffer)
      return Fail("cannot read '" + Path + "': " + Buffer.getError().message());
    auto Report = nlohmann::json::parse((*Buffer)->getBuffer().begin(),
                                        (*Buffer)->getBuffer().end(), nullptr, false);
    if (Report.is_discarded()) { // not JSON: a build log
      TranslationUnitResult Log;
      Log.File = canonicalFilePath(Path);
      Log.Ran = Log.Compiled = true;
      Log.Findings = findingsInCompilerOutput((*Buffer)->getBuffer(), Sources);
      for (Finding &F : Log.Findings)
        F.TranslationUnits = {Log.File};
      Units.push_back(std::move(Log));
      continue;
    }
    if (!Report.is_object() || !Report.contains("shard"))
      return Fail("'" + Path + "' is not the JSON report of a shard (--shard I/N --format=json)");
    try {
      const nlohmann::json &Shard = Report["shard"];
      unsigned Index = Shard.at("index").get<unsigned>();
      if (Count && Shard.at("count").get<unsigned>() != Count)
        return Fail("'" + Path + "' is a shard of another count");
      Count = Shard.at("count").get<unsigned>();
      // Shards that weighed the units differently (different caches) took
      // shares that may overlap or leave units out.
      std::string Theirs = Shard.value("assignment", "");
      if (!Assignment.empty() && Theirs != Assignment)
        return Fail("'" + Path +
                    "' took its share from another assignment than the other "
                    "shards (their --cache-dir held different times): run every shard with the "
                    "same cache contents, or with none");
      Assignment = Theirs;
      if (!Shards.insert(Index).second)
        return Fail("shard " + std::to_string(Index) + " is given twice");
      for (const nlohmann::json &Unit : Shard.at("translationUnitResults")) {
        Units.push_back(translationUnitResultFromJson(Unit));
        if (!Seen.insert(Units.back().File).second)
          return Fail(Units.back().File + " is in two shards");
      }
    } catch (const nlohmann::json::exception &E) {
      return Fail("'" + Path + "': " + E.what());
    }
  }
  if (Count && Shards.size() != Count)
    return Fail("only " + std::to_string(Shards.size()) + " of the " + std::to_string(Count) +
                " shards are given");
  return Units;
}

/// `async-tidy merge`: one report, as one run over every unit would have
/// written it, from the shards' JSON reports.
int mergeShardReports(const DriverOptions &Options, const std::string &Executable) {
  auto Start = std::chrono::steady_clock::now();
  auto Units = readShardReports(Options.Inputs);
  if (!Units)
    return usageError(Units.takeError());
  auto Config = createOptionsProvider(Options);
  if (!Config)
    return usageError(Config.takeError());
  auto Exclude = ExcludeFilter::create(Options.ExcludeGlobs);
  if (!Exclude)
    return usageError(Exclude.takeError());
  auto Scratch = scratchDirectory();
  if (!Scratch)
    return usageError(Scratch.takeError());
  auto Known = readKnownFindings(Options);
  if (!Known)
    return usageError(Known.takeError());
  auto Outputs = openOutputs(Options);
  if (!Outputs)
    return usageError(Outputs.takeError());
  DriverRun Run(Options, Executable, **Config, std::move(*Exclude), *Scratch);
  Run.combine(std::move(*Units));
  keepNewFindings(Run, *Outputs, *Known); // as a run does
  llvm::sys::fs::remove(*Scratch);
  return reportAndExit(Options, Run, *Outputs, Start);
}

/// Each selected unit's cache key: everything its result depends on that
/// is known before it is analysed (ResultCache.h). The files it reads are
/// checked against the entry.
std::map<std::string, std::string> cacheKeys(const DriverOptions &Options,
                                             const std::string &Executable, RunInputs &Inputs) {
  std::string RunKey = "async-tidy result cache\n" + programBuild(Executable) + "\n";
  for (const std::string &Argument : Options.configurationArguments())
    if (!llvm::StringRef(Argument).starts_with("--use-summaries=")) // a scratch path
      RunKey += Argument + '\0';
  if (!Options.SummaryFile.empty()) {
    auto Summaries = llvm::MemoryBuffer::getFile(Options.SummaryFile);
    RunKey += "\nsummaries " + (Summaries ? fingerprintOf((*Summaries)->getBuffer().str()) : "");
  }
  std::map<std::string, std::string> ByDirectory, Keys;
  for (const std::string &File : Inputs.Files) {
    auto [It, Inserted] = ByDirectory.try_emplace(llvm::sys::path::parent_path(File).str());
    if (Inserted)
      It->second = configurationFingerprint(*Inputs.Config, File) + "\n" +
                   clang::tidy::configurationAsText(Inputs.Config->getOptions(File));
    // A precompiled header or module is read without being entered, so an
    // entry could not see it change: such units are never cached.
    const std::string &Command = Inputs.Commands[File];
    bool ReadsUnseen = false;
    for (const char *Unseen : {"-include-pch", "-fmodule-file", "-fmodules", ".pcm"})
      ReadsUnseen |= Command.find(Unseen) != std::string::npos;
    if (!ReadsUnseen)
      Keys[File] = RunKey + "\n" + File + "\n" + It->second + "\n" + Command;
  }
  return Keys;
}

} // namespace

int runDriver(const DriverOptions &Given, const std::string &Executable) {
  if (Given.MergeSummaries)
    return mergeSummaryShards(Given);
  if (Given.MergeShards)
    return mergeShardReports(Given, Executable);
  auto Start = std::chrono::steady_clock::now();
  auto Inputs = readInputs(Given);
  if (!Inputs)
    return usageError(Inputs.takeError());
  auto Scratch = scratchDirectory();
  if (!Scratch)
    return usageError(Scratch.takeError());

  DriverOptions Options = Given;
  std::string ScratchSummaries;
  if (Options.CrossTu || !Options.SummariesOut.empty()) {
    bool UnitsFailed = false;
    std::optional<std::string> Path =
        summarize(Options, Executable, *Inputs, *Scratch, UnitsFailed);
    if (!Path)
      return ExitUsage;
    if (!Options.CrossTu) { // --summaries-out alone: the pass is the run
      llvm::sys::fs::remove(*Scratch);
      return UnitsFailed ? ExitCompileFailure : ExitClean;
    }
    Options.SummaryFile = *Path;
    if (Options.SummariesOut.empty())
      ScratchSummaries = *Path;
  }
  auto Outputs = openOutputs(Options);
  if (!Outputs)
    return usageError(Outputs.takeError());

  std::optional<ResultCache> Cache;
  if (!Options.CacheDirectory.empty()) {
    auto Opened = ResultCache::open(Options.CacheDirectory, Options.CacheMaxBytes);
    if (!Opened)
      return usageError(Opened.takeError());
    Cache.emplace(std::move(*Opened));
  }
  DriverRun Run(Options, Executable, *Inputs->Config, std::move(Inputs->Exclude), *Scratch);
  if (Cache)
    Run.useCache(*Cache, cacheKeys(Options, Executable, *Inputs));
  Run.setShardAssignment(Inputs->ShardAssignment);
  Run.analyse(Inputs->Files);
  if (Cache) {
    std::map<std::string, double> Analysed; // replayed units report 0
    for (const auto &[Unit, Seconds] : Run.results().UnitCpuSeconds)
      if (Seconds > 0)
        Analysed[Unit] = Seconds;
    Cache->recordSeconds(Analysed);
    Cache->evict();
  }
  keepNewFindings(Run, *Outputs, Inputs->Known);
  if (Options.Fix) // --fix-notes implies it
    Run.applyFixes();
  if (!ScratchSummaries.empty())
    llvm::sys::fs::remove(ScratchSummaries);
  llvm::sys::fs::remove(*Scratch);
  return reportAndExit(Options, Run, *Outputs, Start);
}

} // namespace async_tidy::driver
