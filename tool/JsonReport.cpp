//===--- JsonReport.cpp - The JSON report (schemaVersion 1) ----------------===//
//
// The schema is documented in docs/tool.md; change it only by raising
// schemaVersion. Findings are sorted, so the same code gives the same file
// whatever the number of jobs.
//
//===----------------------------------------------------------------------===//

#include "Reports.h"

#include <nlohmann/json.hpp>

namespace async_tidy::driver {

using nlohmann::json;

static json location(SourceFiles &Sources, const std::string &File, unsigned Offset) {
  if (File.empty())
    return nullptr;
  SourceFiles::Position P = Sources.position(File, Offset);
  return {{"file", displayPath(File)}, {"line", P.Line}, {"column", P.Column}, {"offset", Offset}};
}

static json editsJson(SourceFiles &Sources, const std::vector<TextEdit> &Edits) {
  json Out = json::array();
  for (const TextEdit &E : Edits) {
    json Edit = location(Sources, E.File, E.Offset);
    Edit["length"] = E.Length;
    Edit["replacement"] = E.Replacement;
    Out.push_back(std::move(Edit));
  }
  return Out;
}

static json findingJson(const RunResults &Results, size_t I, SourceFiles &Sources) {
  const Finding &F = Results.Findings[I];
  json Notes = json::array();
  for (const FindingNote &N : F.Notes)
    Notes.push_back({{"message", N.Message}, {"location", location(Sources, N.File, N.Offset)}});
  json Fix = nullptr;
  if (const std::vector<TextEdit> *Edits = F.chosenFix(/*FixNotes=*/true))
    Fix = {{"safety", F.fixIsOnNote() ? "unsafe" : "safe"},
           {"status", outcomeName(Results.Outcomes[I])},
           {"edits", editsJson(Sources, *Edits)}};
  std::vector<std::string> Units;
  for (const std::string &U : F.TranslationUnits)
    Units.push_back(displayPath(U));
  return {{"check", F.Check},
          {"level", levelName(F.Level)},
          {"warningAsError", F.WarningAsError},
          {"message", F.Message},
          {"location", location(Sources, F.File, F.Offset)},
          {"notes", std::move(Notes)},
          {"fix", std::move(Fix)},
          {"left", Results.isLeft(I)},
          {"translationUnits", std::move(Units)}};
}

static json failedUnitsJson(const RunResults &Results, SourceFiles &Sources) {
  json Failed = json::array();
  for (const FailedTranslationUnit &Unit : Results.FailedUnits) {
    json Errors = json::array();
    for (const Finding &E : Unit.Errors)
      Errors.push_back({{"message", E.Message}, {"location", location(Sources, E.File, E.Offset)}});
    Failed.push_back({{"file", displayPath(Unit.File)}, {"errors", std::move(Errors)}});
  }
  return Failed;
}

static json pathsJson(const std::set<std::string> &Files) {
  json Out = json::array();
  for (const std::string &F : Files)
    Out.push_back(displayPath(F));
  return Out;
}

static json fixesJson(const RunResults &Results) {
  json Problems = json::array();
  for (const FixProblem &P : Results.FixProblems)
    Problems.push_back({{"file", displayPath(P.File)}, {"message", P.Message}});
  auto Count = [&](FixOutcome O) {
    return std::count(Results.Outcomes.begin(), Results.Outcomes.end(), O);
  };
  return {{"requested", Results.Fixing},
          {"applied", Count(FixOutcome::Applied)},
          {"skippedConflict", Count(FixOutcome::SkippedConflict)},
          {"skippedUnwritable", Count(FixOutcome::SkippedUnwritable)},
          {"skippedNotCompiling", Count(FixOutcome::SkippedBrokenUnit)},
          {"rolledBack", Count(FixOutcome::RolledBack)},
          {"notApplied", Count(FixOutcome::NotRequested)},
          {"changedFiles", pathsJson(Results.ChangedFiles)},
          {"rolledBackFiles", pathsJson(Results.RolledBackFiles)},
          {"problems", std::move(Problems)}};
}

static json summaryJson(const RunResults &Results) {
  std::map<std::string, std::pair<unsigned, unsigned>> ByCheck;
  for (size_t I = 0; I < Results.Findings.size(); ++I) {
    auto &[Count, Left] = ByCheck[Results.Findings[I].Check];
    ++Count;
    Left += Results.isLeft(I);
  }
  json Checks = json::object();
  for (const auto &[Check, Counts] : ByCheck)
    Checks[Check] = {{"findings", Counts.first}, {"left", Counts.second}};
  json Skipped = json::array();
  for (const auto &[Reason, Count] : Results.skippedByReason())
    Skipped.push_back({{"reason", Reason},
                       {"findings", Count.Count},
                       {"byCheck", Count.ByCheck},
                       {"details", Count.Details}});
  json UnitCpu = json::object();
  for (const auto &[File, Seconds] : Results.UnitCpuSeconds)
    UnitCpu[displayPath(File)] = Seconds;
  return {{"translationUnits", Results.TranslationUnits},
          {"translationUnitsFromCache", Results.CacheReused},
          {"failedTranslationUnits", Results.FailedUnits.size()},
          {"findings", Results.Findings.size()},
          {"findingsLeft", Results.findingsLeft()},
          {"byCheck", std::move(Checks)},
          {"notReported", std::move(Skipped)},
          {"jobs", Results.Jobs},
          {"wallSeconds", Results.WallSeconds},
          {"cpuSeconds", Results.CpuSeconds},
          {"translationUnitCpuSeconds", std::move(UnitCpu)}};
}

void writeJsonReport(const RunResults &Results, SourceFiles &Sources, llvm::raw_ostream &OS) {
  json Findings = json::array();
  for (size_t I = 0; I < Results.Findings.size(); ++I)
    Findings.push_back(findingJson(Results, I, Sources));
  json Report = {{"schemaVersion", 1},
                 {"tool", {{"name", "async-tidy"}, {"version", versionString()}}},
                 {"findings", std::move(Findings)},
                 {"failedTranslationUnits", failedUnitsJson(Results, Sources)},
                 {"fixes", fixesJson(Results)},
                 {"summary", summaryJson(Results)}};
  if (Results.ShardCount) {
    json Units = json::array();
    for (const TranslationUnitResult &Unit : Results.ShardUnits)
      Units.push_back(toJson(Unit));
    Report["shard"] = {{"index", Results.ShardIndex},
                       {"count", Results.ShardCount},
                       {"assignment", Results.ShardAssignment},
                       {"translationUnitResults", std::move(Units)}};
  }
  OS << Report.dump(2) << "\n";
}

} // namespace async_tidy::driver
