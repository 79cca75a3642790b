//===--- ClangTidyConfiguration.h - clang-tidy's options, as clang-tidy ----===//
//
// Builds clang-tidy's options provider from the driver's flags exactly as
// clang-tidy's own main does: built-in defaults, then `.clang-tidy` files
// found next to each source (or one `--config-file`), then the command line.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TOOL_CLANGTIDYCONFIGURATION_H
#define ASYNC_TIDY_TOOL_CLANGTIDYCONFIGURATION_H

#include "DriverOptions.h"

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/Error.h"

#include <memory>

namespace async_tidy::driver {

/// An error means a configuration the user must correct (exit code 2).
llvm::Expected<std::unique_ptr<clang::tidy::ClangTidyOptionsProvider>>
createOptionsProvider(const DriverOptions &Options);

} // namespace async_tidy::driver

#endif
