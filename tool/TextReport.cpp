//===--- TextReport.cpp - clang-style diagnostics and the summary table ----===//

#include "Reports.h"

#include "llvm/Support/Format.h"

#include <map>
#include <set>

namespace async_tidy::driver {

unsigned RunResults::findingsLeft() const {
  unsigned Left = 0;
  for (size_t I = 0; I < Findings.size(); ++I)
    Left += isLeft(I);
  return Left;
}

std::map<std::string, RunResults::SkippedCount> RunResults::skippedByReason() const {
  std::map<std::string, SkippedCount> ByReason;
  for (const SkippedFinding &S : Skipped) {
    SkippedCount &Entry = ByReason[S.Reason];
    ++Entry.Count;
    ++Entry.ByCheck[S.Check];
    if (!S.Detail.empty())
      Entry.Details.insert(S.Detail);
  }
  return ByReason;
}

namespace {

using llvm::raw_ostream;

std::string counted(size_t N, llvm::StringRef Singular, llvm::StringRef Plural) {
  return std::to_string(N) + " " + (N == 1 ? Singular : Plural).str();
}

raw_ostream::Colors levelColor(llvm::StringRef Level) {
  if (Level == "error")
    return raw_ostream::RED;
  if (Level == "note")
    return raw_ostream::BLACK;
  if (Level == "remark")
    return raw_ostream::BLUE;
  return raw_ostream::MAGENTA;
}

/// One diagnostic line, then the source line with a caret under the column.
void writeDiagnostic(raw_ostream &OS, SourceFiles &Sources, const std::string &File,
                     unsigned Offset, llvm::StringRef Level, const std::string &Message,
                     const std::string &Check) {
  OS.changeColor(raw_ostream::SAVEDCOLOR, /*Bold=*/true);
  if (!File.empty()) {
    SourceFiles::Position P = Sources.position(File, Offset);
    OS << displayPath(File) << ":" << P.Line << ":" << P.Column << ": ";
  } else {
    OS << "async-tidy: ";
  }
  OS.changeColor(levelColor(Level), /*Bold=*/true) << Level << ": ";
  OS.resetColor();
  OS.changeColor(raw_ostream::SAVEDCOLOR, /*Bold=*/true) << Message;
  OS.resetColor();
  if (!Check.empty())
    OS << " [" << Check << "]";
  OS << "\n";
  if (File.empty())
    return;
  SourceFiles::Position P = Sources.position(File, Offset);
  std::string Line = Sources.lineText(File, Offset);
  std::string Gutter = std::to_string(P.Line);
  OS << llvm::format("%5s | ", Gutter.c_str()) << Line << "\n";
  OS << "      | ";
  // Keep tabs so the caret lines up under the column in any tab width.
  for (unsigned I = 0; I + 1 < P.Column && I < Line.size(); ++I)
    OS << (Line[I] == '\t' ? '\t' : ' ');
  OS.changeColor(raw_ostream::GREEN, /*Bold=*/true) << "^";
  OS.resetColor();
  OS << "\n";
}

} // namespace

void writeTextReport(const RunResults &Results, SourceFiles &Sources, bool Color, raw_ostream &OS) {
  OS.enable_colors(Color);
  for (const FailedTranslationUnit &Unit : Results.FailedUnits)
    for (const Finding &E : Unit.Errors)
      writeDiagnostic(OS, Sources, E.File.empty() ? Unit.File : E.File,
                      E.File.empty() ? 0 : E.Offset, "error", E.Message, E.Check);

  for (size_t I = 0; I < Results.Findings.size(); ++I) {
    const Finding &F = Results.Findings[I];
    writeDiagnostic(OS, Sources, F.File, F.Offset, levelName(F.Level), F.Message,
                    F.Check + (F.WarningAsError ? ",-warnings-as-errors" : ""));
    for (const FindingNote &N : F.Notes)
      writeDiagnostic(OS, Sources, N.File, N.Offset, "note", N.Message, "");
    if (Results.Fixing && Results.Outcomes[I] == FixOutcome::Applied)
      writeDiagnostic(OS, Sources, F.File, F.Offset, "note",
                      "FIX-IT applied suggested code changes", "");
  }
  OS.enable_colors(false);
}

void writeWorkerMessages(const RunResults &Results, bool Color, raw_ostream &OS) {
  OS.enable_colors(Color);
  for (const std::string &Message : Results.ConfigurationErrors) {
    OS.changeColor(raw_ostream::RED, /*Bold=*/true) << "async-tidy: configuration error: ";
    OS.resetColor();
    OS << Message << "\n";
  }
  std::set<std::string> Shown;
  for (const auto &[File, Log] : Results.WorkerLogs)
    if (Shown.insert(Log).second)
      OS << "async-tidy: the worker for " << displayPath(File) << " printed:\n"
         << Log << (llvm::StringRef(Log).ends_with("\n") ? "" : "\n");
  OS.enable_colors(false);
}

/// Findings, fixed and left, per check and in total.
static void writeCheckTable(const RunResults &Results, raw_ostream &OS) {
  struct Counts {
    unsigned Found = 0, Fixed = 0;
  };
  std::map<std::string, Counts> ByCheck;
  for (size_t I = 0; I < Results.Findings.size(); ++I) {
    Counts &C = ByCheck[Results.Findings[I].Check];
    ++C.Found;
    C.Fixed += !Results.isLeft(I);
  }
  size_t Width = 5; // "check"
  for (const auto &Entry : ByCheck)
    Width = std::max(Width, Entry.first.size());
  OS << "  " << llvm::left_justify("check", Width) << "  findings  fixed   left\n";
  unsigned Total = 0, TotalFixed = 0;
  for (const auto &[Check, C] : ByCheck) {
    OS << "  " << llvm::left_justify(Check, Width)
       << llvm::format("  %8u  %5u  %5u\n", C.Found, C.Fixed, C.Found - C.Fixed);
    Total += C.Found;
    TotalFixed += C.Fixed;
  }
  OS << "  " << llvm::left_justify("total", Width)
     << llvm::format("  %8u  %5u  %5u\n", Total, TotalFixed, Total - TotalFixed);
}

/// What the checks left out on purpose, so that silence has a reason.
static void writeSkippedLines(const RunResults &Results, raw_ostream &OS) {
  for (const auto &[Reason, Skipped] : Results.skippedByReason()) {
    OS << "  not reported: " << counted(Skipped.Count, "finding", "findings") << " " << Reason;
    llvm::StringRef Separator = ": ";
    unsigned Shown = 0;
    for (const std::string &Detail : Skipped.Details) {
      if (++Shown > 5) {
        OS << ", ...";
        break;
      }
      OS << Separator << Detail;
      Separator = ", ";
    }
    OS << "\n";
  }
}

/// What happened to the fixes, and each problem with its file.
static void writeFixLine(const RunResults &Results, raw_ostream &OS) {
  auto Count = [&](FixOutcome O) {
    return std::count(Results.Outcomes.begin(), Results.Outcomes.end(), O);
  };
  OS << "  fixes: " << Count(FixOutcome::Applied) << " applied, "
     << Count(FixOutcome::SkippedConflict) + Count(FixOutcome::SkippedUnwritable) << " skipped ("
     << Count(FixOutcome::SkippedConflict) << " conflicting, "
     << Count(FixOutcome::SkippedUnwritable) << " in unwritable files), "
     << Count(FixOutcome::SkippedBrokenUnit) << " not applied in code that does not compile, "
     << Count(FixOutcome::RolledBack) << " rolled back";
  if (unsigned OnNotes = Count(FixOutcome::NotRequested))
    OS << ", " << OnNotes << " unsafe not applied (--fix-notes applies them)";
  OS << "\n";
  for (const FixProblem &P : Results.FixProblems)
    OS << "    " << displayPath(P.File) << ": " << P.Message << "\n";
}

void writeSummary(const RunResults &Results, bool Color, raw_ostream &OS) {
  OS.enable_colors(Color);
  OS.changeColor(raw_ostream::SAVEDCOLOR, /*Bold=*/true) << "async-tidy summary\n";
  OS.resetColor();
  writeCheckTable(Results, OS);
  writeSkippedLines(Results, OS);
  if (Results.Fixing)
    writeFixLine(Results, OS);
  std::set<std::string> FilesWithFindings;
  for (const Finding &F : Results.Findings)
    if (!F.File.empty())
      FilesWithFindings.insert(F.File);
  OS << "  files: " << counted(Results.TranslationUnits, "translation unit", "translation units")
     << ", " << counted(FilesWithFindings.size(), "file", "files") << " with findings";
  if (Results.Fixing)
    OS << ", " << counted(Results.ChangedFiles.size(), "file", "files") << " changed";
  OS << "\n";
  if (Results.CacheUsed)
    OS << "  cache: " << Results.CacheReused << " of "
       << counted(Results.TranslationUnits, "translation unit", "translation units") << " reused, "
       << Results.TranslationUnits - Results.CacheReused << " analysed\n";
  OS << "  translation units that failed to compile: " << Results.FailedUnits.size() << "\n";
  for (const FailedTranslationUnit &Unit : Results.FailedUnits)
    OS << "    " << displayPath(Unit.File) << "\n";
  OS << llvm::format("  wall time: %.1f s (CPU %.1f s, -j%u)\n", Results.WallSeconds,
                     Results.CpuSeconds, Results.Jobs);
  OS.enable_colors(false);
}

} // namespace async_tidy::driver
