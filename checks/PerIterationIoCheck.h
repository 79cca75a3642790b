//===--- PerIterationIoCheck.h - async-per-iteration-io -------------------===//
//
// Finds database queries, LLM and HTTP requests that a coroutine makes once
// per loop iteration (N+1), directly or through helpers of the translation
// unit, and clients opened per iteration; offers, for the canonical
// "await one call per element and append the result" loop, an unsafe fix
// that runs the calls concurrently in the framework's idiom.
//
// Docs: docs/checks/async-per-iteration-io.md
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_PERITERATIONIOCHECK_H
#define ASYNC_TIDY_CHECKS_PERITERATIONIOCHECK_H

#include "CoroutineCheckBase.h"

#include "llvm/ADT/MapVector.h"

namespace async_tidy {

struct CallSite;
struct IoCall;
struct IterationLoop;
template <class Entry> struct CallChain;

class PerIterationIoCheck : public CoroutineCheckBase {
public:
  PerIterationIoCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);

  void adjustCatalog(Catalog &Cat) const override;

private:
  struct Analyses;
  std::unique_ptr<UnitState> makeUnitState(CoroutineUnit &Unit) override;
  void checkCoroutine(const Coroutine &C) override;
  /// Whether the check leaves `Loop` alone: an event loop, a retry loop, or
  /// a loop of at most MinIterations iterations.
  bool isExempt(const IterationLoop &Loop);
  /// The request reads what an earlier iteration received (a redirect's
  /// target, an agent's previous turn): it cannot be batched.
  bool needsPreviousIteration(const CallSite &Site, const IterationLoop &Loop);
  /// The statement the call runs is the loop's element (a migration's
  /// statements, one after another): a script, not one query per element.
  static bool runsElementAsStatement(const CallSite &Site, const IoCall &Entry,
                                     const IterationLoop &Loop);
  /// The iteration awaited the element's own work before the request, a
  /// database write (`co_await step.apply(db); co_await record(db,
  /// step.version);`): the request records what that work did.
  bool followsElementsOwnWork(const CallSite &Site, const IterationLoop &Loop, const IoCall &Entry,
                              const CallChain<IoCall> *Chain);
  /// A call that makes a task with a request (directly, or through
  /// helpers) and adds it to a local container.
  struct CollectedTask {
    const clang::Expr *Call = nullptr;
    const clang::FunctionDecl *Callee = nullptr;
    const IoCall *Entry = nullptr;
    const CallChain<IoCall> *Chain = nullptr;
  };
  void collectTask(const CallSite &Site,
                   llvm::MapVector<const clang::VarDecl *, CollectedTask> &Collected);
  /// Loops that await the lazy tasks of `Tasks` one per iteration: the
  /// collected requests run one after another (TaskLoops.h).
  void reportLazyTaskLoops(const clang::VarDecl *Tasks, const CollectedTask &Task,
                           const Coroutine &C);
  void report(const CallSite &Site, const IoCall &Entry, const IterationLoop &Loop,
              const CallChain<IoCall> *Chain, const Coroutine &C);
  /// `SiteCall`: the reported call (a chain through a summary may start
  /// there).
  void noteChain(const std::string &Helper, const IoCall &Entry, const CallChain<IoCall> &Chain,
                 const clang::Expr *SiteCall);
  /// The catalogued call at the end of a chain (through a summary too).
  std::string finalCallOf(const CallChain<IoCall> &Chain);
  void noteBatchedSql(const CallSite &Site, const IoCall &Entry, const IterationLoop &Loop);

  Option<std::string> DatabaseFunctions;
  Option<std::string> LlmFunctions;
  Option<std::string> HttpFunctions;
  Option<unsigned> MinIterations;
  Option<unsigned> MaxConcurrency;
  Option<unsigned> TransitiveDepth;
};

} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_PERITERATIONIOCHECK_H
