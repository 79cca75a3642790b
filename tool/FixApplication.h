//===--- FixApplication.h - Applying the fixes of a whole run --------------===//
//
// Every finding's fix is a set of edits, possibly in several files. Across
// translation units the same edit can arrive more than once (a header
// finding, an `#include` two fixes add): it is applied once. Two different
// edits that overlap cannot both be right: both fixes are skipped and
// reported. A fix is applied whole or not at all, so a fix that touches a
// file that cannot be written, or whose file is rolled back after the
// re-compilation failed, is withdrawn from all its files.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TOOL_FIXAPPLICATION_H
#define ASYNC_TIDY_TOOL_FIXAPPLICATION_H

#include "Findings.h"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <system_error>
#include <vector>

namespace async_tidy::driver {

enum class FixOutcome {
  NoFix,             // the finding has no fix
  NotRequested,      // a fix on a note without --fix-notes, or no --fix at all
  Applied,           // written, and (with --verify) still compiles
  SkippedConflict,   // overlaps a different edit of another fix
  SkippedUnwritable, // a file it edits is read-only or could not be written
  SkippedBrokenUnit, // only translation units that do not compile report it
  RolledBack,        // undone: a translation unit stopped compiling
};

const char *outcomeName(FixOutcome Outcome);

/// One problem to tell the user about, in the summary and the reports.
struct FixProblem {
  std::string File;
  unsigned Offset = 0;
  std::string Message;
};

class FixSession {
public:
  /// `StyleFor(File)` names the clang-format style for a file ("none" to
  /// only clean up around the edits, as clang-tidy does).
  FixSession(const std::vector<Finding> &Findings, bool FixNotes,
             std::function<std::string(const std::string &)> StyleFor);

  /// Files fixes must not touch (--exclude): such fixes are skipped whole.
  std::function<bool(const std::string &)> IsExcluded;
  /// The bytes a file had when it was analysed; a file that changed since
  /// (edited during the run) keeps its bytes: the offsets no longer fit.
  std::function<const std::string *(const std::string &)> AnalysedText;

  /// Decides which fixes apply (overlaps, read-only files), writing nothing.
  void plan();
  /// Plans, then writes the changed files atomically.
  void apply();

  /// Restores `Files` (and every file of a fix that edits one of them) to
  /// their original bytes; returns the files restored.
  std::set<std::string> rollBack(const std::set<std::string> &Files, const std::string &Why);

  FixOutcome outcome(size_t FindingIndex) const { return Outcomes[FindingIndex]; }
  /// Files whose new contents are on disk now.
  std::set<std::string> changedFiles() const;
  const std::vector<FixProblem> &problems() const { return Problems; }
  unsigned count(FixOutcome Outcome) const;

private:
  /// The edits of finding `I`'s chosen fix.
  const std::vector<TextEdit> &editsOf(size_t I) const { return *Findings[I].chosenFix(FixNotes); }
  /// Calls `On(I, Edit)` for each edit of each fix still to be applied.
  template <class Callback> void forEachAppliedEdit(Callback On) const {
    for (size_t I = 0; I < Findings.size(); ++I)
      if (Outcomes[I] == FixOutcome::Applied)
        for (const TextEdit &E : editsOf(I))
          On(I, E);
  }
  void findConflicts();
  void withdrawFixesTouchingUnwritableFiles();
  std::vector<TextEdit> editsFor(const std::string &File) const;
  /// The findings whose chosen fix edits `File` (indexed once, so per-file
  /// work does not scan every finding).
  const std::vector<size_t> &fixesIn(const std::string &File) const;
  bool writeFile(const std::string &File, const std::string &Contents);
  std::optional<std::string> newContents(const std::string &File, const std::string &Original);
  std::set<size_t> appliedFixesTouching(const std::string &File) const;

  const std::vector<Finding> &Findings;
  bool FixNotes;
  std::function<std::string(const std::string &)> StyleFor;

  std::vector<FixOutcome> Outcomes;
  std::map<std::string, std::vector<size_t>> FixesByFile;
  std::map<std::string, std::string> Originals; // file -> bytes before
  std::set<std::string> Written;
  std::vector<FixProblem> Problems;
};

/// Writes `Contents` to `Path` through a temporary file in the same
/// directory renamed over it: readers see the old or the new file, never a
/// half-written one. Keeps the file's permissions.
std::error_code writeFileAtomically(const std::string &Path, const std::string &Contents);

} // namespace async_tidy::driver

#endif
