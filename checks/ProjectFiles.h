//===--- ProjectFiles.h - The files clang-tidy reports in -----------------===//
//
// The main file and the headers that pass the header filter (and not the
// exclude filter). Checks that follow calls into helper functions follow
// them only here: bundled third-party headers take branches we cannot see.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_PROJECTFILES_H
#define ASYNC_TIDY_CHECKS_PROJECTFILES_H

#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Regex.h"

namespace async_tidy {

class ProjectFiles {
public:
  ProjectFiles(const clang::SourceManager &SM, const clang::tidy::ClangTidyOptions &Options)
      : SM(SM), HasInclude(!Options.HeaderFilterRegex.value_or("").empty()),
        HasExclude(!Options.ExcludeHeaderFilterRegex.value_or("").empty()),
        Include(Options.HeaderFilterRegex.value_or("")),
        Exclude(Options.ExcludeHeaderFilterRegex.value_or("")) {}

  bool contains(clang::SourceLocation Loc) const {
    Loc = SM.getExpansionLoc(Loc);
    if (SM.isInMainFile(Loc))
      return true;
    llvm::StringRef File = SM.getFilename(Loc);
    return HasInclude && Include.match(File) && !(HasExclude && Exclude.match(File));
  }

private:
  const clang::SourceManager &SM;
  bool HasInclude, HasExclude;
  llvm::Regex Include, Exclude;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_PROJECTFILES_H
