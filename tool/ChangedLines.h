//===--- ChangedLines.h - The lines changed since a git revision -----------===//
//
// For --diff: which lines of which files differ from a revision, read from
// `git diff -U0 <revision>` (the working tree against it, staged or not),
// plus every line of the files git does not track yet (a new file is all
// new). Findings elsewhere are not reported, and their fixes not applied.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TOOL_CHANGEDLINES_H
#define ASYNC_TIDY_TOOL_CHANGEDLINES_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace async_tidy::driver {

class ChangedLines {
public:
  /// Runs git in the current directory's repository.
  static llvm::Expected<ChangedLines> sinceRevision(const std::string &Revision);
  /// The changed lines a `git diff -U0` output gives, its paths relative to
  /// `RepositoryRoot`.
  static ChangedLines fromUnifiedDiff(llvm::StringRef Diff, llvm::StringRef RepositoryRoot);

  /// Whether `Line` (1-based) of `File` (an absolute path) changed.
  bool contains(const std::string &File, unsigned Line) const;
  /// Marks every line of `File` changed.
  void addWholeFile(const std::string &File);

private:
  /// By real path: line ranges [first, last] of the new text.
  std::map<std::string, std::vector<std::pair<unsigned, unsigned>>> Ranges;
  std::set<std::string> WholeFiles;
};

} // namespace async_tidy::driver

#endif
