//===--- SerialAwaitsCheck.h - async-serial-awaits ------------------------===//
//
// Finds runs of independent `co_await`s in one block that run one after
// another where the framework could run them concurrently, and offers (as
// an unsafe fix on a note) the framework's combined await.
//
// Docs: docs/checks/async-serial-awaits.md
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_SERIALAWAITSCHECK_H
#define ASYNC_TIDY_CHECKS_SERIALAWAITSCHECK_H

#include "CoroutineCheckBase.h"

namespace async_tidy {

struct AwaitGroup;
struct DependentPair;

class SerialAwaitsCheck : public CoroutineCheckBase {
public:
  SerialAwaitsCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);

  void adjustCatalog(Catalog &Cat) const override;

private:
  struct Analyses;
  std::unique_ptr<UnitState> makeUnitState(CoroutineUnit &Unit) override;
  void checkCoroutine(const Coroutine &C) override;
  void noteSafeMethods(const AwaitGroup &Group);
  void report(const AwaitGroup &Group, const Coroutine &C);
  /// The ExplainDependencies remark for an await left out of a group.
  void explain(const DependentPair &Pair);

  Option<unsigned> MinGroupSize;
  Option<std::string> ConcurrencySafeTypes;
  Option<std::string> IgnoredAwaitables;
  Option<bool> ExplainDependencies;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_SERIALAWAITSCHECK_H
