//===--- BlockingCallInCoroutineCheck.h - async-blocking-call-in-coroutine ===//
//
// Finds calls that block the thread inside coroutines: catalogued blocking
// functions, and functions of the translation unit that reach one. Fixes
// (safe, on the warning) turn a call with an asynchronous twin in the
// coroutine's framework into `co_await` of that twin; other calls, given
// the OffloadExecutor option, are run on that pool (unsafe, on a note).
//
// Docs: docs/checks/async-blocking-call-in-coroutine.md
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_BLOCKINGCALLINCOROUTINECHECK_H
#define ASYNC_TIDY_CHECKS_BLOCKINGCALLINCOROUTINECHECK_H

#include "CoroutineCheckBase.h"

#include <set>

namespace async_tidy {

struct CallSite;
struct FixPlan;
struct BlockingFunction;
template <class Entry> struct CallChain;
using BlockingChain = CallChain<BlockingFunction>;

class BlockingCallInCoroutineCheck : public CoroutineCheckBase {
public:
  BlockingCallInCoroutineCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);

  void adjustCatalog(Catalog &Cat) const override;

private:
  struct Analyses;
  std::unique_ptr<UnitState> makeUnitState(CoroutineUnit &Unit) override;
  void checkCoroutine(const Coroutine &C) override;
  void handleCall(const CallSite &Site, const Coroutine &C);
  void reportDirect(const CallSite &Site, const BlockingFunction &Entry, const Coroutine &C);
  void reportTransitive(const CallSite &Site, const BlockingChain &Chain, const Coroutine &C);
  /// The offload fix for the call at `Site`, where the framework is known.
  FixPlan offloadPlan(const CallSite &Site, const Coroutine &C);
  std::string adviceFor(const BlockingFunction &Entry) const;
  bool isHostileRAII(const clang::VarDecl *Var) const;
  bool isReportable(const BlockingFunction &Entry) const;
  bool isIgnored(llvm::StringRef Name) const;

  Option<std::string> ExtraBlockingFunctions;
  Option<std::string> IgnoredFunctions;
  Option<std::string> BlockingKinds;
  Option<std::string> HostileRAIITypes;
  Option<unsigned> TransitiveDepth;
  Option<std::string> OffloadExecutor;
  Option<std::string> OffloadExecutorHeader;

  // The options, parsed.
  std::vector<BlockingFunction> ExtraEntries;
  std::vector<std::string> IgnoredNames;
  std::set<BlockingKind> EnabledKinds;
  std::vector<std::string> HostileRAIINames;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_BLOCKINGCALLINCOROUTINECHECK_H
