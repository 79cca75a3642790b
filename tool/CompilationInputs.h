//===--- CompilationInputs.h - The database and the translation units -----===//
//
// Loads `compile_commands.json` the way clang-tidy's `-p` does and picks the
// translation units to analyse: every entry of the database, or the files
// and directories named on the command line, minus `--exclude` globs.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TOOL_COMPILATIONINPUTS_H
#define ASYNC_TIDY_TOOL_COMPILATIONINPUTS_H

#include "DriverOptions.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/GlobPattern.h"

#include <memory>
#include <string>
#include <vector>

namespace async_tidy::driver {

/// The database of `-p`, with response files expanded, target and driver
/// mode inferred, and commands inferred for files it does not list (a
/// header named on the command line), as clang-tidy does.
llvm::Expected<std::unique_ptr<clang::tooling::CompilationDatabase>>
loadCompilationDatabase(const DriverOptions &Options);

/// `--exclude` globs, matched against a file's absolute path and its path
/// relative to the current directory; `*` also matches `/`.
class ExcludeFilter {
public:
  static llvm::Expected<ExcludeFilter> create(const std::vector<std::string> &Globs);
  bool excludes(const std::string &AbsolutePath) const;

private:
  std::vector<llvm::GlobPattern> Patterns;
};

/// Absolute paths of the translation units to analyse, sorted.
llvm::Expected<std::vector<std::string>>
selectTranslationUnits(const DriverOptions &Options,
                       const clang::tooling::CompilationDatabase &Database,
                       const ExcludeFilter &Exclude);

/// `Path` made absolute (against the current directory) with `.`/`..`
/// removed: the one spelling every part of the driver compares.
std::string normalizedAbsolutePath(llvm::StringRef Path, llvm::StringRef Base = "");

/// The file itself: normalizedAbsolutePath with symbolic links resolved, so
/// a header reached by two spellings is one file (and a fix is written to
/// the file, not over the link). Falls back to the normalized path.
std::string canonicalFilePath(llvm::StringRef Path, llvm::StringRef Base = "");

} // namespace async_tidy::driver

#endif
