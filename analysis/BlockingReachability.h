//===--- BlockingReachability.h - Helpers that block, through their calls -===//
//
// A coroutine that calls `load_profile()` blocks if `load_profile` (defined
// in the same translation unit) calls `PQexec`, directly or through further
// helpers. This finds, for a helper, the shortest chain of calls that reaches
// a catalogued blocking call within a depth bound, walking each helper body
// once per remaining depth (memoized).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_BLOCKINGREACHABILITY_H
#define ASYNC_TIDY_ANALYSIS_BLOCKINGREACHABILITY_H

#include "ApiIndex.h"
#include "BodyWalker.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <functional>
#include <map>
#include <memory>

namespace async_tidy {

/// One call in a chain: `Call` is made inside the previous step's callee.
struct ChainStep {
  const clang::Expr *Call;
  const clang::FunctionDecl *Callee;
};

/// From inside a helper to the blocking call: the last step's call is the
/// catalogued one.
struct BlockingChain {
  llvm::SmallVector<ChainStep, 4> Steps;
  const BlockingFunction *Entry = nullptr;
};

class BlockingReachability {
public:
  /// `Reportable` filters catalog entries (kinds switched off, ignored
  /// names); `IsIgnoredHelper` stops the search at a function;
  /// `IsProjectCode` says which files hold the project's own functions
  /// (the search never enters others: libraries are the catalog's job).
  BlockingReachability(
      const ApiIndex &Index, clang::ASTContext &Ctx, const WalkPolicy &Policy,
      std::function<bool(const BlockingFunction &)> Reportable,
      std::function<bool(const clang::FunctionDecl *)> IsIgnoredHelper,
      std::function<bool(clang::SourceLocation)> IsProjectCode);

  /// The catalogued, reportable blocking function `Call` invokes, or null.
  const BlockingFunction *directlyBlocking(const clang::Expr *Call) const;

  /// The shortest chain by which calling `Helper` blocks, with at most
  /// `MaxHelpers` helper functions in it (`Helper` included), or null.
  const BlockingChain *chainThrough(const clang::FunctionDecl *Helper,
                                    unsigned MaxHelpers);

  /// Whether calling `Callee` from `Call` runs a body of this translation
  /// unit that the search may enter.
  bool isFollowableHelper(const clang::Expr *Call,
                          const clang::FunctionDecl *Callee) const;

private:
  const ApiIndex &Index;
  clang::ASTContext &Ctx;
  const WalkPolicy &Policy;
  std::function<bool(const BlockingFunction &)> Reportable;
  std::function<bool(const clang::FunctionDecl *)> IsIgnoredHelper;
  std::function<bool(clang::SourceLocation)> IsProjectCode;
  /// (helper, depth) -> chain or null; owned here so pointers stay valid.
  std::map<std::pair<const clang::FunctionDecl *, unsigned>,
           std::unique_ptr<BlockingChain>>
      Memo;
  llvm::DenseSet<const clang::FunctionDecl *> InProgress;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_BLOCKINGREACHABILITY_H
