//===--- Findings.cpp - Findings, their JSON form and their positions ------===//

#include "Findings.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace async_tidy::driver {

using nlohmann::json;

bool Finding::isCompilerError() const {
  return Level == FindingLevel::Error && !WarningAsError &&
         llvm::StringRef(Check).starts_with("clang-diagnostic-");
}

bool Finding::isConfigurationError() const {
  return Check == "clang-tidy-config" && Level == FindingLevel::Error;
}

Finding Finding::compilerError(std::string Message, std::string File, unsigned Offset) {
  Finding F;
  F.Check = "clang-diagnostic-error";
  F.Level = FindingLevel::Error;
  F.Message = std::move(Message);
  F.File = std::move(File);
  F.Offset = Offset;
  return F;
}

const std::vector<TextEdit> *Finding::chosenFix(bool FixNotes) const {
  if (!Fix.empty())
    return &Fix;
  if (!FixNotes)
    return nullptr;
  const std::vector<TextEdit> *Only = nullptr;
  for (const FindingNote &Note : Notes) {
    if (Note.Fix.empty())
      continue;
    if (Only)
      return nullptr; // several candidate fixes: none is chosen
    Only = &Note.Fix;
  }
  return Only;
}

bool Finding::sameFixesAs(const Finding &Other) const {
  const std::vector<TextEdit> *Mine = chosenFix(/*FixNotes=*/true);
  const std::vector<TextEdit> *Theirs = Other.chosenFix(/*FixNotes=*/true);
  if (!Mine || !Theirs)
    return Mine == Theirs;
  return *Mine == *Theirs;
}

// --- JSON of the worker protocol ------------------------------------------

static json editsToJson(const std::vector<TextEdit> &Edits) {
  json Out = json::array();
  for (const TextEdit &E : Edits)
    Out.push_back({{"file", E.File},
                   {"offset", E.Offset},
                   {"length", E.Length},
                   {"replacement", E.Replacement}});
  return Out;
}

static std::vector<TextEdit> editsFromJson(const json &J) {
  std::vector<TextEdit> Edits;
  for (const json &E : J)
    Edits.push_back({E.at("file").get<std::string>(), E.at("offset").get<unsigned>(),
                     E.at("length").get<unsigned>(), E.at("replacement").get<std::string>()});
  return Edits;
}

const char *levelName(FindingLevel L) {
  switch (L) {
  case FindingLevel::Warning:
    return "warning";
  case FindingLevel::Error:
    return "error";
  case FindingLevel::Remark:
    return "remark";
  }
  return "warning";
}

static FindingLevel levelFromName(const std::string &Name) {
  if (Name == "error")
    return FindingLevel::Error;
  if (Name == "remark")
    return FindingLevel::Remark;
  return FindingLevel::Warning;
}

json toJson(const TranslationUnitResult &R) {
  json Findings = json::array();
  for (const Finding &F : R.Findings) {
    json Notes = json::array();
    for (const FindingNote &N : F.Notes)
      Notes.push_back({{"message", N.Message},
                       {"file", N.File},
                       {"offset", N.Offset},
                       {"fix", editsToJson(N.Fix)}});
    Findings.push_back({{"check", F.Check},
                        {"message", F.Message},
                        {"file", F.File},
                        {"offset", F.Offset},
                        {"level", levelName(F.Level)},
                        {"warningAsError", F.WarningAsError},
                        {"buildDirectory", F.BuildDirectory},
                        {"fix", editsToJson(F.Fix)},
                        {"notes", std::move(Notes)}});
  }
  json Skipped = json::array();
  for (const SkippedFinding &S : R.Skipped)
    Skipped.push_back({{"check", S.Check},
                       {"reason", S.Reason},
                       {"detail", S.Detail},
                       {"file", S.File},
                       {"offset", S.Offset}});
  return {{"file", R.File},
          {"compiled", R.Compiled},
          {"cpuSeconds", R.CpuSeconds},
          {"findings", std::move(Findings)},
          {"userFiles", R.UserFiles},
          {"readFiles", R.ReadFiles},
          {"workerLog", R.WorkerLog},
          {"skipped", std::move(Skipped)},
          {"summaries", R.Summaries}};
}

