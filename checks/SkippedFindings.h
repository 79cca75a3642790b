//===--- SkippedFindings.h - What the checks chose not to report ----------===//
//
// A check that leaves something out on purpose (a finding in a test file,
// awaits of a type it cannot judge) says so here, so that the async-tidy
// driver's summary can tell the user what was left out and which option or
// catalog key would change it: near silence on a new code base should come
// with a reason.
//
// Recording is off unless a collector turns it on (the async-tidy worker
// does, once per process); under clang-tidy nothing is kept.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_SKIPPEDFINDINGS_H
#define ASYNC_TIDY_CHECKS_SKIPPEDFINDINGS_H

#include "clang/Basic/SourceLocation.h"

#include <string>
#include <tuple>
#include <vector>

namespace clang {
class SourceManager;
}

namespace async_tidy {

struct SkippedFinding {
  std::string Check;
  /// Why, and what would report it: "in test files (option TestFiles)".
  std::string Reason;
  /// What the reason is about, when there is more than one thing it can be
  /// about (the awaited type); may be empty.
  std::string Detail;
  std::string File; ///< Absolute path.
  unsigned Offset = 0;

  auto key() const { return std::tie(Check, Reason, Detail, File, Offset); }
  bool operator<(const SkippedFinding &O) const { return key() < O.key(); }
};

/// Turns recording on or off for this process.
void collectSkippedFindings(bool On);
bool collectingSkippedFindings();
/// Records a finding not reported at `Loc` (its expansion location).
void recordSkippedFinding(llvm::StringRef Check, llvm::StringRef Reason, llvm::StringRef Detail,
                          const clang::SourceManager &SM, clang::SourceLocation Loc);
/// What was recorded since the last call, each once.
std::vector<SkippedFinding> takeSkippedFindings();

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_SKIPPEDFINDINGS_H
