//===--- BlockingReachability.h - Helpers that block, through their calls -===//
//
// A coroutine that calls `load_profile()` blocks if `load_profile` (defined
// in the same translation unit) calls `PQexec`, directly or through further
// helpers: a CallChainSearch whose hits are the reportable blocking calls
// that may be reached through helpers, and which does not enter coroutines
// (an awaited coroutine is analysed as a coroutine of its own).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_BLOCKINGREACHABILITY_H
#define ASYNC_TIDY_ANALYSIS_BLOCKINGREACHABILITY_H

#include "ApiIndex.h"
#include "CallChains.h"
#include "SummaryFacts.h"

#include <functional>

namespace async_tidy {

/// From inside a helper to the blocking call: the last step's call is the
/// catalogued one.
using BlockingChain = CallChain<BlockingFunction>;

class BlockingReachability {
public:
  /// `Reportable` filters catalog entries (kinds switched off, ignored
  /// names); `IsIgnoredHelper` stops the search at a function;
  /// `IsProjectCode` says which files hold the project's own functions
  /// (the search never enters others: libraries are the catalog's job).
  /// `Summaries` makes functions known through the summary file or an
  /// annotation blocking calls too.
  BlockingReachability(const ApiIndex &Index, clang::ASTContext &Ctx, const WalkPolicy &Policy,
                       std::function<bool(const BlockingFunction &)> Reportable,
                       std::function<bool(const clang::FunctionDecl *)> IsIgnoredHelper,
                       std::function<bool(clang::SourceLocation)> IsProjectCode,
                       SummaryFacts &Summaries);

  /// The catalogued, reportable blocking function `Call` invokes (or the
  /// entry SummaryFacts made for its callee), or null.
  const BlockingFunction *directlyBlocking(const clang::Expr *Call) const;

  /// The shortest chain by which calling `Helper` blocks, with at most
  /// `MaxHelpers` helper functions in it (`Helper` included), or null.
  const BlockingChain *chainThrough(const clang::FunctionDecl *Helper, unsigned MaxHelpers);

  /// Whether calling `Callee` from `Call` runs a body of this translation
  /// unit that the search may enter.
  bool isFollowableHelper(const clang::Expr *Call, const clang::FunctionDecl *Callee) const;
  /// Whether a file call's path is a literal under the catalog's
  /// in_memory_paths, or it uses a local FILE* or stream opened from one.
  bool readsMemoryFile(const clang::Expr *Call) const;
  bool opensMemoryFile(const clang::Expr *Open) const;
  /// A local FILE* or stream opened on an in-memory path and never
  /// reassigned or re-opened.
  bool holdsMemoryFile(const clang::Expr *Operand) const;
  bool isMemoryPath(const clang::Expr *Arg) const;

private:
  const ApiIndex &Index;
  std::function<bool(const BlockingFunction &)> Reportable;
  std::function<bool(const clang::FunctionDecl *)> IsIgnoredHelper;
  std::function<bool(clang::SourceLocation)> IsProjectCode;
  SummaryFacts &Summaries;
  CallChainSearch<BlockingFunction> Search;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_BLOCKINGREACHABILITY_H
