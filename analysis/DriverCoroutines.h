//===--- DriverCoroutines.h - Coroutines only a blocking wait runs --------===//
//
// `int main() { syncAwait(run_demo()); }`: run_demo is the program's driver.
// The thread that runs it is the one blocked in the wait, and nothing else
// waits for that thread; a blocking call inside holds up only the program's
// own sequence (library examples and command-line clients are written this
// way). A coroutine is a driver when the translation unit sees every use of
// it (all its declarations are in the main file, it is no member; a
// template's specializations and dependent calls naming it are its uses) and
// each use is either
//   - the only argument of a catalogued blocking wait (kind `wait`:
//     `syncAwait`, `sync_wait`, `blockingWait`; with an executor argument
//     the coroutine runs on that executor) made outside any coroutine, or
//   - the operand of a `co_await` in another driver coroutine.
// A coroutine the unit cannot see used, or that is spawned, stored or
// passed on, is not a driver, unless the project's summaries say it is one
// by its uses in every unit (ResolvedFacts::Driver: `main.cpp` runs
// `syncAwait(migrate())`, `migrate` is defined in `migrations.cpp`).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_DRIVERCOROUTINES_H
#define ASYNC_TIDY_ANALYSIS_DRIVERCOROUTINES_H

#include "ApiIndex.h"

#include "llvm/ADT/DenseMap.h"

#include <functional>

namespace async_tidy {

class DriverCoroutines {
public:
  /// `InProject` says which declarations' uses are looked at (the files
  /// clang-tidy reports in); `DriverByUnits` whether the summaries of every
  /// unit make a coroutine a driver.
  DriverCoroutines(clang::ASTContext &Ctx, const ApiIndex &Index,
                   std::function<bool(clang::SourceLocation)> InProject,
                   std::function<bool(const clang::FunctionDecl &)> DriverByUnits);

  bool isDriver(const clang::FunctionDecl &Coroutine);

  /// How a function is used in the translation unit.
  struct Uses {
    unsigned All = 0;
    unsigned SyncWaited = 0; ///< Run by a blocking wait outside coroutines.
    llvm::SmallVector<const clang::FunctionDecl *, 2> AwaitedBy;
  };

private:
  clang::ASTContext &Ctx;
  const ApiIndex &Index;
  std::function<bool(clang::SourceLocation)> InProject;
  std::function<bool(const clang::FunctionDecl &)> DriverByUnits;
  bool Collected = false;
  llvm::DenseMap<const clang::FunctionDecl *, Uses> UsesOf;
  /// Verdicts so far; false while one is being decided (a cycle of awaits
  /// has no outside driver).
  llvm::DenseMap<const clang::FunctionDecl *, bool> Verdicts;
};

/// How the unit uses each function, in the declarations `InProject`
/// accepts; keyed by the canonical declaration (of the template, for a
/// specialization).
llvm::DenseMap<const clang::FunctionDecl *, DriverCoroutines::Uses>
collectFunctionUses(clang::ASTContext &Ctx, const ApiIndex &Index,
                    const std::function<bool(clang::SourceLocation)> &InProject);

} // namespace async_tidy

#endif // ASYNC_TIDY_ANALYSIS_DRIVERCOROUTINES_H
