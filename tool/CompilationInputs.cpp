//===--- CompilationInputs.cpp --------------------------------------------===//

#include "CompilationInputs.h"

#include "Findings.h"

#include "clang/Tooling/ArgumentsAdjusters.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <algorithm>
#include <set>

namespace async_tidy::driver {

using clang::tooling::CompilationDatabase;

std::string normalizedAbsolutePath(llvm::StringRef Path, llvm::StringRef Base) {
  llvm::SmallString<256> Result;
  if (llvm::sys::path::is_absolute(Path) || Base.empty()) {
    Result = Path;
    llvm::sys::fs::make_absolute(Result);
  } else {
    Result = Base;
    llvm::sys::path::append(Result, Path);
    llvm::sys::fs::make_absolute(Result);
  }
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return std::string(Result);
}

std::string canonicalFilePath(llvm::StringRef Path, llvm::StringRef Base) {
  // The file system resolves `..` after symbolic links, which lexical
  // normalisation cannot: a compiler found without its directory sees
  // libstdc++ as `/../lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12`,
  // which is /usr/include/c++/12 where /lib links to /usr/lib, not /include.
  llvm::SmallString<256> Absolute(Path);
  if (!llvm::sys::path::is_absolute(Path) && !Base.empty()) {
    Absolute = Base;
    llvm::sys::path::append(Absolute, Path);
  }
  llvm::sys::fs::make_absolute(Absolute);
  llvm::SmallString<256> Real;
  if (!llvm::sys::fs::real_path(Absolute, Real))
    return std::string(Real);
  return normalizedAbsolutePath(Path, Base);
}

llvm::Expected<std::unique_ptr<CompilationDatabase>>
loadCompilationDatabase(const DriverOptions &Options) {
  std::string Error;
  std::unique_ptr<CompilationDatabase> Database =
      CompilationDatabase::autoDetectFromDirectory(Options.BuildPath, Error);
  if (!Database)
    return llvm::createStringError(
        std::errc::no_such_file_or_directory,
        "no compilation database in '%s' or its parents (%s); configure the "
        "build with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON and pass its directory "
        "with -p",
        Options.BuildPath.c_str(), Error.c_str());
  Database =
      clang::tooling::expandResponseFiles(std::move(Database), llvm::vfs::getRealFileSystem());
  Database = clang::tooling::inferTargetAndDriverMode(std::move(Database));
  return clang::tooling::inferMissingCompileCommands(std::move(Database));
}

llvm::Expected<ExcludeFilter> ExcludeFilter::create(const std::vector<std::string> &Globs) {
  ExcludeFilter Filter;
  for (const std::string &Glob : Globs) {
    auto Pattern = llvm::GlobPattern::create(Glob);
    if (!Pattern)
      return llvm::createStringError(std::errc::invalid_argument, "invalid --exclude glob '%s': %s",
                                     Glob.c_str(), llvm::toString(Pattern.takeError()).c_str());
    Filter.Patterns.push_back(std::move(*Pattern));
  }
  return Filter;
}

bool ExcludeFilter::excludes(const std::string &AbsolutePath) const {
  std::string Relative = displayPath(AbsolutePath);
  return std::any_of(Patterns.begin(), Patterns.end(), [&](const llvm::GlobPattern &P) {
    return P.match(AbsolutePath) || P.match(Relative);
  });
}

/// Does `File` lie in directory `Dir` (both absolute and normalized)?
static bool isUnder(llvm::StringRef File, llvm::StringRef Dir) {
  if (!File.consume_front(Dir))
    return false;
  return Dir.ends_with("/") || File.starts_with("/");
}

llvm::Expected<std::vector<std::string>> selectTranslationUnits(const DriverOptions &Options,
                                                                const CompilationDatabase &Database,
                                                                const ExcludeFilter &Exclude) {
  std::vector<std::string> Known;
  for (const std::string &File : Database.getAllFiles())
    Known.push_back(normalizedAbsolutePath(File));

  std::set<std::string> Selected;
  if (Options.Inputs.empty())
    Selected.insert(Known.begin(), Known.end());
  for (const std::string &Input : Options.Inputs) {
    std::string Path = normalizedAbsolutePath(Input);
    if (llvm::sys::fs::is_directory(Path)) {
      for (const std::string &File : Known)
        if (isUnder(File, Path))
          Selected.insert(File);
      continue;
    }
    if (!llvm::sys::fs::exists(Path))
      return llvm::createStringError(std::errc::no_such_file_or_directory,
                                     "no such file or directory: '%s'", Input.c_str());
    Selected.insert(Path);
  }

  std::vector<std::string> Units;
  for (const std::string &File : Selected)
    if (!Exclude.excludes(File))
      Units.push_back(File);
  return Units;
}

} // namespace async_tidy::driver
