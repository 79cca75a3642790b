//===--- AsyncChecks.h - The list of async checks ---------------------------===//
//
// Every async check is registered here, under its name: the clang-tidy
// module (the plugin, async-tidy) and async-tidy-catalog use this one list.
// scripts/add-check.py adds a new check's line.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_ASYNCCHECKS_H
#define ASYNC_TIDY_CHECKS_ASYNCCHECKS_H

#include "AsyncCheckBase.h"

#include "clang-tidy/ClangTidyModule.h"

#include <memory>
#include <vector>

namespace async_tidy {

/// Registers every async check under its name.
void registerAsyncChecks(clang::tidy::ClangTidyCheckFactories &Factories);

/// The async checks `Context`'s configuration enables for its current file,
/// built as clang-tidy builds them (options read, configuration errors
/// reported).
std::vector<std::unique_ptr<AsyncCheckBase>>
createEnabledAsyncChecks(clang::tidy::ClangTidyContext &Context);

/// The catalog `Context`'s configuration gives its current file: the
/// shared catalog (default and CatalogFile) with every enabled async
/// check's options applied, in registration order. What
/// `async-tidy-catalog --for` prints and the summary pass uses.
Catalog catalogOfEnabledChecks(clang::tidy::ClangTidyContext &Context);

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_ASYNCCHECKS_H
