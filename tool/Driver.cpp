//===--- Driver.cpp - Analyse, merge, fix, verify, report ------------------===//

#include "Driver.h"

#include "ClangTidyConfiguration.h"
#include "CompilationInputs.h"
#include "FixApplication.h"
#include "ProgressLine.h"
#include "Reports.h"
#include "WorkerPool.h"

#include "clang-tidy/ClangTidy.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"

#include <chrono>
#include <map>
#include <set>

namespace async_tidy::driver {

namespace {

int usageError(llvm::Error Err) {
  llvm::WithColor::error(llvm::errs(), "async-tidy") << llvm::toString(std::move(Err))
                                                     << "\n";
  return ExitUsage;
}

bool wants(WhenToUse When, bool IsTerminal) {
  return When == WhenToUse::Always || (When == WhenToUse::Auto && IsTerminal);
}

/// The state of the run between phases.
class Run {
public:
  Run(const DriverOptions &Options, const std::string &Executable,
      clang::tidy::ClangTidyOptionsProvider &Config, ExcludeFilter Exclude,
      std::string Scratch)
      : Options(Options), Config(Config), Exclude(std::move(Exclude)),
        Pool(Executable, Options, Scratch),
        Progress(Options.Progress == WhenToUse::Always ||
                     (!Options.Quiet &&
                      wants(Options.Progress, llvm::sys::Process::StandardErrIsDisplayed())),
                 llvm::errs()) {}

  void analyse(const std::vector<std::string> &Units);
  void applyFixes();
  RunResults &results() { return Results; }
  /// Which findings' fixes --export-fixes writes: those --fix applied and
  /// kept, or without --fix those it would apply.
  std::vector<bool> exportedFixes();
  SourceFiles &sources() { return Sources; }

private:
  void merge(TranslationUnitResult Unit);
  /// Compiles `Units`; the compiler errors of those that fail.
  std::map<std::string, std::vector<Finding>>
  failingUnits(const std::vector<std::string> &Units);

