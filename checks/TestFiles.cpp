//===--- TestFiles.cpp - Which files hold test code ------------------------===//

#include "TestFiles.h"

#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace async_tidy {

namespace {
std::string currentDirectory() {
  llvm::SmallString<256> Cwd;
  if (llvm::sys::fs::current_path(Cwd))
    return "";
  return std::string(Cwd.str()) + "/";
}
// Taken when the program (or the plugin) is loaded: clang's tooling moves
// into each compile command's directory before the checks are built.
const std::string StartDirectory = currentDirectory();
} // namespace

TestFiles::TestFiles(llvm::StringRef Pattern, std::string &Error)
    : Pattern(Pattern.str()), WorkingDirectory(StartDirectory) {
  if (Pattern.empty())
    return;
  llvm::Regex Candidate(Pattern);
  if (!Candidate.isValid(Error))
    return;
  Matcher.emplace(std::move(Candidate));
}

bool TestFiles::matches(llvm::StringRef Path) const {
  if (!Matcher)
    return false;
  // Only the path below the project's root: a checkout under ~/tests/ is
  // no test code. Relative paths are taken as given.
  if (llvm::sys::path::is_absolute(Path) &&
      (WorkingDirectory.empty() || !Path.consume_front(WorkingDirectory)))
    return false;
  return Matcher->match(Path);
}

bool TestFiles::contains(const clang::SourceManager &SM, clang::SourceLocation Loc) const {
  if (!Matcher)
    return false;
  llvm::SmallString<256> Path(SM.getFilename(SM.getExpansionLoc(Loc)));
  llvm::sys::fs::make_absolute(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return matches(Path);
}

} // namespace async_tidy
