//===--- ScopeGuards.h - Handles a scope guard releases ---------------------===//
//
// C++ code ported from Python's `with`/`finally` often releases a C handle
// through a scope guard made before the handle is acquired:
//
//   curl_slist *headers = nullptr;
//   ScopeExit free_headers{[&] { curl_slist_free_all(headers); }};
//   headers = curl_slist_append(headers, "Accept: */*");
//
// The guard's lambda reads the variable when the guard is destroyed, so it
// releases whatever the variable holds then, on every path out of the
// guard's scope. A guard here is a local object of a class type (not the
// lambda's own closure: `auto cleanup = [&] {..};` runs only when called;
// nor a class of namespace std: `std::function` holds it the same way)
// built from a lambda that captures the variable by reference and passes
// it to a catalogued release: `ScopeExit g{..}`, `auto g =
// gsl::finally(..)`, `absl::Cleanup g = ..`.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_SCOPEGUARDS_H
#define ASYNC_TIDY_ANALYSIS_SCOPEGUARDS_H

#include "ResourceModel.h"

#include "clang/AST/ParentMap.h"
#include "clang/AST/Stmt.h"

#include <vector>

namespace async_tidy {

struct ScopeGuard {
  /// The variable whose value the guard releases.
  const clang::VarDecl *Handle = nullptr;
  /// The guard object: it is destroyed at the end of its scope.
  const clang::VarDecl *Guard = nullptr;
  /// The block the guard is declared in.
  const clang::Stmt *Scope = nullptr;
};

/// The scope guards of a function body (`Parents` is its parent map).
std::vector<ScopeGuard> scopeGuardsOf(const clang::Stmt &Body, const clang::ParentMap &Parents,
                                      const ResourceModel &Model);

/// Whether a guard of `Guards` releases what `Acquirer`, bound to `Handle`,
/// acquires: the guard is declared before it, in a block that holds it.
bool guardReleases(const std::vector<ScopeGuard> &Guards, const clang::VarDecl *Handle,
                   const clang::Expr &Acquirer, const clang::ParentMap &Parents,
                   const clang::SourceManager &SM);

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_SCOPEGUARDS_H