  const DriverOptions &Options;
  clang::tidy::ClangTidyOptionsProvider &Config;
  ExcludeFilter Exclude;
  WorkerPool Pool;
  ProgressLine Progress;
  RunResults Results;
  SourceFiles Sources;
  std::map<std::string, TranslationUnitResult> Units; // by main file
  std::map<std::tuple<std::string, std::string, unsigned, std::string>, size_t>
      FindingIndex;
};

void Run::merge(TranslationUnitResult Unit) {
  Results.CpuSeconds += Unit.CpuSeconds;
  Results.UnitCpuSeconds[Unit.File] = Unit.CpuSeconds;
  if (!Unit.WorkerLog.empty())
    Results.WorkerLogs.push_back({Unit.File, Unit.WorkerLog});
  FailedTranslationUnit Failure{Unit.File, {}};
  for (Finding &F : Unit.Findings) {
    if (F.isCompilerError()) {
      Failure.Errors.push_back(std::move(F));
      continue;
    }
    if (F.isConfigurationError()) {
      // A .clang-tidy or check option clang-tidy could not use: the user's
      // configuration to correct (exit code 2), said once.
      if (std::find(Results.ConfigurationErrors.begin(),
                    Results.ConfigurationErrors.end(),
                    F.Message) == Results.ConfigurationErrors.end())
        Results.ConfigurationErrors.push_back(F.Message);
      continue;
    }
    if (!F.File.empty() && Exclude.excludes(F.File))
      continue;
    F.OnlyFromBrokenUnits = !Unit.Compiled;
    auto Key = std::make_tuple(F.Check, F.File, F.Offset, F.Message);
    auto [It, New] = FindingIndex.try_emplace(Key, Results.Findings.size());
    if (New) {
      Results.Findings.push_back(std::move(F));
      continue;
    }
    Finding &Seen = Results.Findings[It->second];
    Seen.TranslationUnits.push_back(Unit.File);
    Seen.FixesDisagree |= !Seen.sameFixesAs(F);
    Seen.OnlyFromBrokenUnits &= !Unit.Compiled;
  }
  if (!Unit.Compiled)
    Results.FailedUnits.push_back(std::move(Failure));
  Unit.Findings.clear();
  Units[Unit.File] = std::move(Unit);
}

void Run::analyse(const std::vector<std::string> &Files) {
  Results.TranslationUnits = Files.size();
  Results.Jobs = Options.Jobs;
  Results.FixNotes = Options.FixNotes;
  Progress.start("analysing", Files.size());
  unsigned Done = 0;
  // Results are merged in file order once all are in, so which unit's copy
  // of a header finding is kept does not depend on which finished first.
  std::vector<TranslationUnitResult> Finished;
  std::set<std::tuple<std::string, std::string, unsigned, std::string>> Seen;
  Pool.run(
      WorkerTask::Analyse, Files,
      [&](TranslationUnitResult Unit) {
        for (const Finding &F : Unit.Findings)
          if (!F.isCompilerError() && !F.isConfigurationError() &&
              !(!F.File.empty() && Exclude.excludes(F.File)))
            Seen.insert(F.identity());
        Finished.push_back(std::move(Unit));
        Progress.update(++Done, Seen.size());
      },
      [&] { Progress.tick(); });
  Progress.clear();
  std::sort(Finished.begin(), Finished.end(),
            [](const auto &A, const auto &B) { return A.File < B.File; });
  for (TranslationUnitResult &Unit : Finished)
    merge(std::move(Unit));

  // One order whatever the order the workers finished in.
  std::vector<size_t> Order(Results.Findings.size());
  for (size_t I = 0; I < Order.size(); ++I)
    Order[I] = I;
  auto Position = [&](const Finding &F) {
    return std::tie(F.File, F.Offset, F.Check, F.Message);
  };
  std::sort(Order.begin(), Order.end(), [&](size_t A, size_t B) {
    return Position(Results.Findings[A]) < Position(Results.Findings[B]);
  });
  std::vector<Finding> Sorted;
  for (size_t I : Order) {
    Sorted.push_back(std::move(Results.Findings[I]));
    std::sort(Sorted.back().TranslationUnits.begin(),
              Sorted.back().TranslationUnits.end());
  }
  Results.Findings = std::move(Sorted);
  std::sort(Results.FailedUnits.begin(), Results.FailedUnits.end(),
            [](const auto &A, const auto &B) { return A.File < B.File; });

  Results.Outcomes.assign(Results.Findings.size(), FixOutcome::NoFix);
  for (size_t I = 0; I < Results.Findings.size(); ++I)
    if (Results.Findings[I].chosenFix(/*FixNotes=*/true))
      Results.Outcomes[I] = FixOutcome::NotRequested;

  // Positions are reported against the code as analysed: read every file a
  // report mentions before fixes change them.
  for (const Finding &F : Results.Findings) {
    Sources.text(F.File);
    for (const FindingNote &N : F.Notes)
      Sources.text(N.File);
    if (const std::vector<TextEdit> *Fix = F.chosenFix(true))
      for (const TextEdit &E : *Fix)
        Sources.text(E.File);
  }
  for (const FailedTranslationUnit &U : Results.FailedUnits)
    for (const Finding &E : U.Errors)
      Sources.text(E.File);
}

std::map<std::string, std::vector<Finding>>
Run::failingUnits(const std::vector<std::string> &Files) {
  std::map<std::string, std::vector<Finding>> Failing;
  Progress.start("verifying", Files.size());
  unsigned Done = 0;
  Pool.run(
      WorkerTask::Compile, Files,
      [&](TranslationUnitResult Unit) {
        if (!Unit.Compiled)
          for (Finding &E : Unit.Findings)
            if (E.isCompilerError())
              Failing[Unit.File].push_back(std::move(E));
        Progress.update(++Done, Results.Findings.size());
      },
      [&] { Progress.tick(); });
  Progress.clear();
  return Failing;
}

/// The changed file to restore first when `Unit` no longer compiles: one
/// holding a compiler error, else the main file, else any it reads. Only
/// one per round, so a correct header fix is not undone because a source
/// file's fix broke the same translation unit.
static std::string mostSuspectFile(const std::string &Unit,
                                   const std::vector<Finding> &Errors,
                                   const std::vector<std::string> &Reads,
                                   const std::set<std::string> &Changed) {
  for (const Finding &E : Errors)
    if (Changed.count(E.File))
      return E.File;
  if (Changed.count(Unit))
    return Unit;
  for (const std::string &Read : Reads)
    if (Changed.count(Read))
      return Read;
  return "";
}

void Run::applyFixes() {
  Results.Fixing = true;
  Results.FixNotes = Options.FixNotes;
  FixSession Session(
      Results.Findings, Options.FixNotes, [this](const std::string &File) {
        clang::tidy::ClangTidyOptions Opts = Config.getOptions(File);
        return Opts.FormatStyle.value_or("none");
      });
  Session.IsExcluded = [this](const std::string &File) { return Exclude.excludes(File); };
  Session.AnalysedText = [this](const std::string &File) { return &Sources.text(File); };
  Session.apply();

  if (Options.Verify) {
    // Units to re-compile: those that compiled before and read a file that
    // is now changed. After a rollback, those that read a restored file and
    // still read a changed one (a mix the analysis never saw).
    auto Affected = [&](const std::set<std::string> &Trigger) {
      std::set<std::string> Changed = Session.changedFiles();
      std::vector<std::string> Out;
      for (const auto &[File, Unit] : Units) {
        if (!Unit.Compiled)
          continue;
        bool ReadsTrigger = false, ReadsChanged = false;
        for (const std::string &Read : Unit.UserFiles) {
          ReadsTrigger |= Trigger.count(Read) > 0;
          ReadsChanged |= Changed.count(Read) > 0;
        }
        if (ReadsTrigger && ReadsChanged)
          Out.push_back(File);
      }
      return Out;
    };
    std::vector<std::string> ToCompile = Affected(Session.changedFiles());
    while (!ToCompile.empty()) {
      std::map<std::string, std::vector<Finding>> Failing = failingUnits(ToCompile);
      // Suspects are chosen against the files changed when the round began:
      // a unit whose suspect another unit's rollback restored this round is
      // compiled again next round rather than blamed on its other files.
      const std::set<std::string> ChangedAtStart = Session.changedFiles();
      std::set<std::string> Restored;
      for (const auto &[Unit, Errors] : Failing) {
        std::string FirstError = Errors.empty() ? "" : Errors.front().Message;
        std::string Why = "translation unit " + displayPath(Unit) +
                          " no longer compiles with them (" + FirstError + ")";
        std::string Suspect =
            mostSuspectFile(canonicalFilePath(Unit), Errors, Units[Unit].UserFiles,
                            ChangedAtStart);
        if (Suspect.empty() || Restored.count(Suspect) ||
            !Session.changedFiles().count(Suspect))
          continue;
        std::set<std::string> Now = Session.rollBack({Suspect}, Why);
        Restored.insert(Now.begin(), Now.end());
      }
      Results.RolledBackFiles.insert(Restored.begin(), Restored.end());
      ToCompile = Affected(Restored);
    }
  }

  for (size_t I = 0; I < Results.Findings.size(); ++I)
    Results.Outcomes[I] = Session.outcome(I);
  Results.ChangedFiles = Session.changedFiles();
  Results.FixProblems = Session.problems();
}

std::vector<bool> Run::exportedFixes() {
  std::vector<bool> Exported(Results.Findings.size());
  if (Results.Fixing) {
    for (size_t I = 0; I < Exported.size(); ++I)
      Exported[I] = Results.Outcomes[I] == FixOutcome::Applied;
    return Exported;
  }
  FixSession Plan(Results.Findings, Options.FixNotes,
                  [](const std::string &) { return "none"; });
  Plan.IsExcluded = [this](const std::string &File) { return Exclude.excludes(File); };
  Plan.plan();
  for (size_t I = 0; I < Exported.size(); ++I)
    Exported[I] = Plan.outcome(I) == FixOutcome::Applied;
  return Exported;
}

/// The file at `Path`, opened for writing; null when no path is given.
llvm::Expected<std::unique_ptr<llvm::raw_fd_ostream>> openOutput(const std::string &Path) {
  if (Path.empty())
    return nullptr;
  std::error_code EC;
  auto Out = std::make_unique<llvm::raw_fd_ostream>(Path, EC);
  if (EC)
    return llvm::createStringError(EC, "cannot write '%s': %s", Path.c_str(),
                                   EC.message().c_str());
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

} // namespace

int runDriver(const DriverOptions &Options, const std::string &Executable) {
  auto Start = std::chrono::steady_clock::now();

  auto Config = createOptionsProvider(Options);
  if (!Config)
    return usageError(Config.takeError());
  auto Database = loadCompilationDatabase(Options);
  if (!Database)
    return usageError(Database.takeError());
  auto Exclude = ExcludeFilter::create(Options.ExcludeGlobs);
  if (!Exclude)
    return usageError(Exclude.takeError());
  auto Files = selectTranslationUnits(Options, **Database, *Exclude);
  if (!Files)
    return usageError(Files.takeError());
  if (Files->empty())
    return usageError(llvm::createStringError(
        std::errc::invalid_argument, "no translation units to analyse (the "
                                     "database is empty or everything is excluded)"));

  if (!anyCheckEnabled(**Config, *Files))
    return usageError(llvm::createStringError(
        std::errc::invalid_argument,
        "no checks enabled (check --checks and the .clang-tidy files; "
        "--list-checks shows what is enabled)"));
  auto Scratch = scratchDirectory();
  if (!Scratch)
    return usageError(Scratch.takeError());
  // Open the outputs before the work: a wrong path is a usage error, not
  // lost work (and nothing above may truncate an existing report).
  auto OutputFile = openOutput(Options.OutputFile);
  if (!OutputFile)
    return usageError(OutputFile.takeError());
  auto FixesFile = openOutput(Options.ExportFixes);
  if (!FixesFile)
    return usageError(FixesFile.takeError());

  Run TheRun(Options, Executable, **Config, std::move(*Exclude), *Scratch);
  TheRun.analyse(*Files);
  if (Options.Fix) // --fix-notes implies it
    TheRun.applyFixes();
  llvm::sys::fs::remove(*Scratch);

  RunResults &Results = TheRun.results();
  Results.WallSeconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - Start).count();

