//===--- DriverRun.cpp - One run: analyse, merge, fix, verify --------------===//

#include "DriverRun.h"
#include "FindingIdentity.h"

#include "llvm/Support/Process.h"

namespace async_tidy::driver {

DriverRun::DriverRun(const DriverOptions &Options, const std::string &Executable,
                     clang::tidy::ClangTidyOptionsProvider &Config, ExcludeFilter Exclude,
                     std::string Scratch)
    : Options(Options), Config(Config), Exclude(std::move(Exclude)),
      Pool(Executable, Options, Scratch),
      Progress(Options.Progress == WhenToUse::Always ||
                   (!Options.Quiet &&
                    isWanted(Options.Progress, llvm::sys::Process::StandardErrIsDisplayed())),
               llvm::errs()) {}

//===--- Analysis ---------------------------------------------------------===//

bool DriverRun::isReported(const Finding &F) const {
  return !F.isCompilerError() && !F.isConfigurationError() &&
         !(!F.File.empty() && Exclude.excludes(F.File));
}

void DriverRun::analyse(const std::vector<std::string> &Files) {
  mergeAll(analyseInWorkers(Files));
}

void DriverRun::combine(std::vector<TranslationUnitResult> Units) {
  std::sort(Units.begin(), Units.end(),
            [](const auto &A, const auto &B) { return A.File < B.File; });
  mergeAll(std::move(Units));
}

void DriverRun::mergeAll(std::vector<TranslationUnitResult> Units) {
  Results.TranslationUnits = Units.size();
  Results.Jobs = Options.Jobs;
  Results.FixNotes = Options.FixNotes;
  if (Options.ShardCount) {
    Results.ShardIndex = Options.ShardIndex;
    Results.ShardCount = Options.ShardCount;
    Results.ShardAssignment = ShardAssignment;
    Results.ShardUnits = Units;
  }
  // Results are merged in file order once all are in, so which unit's copy
  // of a header finding is kept does not depend on which finished first.
  for (TranslationUnitResult &Unit : Units)
    merge(std::move(Unit));
  sortFindings();
  assignFingerprints(Results.Findings, Sources);

  Results.Outcomes.assign(Results.Findings.size(), FixOutcome::NoFix);
  for (size_t I = 0; I < Results.Findings.size(); ++I)
    if (Results.Findings[I].chosenFix(/*FixNotes=*/true))
      Results.Outcomes[I] = FixOutcome::NotRequested;
  readReportedFiles();
}

void DriverRun::leaveOut(const KnownFindings &Known) {
  std::string NotChanged = "on lines not changed since " + Known.Revision + " (--diff)";
  std::vector<Finding> Kept;
  std::vector<FixOutcome> KeptOutcomes;
  for (size_t I = 0; I < Results.Findings.size(); ++I) {
    Finding &F = Results.Findings[I];
    const std::string *Reason = nullptr;
    static const std::string InBaseline = "in the baseline (--baseline)";
    if (Known.Baseline && Known.Baseline->count(F.Fingerprint))
      Reason = &InBaseline;
    else if (Known.Changed && !F.File.empty() &&
             !Known.Changed->contains(F.File, Sources.position(F.File, F.Offset).Line))
      Reason = &NotChanged;
    if (Reason) {
      Results.Skipped.insert(SkippedFinding{F.Check, *Reason, "", F.File, F.Offset});
      continue;
    }
    Kept.push_back(std::move(F));
    KeptOutcomes.push_back(Results.Outcomes[I]);
  }
  Results.Findings = std::move(Kept);
  Results.Outcomes = std::move(KeptOutcomes);
}

void DriverRun::setShardAssignment(std::string Digest) { ShardAssignment = std::move(Digest); }

void DriverRun::useCache(ResultCache &Cache, std::map<std::string, std::string> Keys) {
  this->Cache = &Cache;
  CacheKeys = std::move(Keys);
  Results.CacheUsed = true;
}

std::vector<TranslationUnitResult>
DriverRun::analyseInWorkers(const std::vector<std::string> &Files) {
  std::vector<TranslationUnitResult> Finished;
  std::vector<std::string> ToAnalyse;
  for (const std::string &File : Files) {
    std::optional<TranslationUnitResult> Cached;
    if (Cache && !CacheKeys[File].empty())
      Cached = Cache->lookup(CacheKeys[File]);
    if (!Cached) {
      ToAnalyse.push_back(File);
      continue;
    }
    Cached->CpuSeconds = 0; // not spent by this run
    Finished.push_back(std::move(*Cached));
    ++Results.CacheReused;
  }

  Progress.start("analysing", ToAnalyse.size());
  unsigned Done = 0;
  std::set<Finding::Key> Seen; // for the progress line's count
  Pool.run(
      WorkerTask::Analyse, ToAnalyse,
      [&](TranslationUnitResult Unit) {
        if (Cache && !CacheKeys[Unit.File].empty())
          Cache->store(CacheKeys[Unit.File], Unit);
        for (const Finding &F : Unit.Findings)
          if (isReported(F))
            Seen.insert(F.key());
        Finished.push_back(std::move(Unit));
        Progress.update(++Done, Seen.size());
      },
      [&] { Progress.tick(); });
  Progress.clear();
  std::sort(Finished.begin(), Finished.end(),
            [](const auto &A, const auto &B) { return A.File < B.File; });
  return Finished;
}

void DriverRun::merge(TranslationUnitResult Unit) {
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
      if (!llvm::is_contained(Results.ConfigurationErrors, F.Message))
        Results.ConfigurationErrors.push_back(F.Message);
      continue;
    }
    if (!isReported(F))
      continue;
    F.OnlyFromBrokenUnits = !Unit.Compiled;
    auto [It, New] = FindingIndex.try_emplace(F.key(), Results.Findings.size());
    if (New) {
      Results.Findings.push_back(std::move(F));
      continue;
    }
    Finding &Seen = Results.Findings[It->second];
    // A build log (`async-tidy merge`) holds a header's finding once per
    // unit that included it.
    if (Seen.TranslationUnits.back() != Unit.File)
      Seen.TranslationUnits.push_back(Unit.File);
    Seen.FixesDisagree |= !Seen.sameFixesAs(F);
    Seen.OnlyFromBrokenUnits &= !Unit.Compiled;
  }
  for (SkippedFinding &S : Unit.Skipped)
    if (!Exclude.excludes(S.File))
      Results.Skipped.insert(std::move(S));
  Unit.Skipped.clear();
  if (!Unit.Compiled)
    Results.FailedUnits.push_back(std::move(Failure));
  Unit.Findings.clear();
  Units[Unit.File] = std::move(Unit);
}

