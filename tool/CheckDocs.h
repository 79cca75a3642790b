//===--- CheckDocs.h - The check pages, built into the binary ---------------===//
//
// docs/checks/<check>.md is embedded at build time, so `--explain` and the
// SARIF rules' help text work wherever the binary is copied.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TOOL_CHECKDOCS_H
#define ASYNC_TIDY_TOOL_CHECKDOCS_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace async_tidy::driver {

/// The Markdown page of an async check; empty if it has none.
llvm::StringRef checkDocumentation(llvm::StringRef Check);

/// The page's first paragraph, on one line (the rule's short description).
std::string checkSummary(llvm::StringRef Check);

/// Where a clang-tidy check (not an async one) is documented on the web.
std::string clangTidyDocumentationUrl(llvm::StringRef Check);

} // namespace async_tidy::driver

#endif
