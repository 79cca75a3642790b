//===--- SkippedFindings.cpp - What the checks chose not to report --------===//

#include "SkippedFindings.h"

#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"

#include <set>

namespace async_tidy {

namespace {
// One clang-tidy run per process at a time: no locking needed.
bool Collecting = false;
std::set<SkippedFinding> &recorded() {
  static std::set<SkippedFinding> Recorded;
  return Recorded;
}
} // namespace

void collectSkippedFindings(bool On) { Collecting = On; }
bool collectingSkippedFindings() { return Collecting; }

void recordSkippedFinding(llvm::StringRef Check, llvm::StringRef Reason, llvm::StringRef Detail,
                          const clang::SourceManager &SM, clang::SourceLocation Loc) {
  if (!Collecting)
    return;
  clang::SourceLocation At = SM.getExpansionLoc(Loc);
  llvm::SmallString<256> Path(SM.getFilename(At));
  llvm::sys::fs::make_absolute(Path);
  recorded().insert(
      {Check.str(), Reason.str(), Detail.str(), std::string(Path.str()), SM.getFileOffset(At)});
}

std::vector<SkippedFinding> takeSkippedFindings() {
  std::vector<SkippedFinding> Taken(recorded().begin(), recorded().end());
  recorded().clear();
  return Taken;
}

} // namespace async_tidy
