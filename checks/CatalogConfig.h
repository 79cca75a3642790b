//===--- CatalogConfig.h - The catalog a check runs with ------------------===//
//
// Every async check starts from the same catalog: the default one embedded
// in the binary, merged with the JSON file that the `CatalogFile` option
// names (read with getLocalOrGlobal, so one global key in `.clang-tidy`
// serves every check). Each check then applies its own options to a copy
// (AsyncCheckBase::adjustCatalog).
//
// A relative `CatalogFile` is relative to the `.clang-tidy` that sets it;
// when no `.clang-tidy` above the analysed file sets that value (it came from
// --config or --config-file), it is relative to the working directory.
// A malformed file gives one configuration error naming the file, line,
// column and field; the check then runs with the default catalog.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_CATALOGCONFIG_H
#define ASYNC_TIDY_CHECKS_CATALOGCONFIG_H

#include "Catalog.h"

#include "clang-tidy/ClangTidyCheck.h"

namespace async_tidy {

/// A path an option gives (`CatalogFile`, `SchemaFiles`), made absolute:
/// against the nearest `.clang-tidy` above `AnalysedFile` that sets the
/// option to `Value`, else against the working directory.
std::string resolveOptionPath(llvm::StringRef Option, llvm::StringRef Value,
                              llvm::StringRef AnalysedFile);
/// The directory `resolveOptionPath` resolves against.
std::string optionDirectory(llvm::StringRef Option, llvm::StringRef Value,
                            llvm::StringRef AnalysedFile);

/// The option's name, shared by all async checks.
inline constexpr llvm::StringLiteral CatalogFileOption = "CatalogFile";

class CatalogConfig {
public:
  CatalogConfig(const clang::tidy::ClangTidyCheck::OptionsView &Options,
                clang::tidy::ClangTidyContext *Context);

  /// The default catalog merged with `CatalogFile` (shared by every check
  /// of the process that names the same file).
  const Catalog &catalog() const { return *Shared; }
  clang::tidy::ClangTidyContext *context() const { return Context; }

  /// The option value as written (stored back by storeOptions).
  const std::string &catalogFileOption() const { return FileOption; }

  /// Reports a configuration problem once per process (every translation
  /// unit constructs the checks anew).
  static void reportOnce(clang::tidy::ClangTidyContext *Context, const std::string &Message,
                         clang::DiagnosticIDs::Level Level = clang::DiagnosticIDs::Error);

private:
  clang::tidy::ClangTidyContext *Context;
  std::string FileOption;
  const Catalog *Shared;
};

/// Splits a `;`-separated option value, trimming blanks, dropping empties.
std::vector<std::string> splitOptionList(llvm::StringRef Value);

/// Adds the project's own request functions an option names (a name
/// without `::` is the global function of that name, whatever its linkage)
/// to `Cat` as one I/O entry of `Kind`.
void addProjectRequests(Catalog &Cat, llvm::StringRef OptionValue, IoKind Kind);

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_CATALOGCONFIG_H
