//===--- SarifReport.cpp - SARIF 2.1.0 --------------------------------------===//
//
// One run. Paths below the current directory are relative to the SRCROOT
// base (its absolute URI in originalUriBaseIds); others are file:// URIs.
// Columns count Unicode code points (columnKind "unicodeCodePoints").
// partialFingerprints are the findings' fingerprints (FindingIdentity.h):
// they stay the same when lines move.
//
//===----------------------------------------------------------------------===//

#include "CheckDocs.h"
#include "FindingIdentity.h"
#include "Reports.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <nlohmann/json.hpp>

#include <map>

namespace async_tidy::driver {

using nlohmann::json;

namespace {

std::string percentEncode(llvm::StringRef Path) {
  std::string Out;
  for (char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/").contains(C))
      Out += C;
    else
      Out += "%" + llvm::utohexstr(static_cast<unsigned char>(C), false, 2);
  }
  return Out;
}

json artifactLocation(const std::string &File) {
  std::string Shown = displayPath(File);
  if (!llvm::sys::path::is_absolute(Shown))
    return {{"uri", percentEncode(Shown)}, {"uriBaseId", "SRCROOT"}};
  return {{"uri", "file://" + percentEncode(Shown)}};
}

json region(SourceFiles &Sources, const std::string &File, unsigned Offset, unsigned Length) {
  SourceFiles::Position Start = Sources.position(File, Offset, true);
  SourceFiles::Position End = Sources.position(File, Offset + Length, true);
  return {{"startLine", Start.Line},
          {"startColumn", Start.Column},
          {"endLine", End.Line},
          {"endColumn", End.Column}};
}

/// clang reports a point; SARIF reads a region without an end column as
/// "to the end of the line", so the region is the one character there.
json physicalLocation(SourceFiles &Sources, const std::string &File, unsigned Offset) {
  json Region = region(Sources, File, Offset, 0);
  Region["endColumn"] = Region["startColumn"].get<unsigned>() + 1;
  return {{"artifactLocation", artifactLocation(File)}, {"region", Region}};
}

const char *sarifLevel(const Finding &F) {
  return F.Level == FindingLevel::Error    ? "error"
         : F.Level == FindingLevel::Remark ? "note"
                                           : "warning";
}

json rule(const std::string &Check) {
  json Rule = {{"id", Check}};
  llvm::StringRef Doc = checkDocumentation(Check);
  if (!Doc.empty()) {
    std::string Summary = checkSummary(Check);
    Rule["shortDescription"] = {{"text", Summary}};
    Rule["fullDescription"] = {{"text", Summary}};
    Rule["help"] = {{"text", Doc.str()}, {"markdown", Doc.str()}};
  } else {
    std::string Url = clangTidyDocumentationUrl(Check);
    Rule["shortDescription"] = {{"text", "clang-tidy check " + Check}};
    Rule["helpUri"] = Url;
    Rule["help"] = {{"text", "See " + Url}};
  }
  return Rule;
}

json fixJson(SourceFiles &Sources, const Finding &F, const std::vector<TextEdit> &Edits) {
  std::map<std::string, json> ByFile;
  for (const TextEdit &E : Edits) {
    json &Change = ByFile[E.File];
    if (Change.is_null())
      Change = {{"artifactLocation", artifactLocation(E.File)}, {"replacements", json::array()}};
    Change["replacements"].push_back(
        {{"deletedRegion", region(Sources, E.File, E.Offset, E.Length)},
         {"insertedContent", {{"text", E.Replacement}}}});
  }
  json Changes = json::array();
  for (auto &Entry : ByFile)
    Changes.push_back(std::move(Entry.second));
  std::string Description = F.fixIsOnNote()
                                ? "Unsafe fix (may change behaviour): " + F.Notes.front().Message
                                : "Fix: " + F.Message;
  for (const FindingNote &N : F.Notes)
    if (F.fixIsOnNote() && !N.Fix.empty())
      Description = "Unsafe fix (may change behaviour): " + N.Message;
  return {{"description", {{"text", Description}}}, {"artifactChanges", std::move(Changes)}};
}

/// One SARIF result for finding `I`.
json resultJson(const RunResults &Results, size_t I, SourceFiles &Sources,
                const std::map<std::string, unsigned> &RuleIndex) {
  const Finding &F = Results.Findings[I];
  json Result = {{"ruleId", F.Check},
                 {"ruleIndex", RuleIndex.at(F.Check)},
                 {"level", sarifLevel(F)},
                 {"message", {{"text", F.Message}}}};
  if (!F.File.empty())
    Result["locations"] =
        json::array({{{"physicalLocation", physicalLocation(Sources, F.File, F.Offset)}}});
  json Related = json::array();
  for (const FindingNote &N : F.Notes) {
    json Location = {{"id", Related.size()}, {"message", {{"text", N.Message}}}};
    if (!N.File.empty())
      Location["physicalLocation"] = physicalLocation(Sources, N.File, N.Offset);
    Related.push_back(std::move(Location));
  }
  if (!Related.empty())
    Result["relatedLocations"] = std::move(Related);
  // Only fixes this run did not try: applied ones are in the file already,
  // rolled-back and conflicting ones are known not to fit.
  if (const std::vector<TextEdit> *Edits = F.chosenFix(Results.FixNotes))
    if (Results.Outcomes[I] == FixOutcome::NotRequested)
      Result["fixes"] = json::array({fixJson(Sources, F, *Edits)});
  Result["partialFingerprints"] = {{FingerprintKind, F.Fingerprint}};
  Result["properties"] = {{"fixStatus", outcomeName(Results.Outcomes[I])}};
  return Result;
}

/// The invocation: successful unless a translation unit failed to compile,
/// whose errors become notifications.
json invocationJson(const RunResults &Results, SourceFiles &Sources) {
  json Notifications = json::array();
  for (const FailedTranslationUnit &Unit : Results.FailedUnits)
    for (const Finding &E : Unit.Errors) {
      const std::string &File = E.File.empty() ? Unit.File : E.File;
      Notifications.push_back(
          {{"level", "error"},
           {"message",
            {{"text",
              "translation unit " + displayPath(Unit.File) + " failed to compile: " + E.Message}}},
           {"locations",
            json::array({{{"physicalLocation",
                           physicalLocation(Sources, File, E.File.empty() ? 0 : E.Offset)}}})}});
    }
  json Invocation = {{"executionSuccessful", Results.FailedUnits.empty()}};
  if (!Notifications.empty())
    Invocation["toolExecutionNotifications"] = std::move(Notifications);
  return Invocation;
}

} // namespace

void writeSarifReport(const RunResults &Results, SourceFiles &Sources, llvm::raw_ostream &OS) {
  std::map<std::string, unsigned> RuleIndex;
  json Rules = json::array();
  for (const Finding &F : Results.Findings)
    if (RuleIndex.emplace(F.Check, Rules.size()).second)
      Rules.push_back(rule(F.Check));
  json SarifResults = json::array();
  for (size_t I = 0; I < Results.Findings.size(); ++I)
    SarifResults.push_back(resultJson(Results, I, Sources, RuleIndex));

  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  std::string Root = "file://" + percentEncode(Cwd.str()) + "/";
  json Log = {
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", json::array({{{"tool",
                              {{"driver",
                                {{"name", "async-tidy"},
                                 // A number first (SARIF2005); the LLVM it runs on
                                 // in the full name.
                                 {"version", releaseVersion()},
                                 {"semanticVersion", releaseVersion()},
                                 {"fullName", versionString()},
                                 {"informationUri", "https://github.com/async-tidy/async-tidy"},
                                 {"rules", std::move(Rules)}}}}},
                             {"originalUriBaseIds", {{"SRCROOT", {{"uri", Root}}}}},
                             {"columnKind", "unicodeCodePoints"},
                             {"invocations", json::array({invocationJson(Results, Sources)})},
                             {"results", std::move(SarifResults)}}})}};
  OS << Log.dump(2) << "\n";
}

} // namespace async_tidy::driver
