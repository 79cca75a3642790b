//===--- CompilerOutput.cpp - Findings in a build log ----------------------===//

#include "CompilerOutput.h"

#include "CompilationInputs.h"

#include "llvm/Support/Regex.h"

namespace async_tidy::driver {

namespace {

/// `file:line:col: <level>: <text>`, as clang prints a diagnostic.
struct DiagnosticLine {
  std::string File;
  unsigned Line = 0, Column = 0;
  std::string Level, Text;
};

std::optional<DiagnosticLine> parseDiagnosticLine(llvm::StringRef Line) {
  static const llvm::Regex Pattern("^(.+):([0-9]+):([0-9]+): (warning|error|note): (.*)$");
  llvm::SmallVector<llvm::StringRef, 6> Parts;
  if (!Pattern.match(Line.rtrim("\r"), &Parts))
    return std::nullopt;
  DiagnosticLine D;
  D.File = canonicalFilePath(Parts[1]);
  Parts[2].getAsInteger(10, D.Line);
  Parts[3].getAsInteger(10, D.Column);
  D.Level = Parts[4].str();
  D.Text = Parts[5].str();
  return D;
}

/// The check a warning's text names at its end (`... [async-serial-awaits]`);
/// empty for the compiler's own (`[-Wunused]`) and for none.
std::string checkName(std::string &Text) {
  static const llvm::Regex Pattern("^(.*) \\[([a-z][a-z0-9.-]*)\\]$");
  llvm::SmallVector<llvm::StringRef, 3> Parts;
  if (!Pattern.match(Text, &Parts))
    return "";
  std::string Check = Parts[2].str();
  Text = Parts[1].str();
  return Check;
}

} // namespace

std::vector<Finding> findingsInCompilerOutput(llvm::StringRef Log, SourceFiles &Sources) {
  std::vector<Finding> Findings;
  bool InFinding = false; // notes after a check's warning belong to it
  llvm::SmallVector<llvm::StringRef> Lines;
  Log.split(Lines, '\n');
  static const llvm::Regex Colour("\x1b\\[[0-9;]*[mK]");
  for (llvm::StringRef Line : Lines) {
    // A build with colours on (-fdiagnostics-color, CMAKE_COLOR_DIAGNOSTICS).
    std::string Text = Line.str();
    while (Colour.match(Text))
      Text = Colour.sub("", Text);
    std::optional<DiagnosticLine> D = parseDiagnosticLine(Text);
    if (!D) {
      // A diagnostic without a location ends a finding's notes too.
      if (llvm::StringRef(Text).contains("warning: ") || llvm::StringRef(Text).contains("error: "))
        InFinding = false;
      continue;
    }
    if (D->Level == "note") {
      if (InFinding)
        Findings.back().Notes.push_back(
            {D->Text, D->File, Sources.offsetOf(D->File, D->Line, D->Column), {}});
      continue;
    }
    std::string Check = checkName(D->Text);
    InFinding = !Check.empty();
    if (!InFinding)
      continue;
    Finding F;
    F.Check = Check;
    F.Message = D->Text;
    F.File = D->File;
    F.Offset = Sources.offsetOf(D->File, D->Line, D->Column);
    F.WarningAsError = D->Level == "error";
    Findings.push_back(std::move(F));
  }
  return Findings;
}

} // namespace async_tidy::driver
