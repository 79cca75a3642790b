//===--- FixesExport.cpp - The YAML clang-apply-replacements reads ---------===//
//
// Written with clang's own YAML mapping (clang/Tooling/DiagnosticsYaml.h),
// as clang-tidy's --export-fixes does, with every translation unit's
// findings in one document (a header finding once).
//
//===----------------------------------------------------------------------===//

#include "Reports.h"

#include "clang/Tooling/DiagnosticsYaml.h"

namespace async_tidy::driver {

using namespace clang::tooling;

static llvm::StringMap<Replacements> replacementsOf(const std::vector<TextEdit> &Edits) {
  llvm::StringMap<Replacements> Fix;
  for (const TextEdit &E : Edits)
    llvm::consumeError(
        Fix[E.File].add(Replacement(E.File, E.Offset, E.Length, E.Replacement)));
  return Fix;
}

void writeFixesYaml(const RunResults &Results, llvm::raw_ostream &OS) {
  TranslationUnitDiagnostics Document;
  Document.MainSourceFile = "";
  for (const Finding &F : Results.Findings) {
    DiagnosticMessage Message;
    Message.Message = F.Message;
    Message.FilePath = F.File;
    Message.FileOffset = F.Offset;
    Message.Fix = replacementsOf(F.Fix);
    llvm::SmallVector<DiagnosticMessage, 1> Notes;
    for (const FindingNote &N : F.Notes) {
      DiagnosticMessage Note;
      Note.Message = N.Message;
      Note.FilePath = N.File;
      Note.FileOffset = N.Offset;
      // clang-apply-replacements applies a note's fix when the warning has
      // none: export it only when the user asked for fixes on notes.
      if (Results.FixNotes)
        Note.Fix = replacementsOf(N.Fix);
      Notes.push_back(std::move(Note));
    }
    Diagnostic::Level Level = F.Level == FindingLevel::Error    ? Diagnostic::Error
                              : F.Level == FindingLevel::Remark ? Diagnostic::Remark
                                                                : Diagnostic::Warning;
    Document.Diagnostics.emplace_back(F.Check, Message, Notes, Level,
                                      F.BuildDirectory);
  }
  llvm::yaml::Output YAML(OS);
  YAML << Document;
}

} // namespace async_tidy::driver