  llvm::raw_ostream &Out = *OutputFile ? **OutputFile : llvm::outs();
  bool OutIsTerminal = !*OutputFile && llvm::sys::Process::StandardOutIsDisplayed();
  switch (Options.Format) {
  case OutputFormat::Text:
    writeTextReport(Results, TheRun.sources(), wants(Options.Color, OutIsTerminal), Out);
    break;
  case OutputFormat::Json:
    writeJsonReport(Results, TheRun.sources(), Out);
    break;
  case OutputFormat::Sarif:
    writeSarifReport(Results, TheRun.sources(), Out);
    break;
  }
  Out.flush();
  if (*FixesFile)
    writeFixesYaml(Results, TheRun.exportedFixes(), **FixesFile);
  bool ErrorColor = wants(Options.Color, llvm::sys::Process::StandardErrIsDisplayed());
  writeWorkerMessages(Results, ErrorColor, llvm::errs());
  if (!Options.Quiet)
    writeSummary(Results, ErrorColor, llvm::errs());

  // A report that could not be written is lost work: not "findings left".
  std::error_code WriteError;
  for (llvm::raw_fd_ostream *Stream :
       {OutputFile->get(), FixesFile->get(), OutputFile->get() ? nullptr : &llvm::outs()}) {
    if (!Stream)
      continue;
    Stream->flush(); // "-" is stdout, which must not be closed
    if (Stream->has_error() && !WriteError)
      WriteError = Stream->error();
    Stream->clear_error();
  }
  if (WriteError)
    return usageError(llvm::createStringError(WriteError, "cannot write the report: %s",
                                              WriteError.message().c_str()));
  if (!Results.ConfigurationErrors.empty())
    return ExitUsage;
  if (!Results.FailedUnits.empty())
    return ExitCompileFailure;
  return Results.findingsLeft() > 0 ? ExitFindings : ExitClean;
}

} // namespace async_tidy::driver
