//===--- Findings.h - Findings as the driver carries them ------------------===//
//
// A worker turns clang-tidy's diagnostics for one translation unit into these
// plain records (absolute paths, byte offsets, no SourceManager), writes them
// as JSON, and the parent merges the records of every translation unit.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TOOL_FINDINGS_H
#define ASYNC_TIDY_TOOL_FINDINGS_H

#include "SkippedFindings.h"

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

namespace async_tidy::driver {

/// Replace `Length` bytes at `Offset` of `File` by `Replacement`.
struct TextEdit {
  std::string File;
  unsigned Offset = 0;
  unsigned Length = 0;
  std::string Replacement;

  auto key() const { return std::tie(File, Offset, Length, Replacement); }
  bool operator<(const TextEdit &O) const { return key() < O.key(); }
  bool operator==(const TextEdit &O) const { return key() == O.key(); }
};

struct FindingNote {
  std::string Message;
  std::string File; // empty: the note has no location
  unsigned Offset = 0;
  std::vector<TextEdit> Fix;
};

enum class FindingLevel { Warning, Error, Remark };

struct Finding {
  std::string Check;
  std::string Message;
  std::string File; // empty: a diagnostic without location (configuration)
  unsigned Offset = 0;
  FindingLevel Level = FindingLevel::Warning;
  bool WarningAsError = false;
  std::string BuildDirectory;
  std::vector<TextEdit> Fix; // on the warning itself: a safe fix
  std::vector<FindingNote> Notes;
  /// The translation units that reported it (a header finding has several).
  std::vector<std::string> TranslationUnits;
  /// Translation units reported it with different fixes (a header seen
  /// under different macros or configurations): no fix is right for all.
  bool FixesDisagree = false;
  /// Every translation unit that reported it failed to compile: its fix is
  /// not trusted (clang-tidy applies no fix when there are compiler errors).
  bool OnlyFromBrokenUnits = false;
  /// Its name across runs (FindingIdentity.h); set by the parent once the
  /// findings are merged and sorted.
  std::string Fingerprint;

  /// Findings are the same when check, place and message are (a header
  /// finding arrives once per translation unit that includes the header).
  using Key = std::tuple<std::string, std::string, unsigned, std::string>;
  Key key() const { return {Check, File, Offset, Message}; }

  /// Compiler errors mean the translation unit did not compile; they are
  /// not findings of a check.
  bool isCompilerError() const;
  /// clang-tidy could not use its configuration (a bad .clang-tidy, a
  /// missing CatalogFile): the user's to correct, not the code's.
  bool isConfigurationError() const;
  /// A compiler error as clang-tidy names it (also used for a translation
  /// unit that could not be built or whose worker failed).
  static Finding compilerError(std::string Message, std::string File = "", unsigned Offset = 0);

  /// The fix async-tidy would apply: the warning's own, or with `FixNotes`
  /// the fix of the single note that has one (clang-tidy's rule).
  const std::vector<TextEdit> *chosenFix(bool FixNotes) const;
  /// True when the chosen fix comes from a note (it may change behaviour).
  bool fixIsOnNote() const { return Fix.empty(); }
  /// The same fix would be chosen (context notes may differ).
  bool sameFixesAs(const Finding &Other) const;
};

/// What a worker reports for one translation unit.
struct TranslationUnitResult {
  std::string File;
  bool Ran = false;      // the worker finished and wrote its result
  bool Compiled = false; // no compiler error
  double CpuSeconds = 0;
  std::vector<Finding> Findings; // compiler errors included
  /// Every file of the project the translation unit read (main file and
  /// non-system headers): who must be re-compiled when a file changes.
  std::vector<std::string> UserFiles;
  /// Every file it read, system headers too: what a cached result depends
  /// on (ResultCache.h).
  std::vector<std::string> ReadFiles;
  /// What the checks left out on purpose (test files, unknown types).
  std::vector<SkippedFinding> Skipped;
  std::string WorkerLog; // what the worker printed (clang's statistics left out)
  /// The summary pass's output: the unit's local summaries, as a summary
  /// file (SummaryFile.h); empty for other tasks.
  std::string Summaries;
};

/// "warning", "error" or "remark": clang's word, also the reports'.
const char *levelName(FindingLevel Level);

nlohmann::json toJson(const TranslationUnitResult &Result);
TranslationUnitResult translationUnitResultFromJson(const nlohmann::json &J);

/// Line and column (1-based; columns count bytes as clang does, or code
/// points for SARIF) of byte offsets in files read once.
class SourceFiles {
public:
  struct Position {
    unsigned Line = 0, Column = 0;
  };
  Position position(const std::string &File, unsigned Offset, bool CodePointColumns = false);
  /// The byte offset of a 1-based line and byte column (clang's).
  unsigned offsetOf(const std::string &File, unsigned Line, unsigned Column);
  /// The text of the line holding `Offset`, without its line break.
  std::string lineText(const std::string &File, unsigned Offset);
  /// The file's bytes; empty if unreadable.
  const std::string &text(const std::string &File);

private:
  struct Loaded {
    std::string Text;
    std::vector<unsigned> LineStarts;
  };
  const Loaded &load(const std::string &File);
  std::map<std::string, std::unique_ptr<Loaded>> Files;
};

/// `Path` relative to the current directory when it lies below it, else
/// unchanged: what reports show.
std::string displayPath(const std::string &Path);

} // namespace async_tidy::driver

#endif