TranslationUnitResult translationUnitResultFromJson(const json &J) {
  TranslationUnitResult R;
  R.File = J.at("file").get<std::string>();
  R.Ran = true;
  R.Compiled = J.at("compiled").get<bool>();
  R.CpuSeconds = J.value("cpuSeconds", 0.0);
  R.UserFiles = J.at("userFiles").get<std::vector<std::string>>();
  R.ReadFiles = J.value("readFiles", std::vector<std::string>());
  R.WorkerLog = J.value("workerLog", "");
  R.Summaries = J.value("summaries", "");
  for (const json &SJ : J.value("skipped", json::array()))
    R.Skipped.push_back({SJ.at("check").get<std::string>(), SJ.at("reason").get<std::string>(),
                         SJ.at("detail").get<std::string>(), SJ.at("file").get<std::string>(),
                         SJ.at("offset").get<unsigned>()});
  for (const json &FJ : J.at("findings")) {
    Finding F;
    F.Check = FJ.at("check").get<std::string>();
    F.Message = FJ.at("message").get<std::string>();
    F.File = FJ.at("file").get<std::string>();
    F.Offset = FJ.at("offset").get<unsigned>();
    F.Level = levelFromName(FJ.at("level").get<std::string>());
    F.WarningAsError = FJ.at("warningAsError").get<bool>();
    F.BuildDirectory = FJ.at("buildDirectory").get<std::string>();
    F.Fix = editsFromJson(FJ.at("fix"));
    for (const json &NJ : FJ.at("notes"))
      F.Notes.push_back({NJ.at("message").get<std::string>(), NJ.at("file").get<std::string>(),
                         NJ.at("offset").get<unsigned>(), editsFromJson(NJ.at("fix"))});
    F.TranslationUnits.push_back(R.File);
    R.Findings.push_back(std::move(F));
  }
  return R;
}

// --- Positions --------------------------------------------------------------

const SourceFiles::Loaded &SourceFiles::load(const std::string &File) {
  std::unique_ptr<Loaded> &Slot = Files[File];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<Loaded>();
  if (auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/false,
                                                /*RequiresNullTerminator=*/false))
    Slot->Text = (*Buffer)->getBuffer().str();
  Slot->LineStarts.push_back(0);
  for (unsigned I = 0; I < Slot->Text.size(); ++I)
    if (Slot->Text[I] == '\n')
      Slot->LineStarts.push_back(I + 1);
  return *Slot;
}

const std::string &SourceFiles::text(const std::string &File) { return load(File).Text; }

unsigned SourceFiles::offsetOf(const std::string &File, unsigned Line, unsigned Column) {
  const Loaded &L = load(File);
  if (Line == 0 || Line > L.LineStarts.size())
    return 0;
  return L.LineStarts[Line - 1] + (Column ? Column - 1 : 0);
}

SourceFiles::Position SourceFiles::position(const std::string &File, unsigned Offset,
                                            bool CodePointColumns) {
  const Loaded &L = load(File);
  auto Next = std::upper_bound(L.LineStarts.begin(), L.LineStarts.end(), Offset);
  unsigned LineIndex = std::distance(L.LineStarts.begin(), Next) - 1;
  unsigned Start = L.LineStarts[LineIndex];
  unsigned Column = Offset - Start + 1;
  if (CodePointColumns) {
    Column = 1;
    for (unsigned I = Start; I < Offset && I < L.Text.size(); ++I)
      if ((static_cast<unsigned char>(L.Text[I]) & 0xC0) != 0x80)
        ++Column; // count lead bytes only
  }
  return {LineIndex + 1, Column};
}

std::string SourceFiles::lineText(const std::string &File, unsigned Offset) {
  const Loaded &L = load(File);
  auto Next = std::upper_bound(L.LineStarts.begin(), L.LineStarts.end(), Offset);
  unsigned Start = *(Next - 1);
  size_t End = L.Text.find('\n', Start);
  if (End == std::string::npos)
    End = L.Text.size();
  std::string Line = L.Text.substr(Start, End - Start);
  if (!Line.empty() && Line.back() == '\r')
    Line.pop_back();
  return Line;
}

std::string displayPath(const std::string &Path) {
  // The working directory as the shell spells it ($PWD may be a symbolic
  // link) and as resolved: paths are canonical, so either may prefix them.
  static const std::vector<std::string> Directories = [] {
    std::vector<std::string> Out;
    llvm::SmallString<256> Cwd, Real;
    if (!llvm::sys::fs::current_path(Cwd)) {
      Out.push_back(std::string(Cwd));
      if (!llvm::sys::fs::real_path(Cwd, Real) && Real != Cwd)
        Out.push_back(std::string(Real));
    }
    return Out;
  }();
  for (const std::string &Directory : Directories) {
    llvm::StringRef P(Path);
    if (P.consume_front(Directory) && !P.empty() && llvm::sys::path::is_separator(P[0]))
      return P.drop_front().str();
  }
  return Path;
}

} // namespace async_tidy::driver
