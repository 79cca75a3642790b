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
    llvm::consumeError(Fix[E.File].add(Replacement(E.File, E.Offset, E.Length, E.Replacement)));
  return Fix;
}

void writeFixesYaml(const RunResults &Results, const std::vector<bool> &Exported,
                    llvm::raw_ostream &OS) {
  TranslationUnitDiagnostics Document;
  Document.MainSourceFile = "";
  for (size_t I = 0; I < Results.Findings.size(); ++I) {
    const Finding &F = Results.Findings[I];
    // clang-apply-replacements applies the warning's fix, or a note's when
    // the warning has none: only the chosen fix of an exported finding may
    // be in the file.
    bool WithFix = Exported[I];
    DiagnosticMessage Message;
    Message.Message = F.Message;
    Message.FilePath = F.File;
    Message.FileOffset = F.Offset;
    if (WithFix)
      Message.Fix = replacementsOf(F.Fix);
    llvm::SmallVector<DiagnosticMessage, 1> Notes;
    for (const FindingNote &N : F.Notes) {
      DiagnosticMessage Note;
      Note.Message = N.Message;
      Note.FilePath = N.File;
      Note.FileOffset = N.Offset;
      if (WithFix && F.Fix.empty())
        Note.Fix = replacementsOf(N.Fix);
      Notes.push_back(std::move(Note));
    }
    Diagnostic::Level Level = F.Level == FindingLevel::Error    ? Diagnostic::Error
                              : F.Level == FindingLevel::Remark ? Diagnostic::Remark
                                                                : Diagnostic::Warning;
    Document.Diagnostics.emplace_back(F.Check, Message, Notes, Level, F.BuildDirectory);
  }
  llvm::yaml::Output YAML(OS);
  YAML << Document;
}

} // namespace async_tidy::driver