/// One order whatever the order the workers finished in.
void DriverRun::sortFindings() {
  auto Position = [](const Finding &F) { return std::tie(F.File, F.Offset, F.Check, F.Message); };
  std::sort(Results.Findings.begin(), Results.Findings.end(),
            [&](const Finding &A, const Finding &B) { return Position(A) < Position(B); });
  for (Finding &F : Results.Findings)
    std::sort(F.TranslationUnits.begin(), F.TranslationUnits.end());
  FindingIndex.clear(); // positions changed; merging is over (keys are unique)
  std::sort(Results.FailedUnits.begin(), Results.FailedUnits.end(),
            [](const auto &A, const auto &B) { return A.File < B.File; });
}

/// Positions are reported against the code as analysed.
void DriverRun::readReportedFiles() {
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

//===--- Fixes ------------------------------------------------------------===//

void DriverRun::applyFixes() {
  Results.Fixing = true;
  Results.FixNotes = Options.FixNotes;
  FixSession Session(Results.Findings, Options.FixNotes, [this](const std::string &File) {
    clang::tidy::ClangTidyOptions Opts = Config.getOptions(File);
    return Opts.FormatStyle.value_or("none");
  });
  Session.IsExcluded = [this](const std::string &File) { return Exclude.excludes(File); };
  Session.AnalysedText = [this](const std::string &File) { return &Sources.text(File); };
  Session.apply();
  if (Options.Verify)
    verify(Session);
  for (size_t I = 0; I < Results.Findings.size(); ++I)
    Results.Outcomes[I] = Session.outcome(I);
  Results.ChangedFiles = Session.changedFiles();
  Results.FixProblems = Session.problems();
}

std::vector<std::string> DriverRun::unitsAffectedBy(const std::set<std::string> &Trigger,
                                                    const FixSession &Session) const {
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
}

std::map<std::string, std::vector<Finding>>
DriverRun::failingUnits(const std::vector<std::string> &Files) {
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
static std::string mostSuspectFile(const std::string &Unit, const std::vector<Finding> &Errors,
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

void DriverRun::verify(FixSession &Session) {
  std::vector<std::string> ToCompile = unitsAffectedBy(Session.changedFiles(), Session);
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
          mostSuspectFile(canonicalFilePath(Unit), Errors, Units[Unit].UserFiles, ChangedAtStart);
      if (Suspect.empty() || Restored.count(Suspect) || !Session.changedFiles().count(Suspect))
        continue;
      std::set<std::string> Now = Session.rollBack({Suspect}, Why);
      Restored.insert(Now.begin(), Now.end());
    }
    Results.RolledBackFiles.insert(Restored.begin(), Restored.end());
    ToCompile = unitsAffectedBy(Restored, Session);
  }
}

std::vector<bool> DriverRun::exportedFixes() {
  std::vector<bool> Exported(Results.Findings.size());
  if (Results.Fixing) {
    for (size_t I = 0; I < Exported.size(); ++I)
      Exported[I] = Results.Outcomes[I] == FixOutcome::Applied;
    return Exported;
  }
  FixSession Plan(Results.Findings, Options.FixNotes, [](const std::string &) { return "none"; });
  Plan.IsExcluded = [this](const std::string &File) { return Exclude.excludes(File); };
  Plan.plan();
  for (size_t I = 0; I < Exported.size(); ++I)
    Exported[I] = Plan.outcome(I) == FixOutcome::Applied;
  return Exported;
}

} // namespace async_tidy::driver
